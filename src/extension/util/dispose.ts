import * as vscode from 'vscode';

export function disposeAll(disposables: Iterable<vscode.Disposable>): void {
  const errors: unknown[] = [];
  for (const d of disposables) {
    try {
      d.dispose();
    } catch (e) {
      errors.push(e);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, 'Errors while disposing');
}

/** Base class owning disposables: everything registered is disposed with it. */
export abstract class Disposable implements vscode.Disposable {
  #disposed = false;
  protected readonly disposables: vscode.Disposable[] = [];

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    disposeAll(this.disposables.splice(0));
  }

  protected register<T extends vscode.Disposable>(value: T): T {
    if (this.#disposed) value.dispose();
    else this.disposables.push(value);
    return value;
  }

  protected get isDisposed(): boolean {
    return this.#disposed;
  }
}
