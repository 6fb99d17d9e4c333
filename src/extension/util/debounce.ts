/** Runs a callback once `delay` ms after the last `trigger`; `flush` runs a pending call now. */
export class Debouncer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingFn: (() => void) | undefined;

  trigger(delay: number, fn: () => void): void {
    this.cancel();
    this.pendingFn = fn;
    this.timer = setTimeout(() => this.flush(), delay);
  }

  get pending(): boolean {
    return this.pendingFn !== undefined;
  }

  flush(): void {
    const fn = this.pendingFn;
    this.cancel();
    fn?.();
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pendingFn = undefined;
  }

  dispose(): void {
    this.cancel();
  }
}
