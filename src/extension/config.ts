/** Reads and validates `counterpoint.*` settings; warns once per invalid value; fires only for our own settings. */
import * as vscode from 'vscode';
import { readSettings, type Settings } from './model/settings';
import { Disposable } from './util/dispose';

export const SECTION = 'counterpoint';

export class Config extends Disposable {
  private current: Settings;
  private readonly warned = new Set<string>();
  /** Every warning shown about an invalid setting value, in order (for the test API). */
  readonly warnings: string[] = [];
  private readonly changed = this.register(new vscode.EventEmitter<Settings>());
  readonly onDidChange = this.changed.event;

  constructor() {
    super();
    this.current = this.read();
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      this.current = this.read();
      this.changed.fire(this.current);
    }));
  }

  get settings(): Settings {
    return this.current;
  }

  private read(): Settings {
    const cfg = vscode.workspace.getConfiguration(SECTION);
    const { settings, problems } = readSettings((key) => cfg.get(key));
    for (const p of problems) {
      if (this.warned.has(p)) continue;
      this.warned.add(p);
      this.warnings.push(`Counterpoint: ${p}`);
      void vscode.window.showWarningMessage(`Counterpoint: ${p}`, 'Open Settings').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', SECTION);
      });
    }
    return settings;
  }

  /** Writes a setting where it is currently defined (workspace if set there, else user settings). */
  async update(key: string, value: unknown): Promise<void> {
    const cfg = vscode.workspace.getConfiguration(SECTION);
    const info = cfg.inspect(key);
    const target = info?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
      : info?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await cfg.update(key, value, target);
  }
}
