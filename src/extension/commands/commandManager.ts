import * as vscode from 'vscode';
import type { CommandId } from './ids';

export interface Command {
  readonly id: CommandId;
  execute(...args: unknown[]): unknown;
}

/** Registers command objects; disposing it unregisters them all. */
export class CommandManager implements vscode.Disposable {
  private readonly registered = new Map<string, vscode.Disposable>();

  register<T extends Command>(command: T): T {
    if (this.registered.has(command.id)) throw new Error(`command ${command.id} registered twice`);
    this.registered.set(command.id, vscode.commands.registerCommand(command.id, command.execute, command));
    return command;
  }

  get ids(): string[] {
    return [...this.registered.keys()];
  }

  dispose(): void {
    for (const d of this.registered.values()) d.dispose();
    this.registered.clear();
  }
}
