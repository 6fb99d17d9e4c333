// The extension manifest (package.json contributes) against the code and the files it names: every command
// has a title and category and is implemented, every setting has a description and a default, every %key%
// resolves in package.nls.json, every view has a provider and welcome content, every media path exists.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_IDS } from '../../src/extension/commands/ids';
import { DEFAULTS } from '../../src/extension/model/settings';

const ROOT = join(__dirname, '..', '..');
interface Manifest {
  name: string;
  icon?: string;
  main: string;
  activationEvents?: string[];
  engines: { vscode: string };
  contributes: {
    commands: { command: string; title: string; category?: string; icon?: string }[];
    configuration: { properties: Record<string, { default?: unknown; description?: string; markdownDescription?: string; type?: unknown }> };
    views: Record<string, { id: string; name: string; icon?: string }[]>;
    viewsContainers: { activitybar: { id: string; title: string; icon: string }[] };
    viewsWelcome: { view: string; contents: string; when?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    keybindings: { command: string; key: string; when?: string }[];
    colors: { id: string; description: string; defaults: Record<string, string> }[];
    grammars: { path: string; scopeName: string; injectTo?: string[]; language?: string }[];
  };
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const extensionSources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? extensionSources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
const source = extensionSources(join(ROOT, 'src', 'extension')).map((f) => readFileSync(f, 'utf8')).join('\n');
const c = manifest.contributes;

function nlsKeys(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(/^%([^%\s]+)%$/g)].map((m) => m[1]!);
  if (Array.isArray(value)) return value.flatMap(nlsKeys);
  if (value && typeof value === 'object') return Object.values(value).flatMap(nlsKeys);
  return [];
}

describe('extension manifest', () => {
  it('contributes exactly the commands the extension implements, each with a title and the Counterpoint category', () => {
    const ids = Object.values(COMMAND_IDS).sort();
    assert.deepEqual(c.commands.map((x) => x.command).sort(), ids);
    for (const cmd of c.commands) {
      assert.match(cmd.title, /^%command\.[A-Za-z]+%$/, `${cmd.command} has an nls title`);
      assert.equal(cmd.category, '%category%', `${cmd.command} category`);
      assert.match(cmd.icon ?? '', /^\$\([a-z-]+\)$/, `${cmd.command} has a codicon`);
    }
    assert.equal(nls.category, 'Counterpoint');
    // Each id is registered through a command class: `readonly id = COMMAND_IDS.x` and `commands.register(new X...)`.
    for (const [key] of Object.entries(COMMAND_IDS)) {
      assert.match(source, new RegExp(`readonly id = COMMAND_IDS\\.${key};`), `a command class implements ${key}`);
    }
    const classes = [...source.matchAll(/export class (\w+Command) /g)].map((m) => m[1]!);
    for (const cls of classes) assert.match(source, new RegExp(`commands\\.register\\(new ${cls}\\(`), `${cls} is registered in activate`);
  });

  it('names only contributed commands in menus and keybindings, and scopes keybindings to the supported languages', () => {
    const ids = new Set(c.commands.map((x) => x.command));
    for (const [menu, items] of Object.entries(c.menus)) for (const i of items) assert.ok(ids.has(i.command), `${menu}: ${i.command}`);
    assert.deepEqual(c.keybindings.map((k) => k.command).sort(), [COMMAND_IDS.goToCounterClaim, COMMAND_IDS.nextClaim, COMMAND_IDS.previousClaim, COMMAND_IDS.markClaim].sort());
    for (const k of c.keybindings) assert.match(k.when ?? '', /editorLangId == markdown \|\| editorLangId == plaintext/);
  });

  it('describes every setting and gives it a default matching the code', () => {
    const props = c.configuration.properties;
    for (const [key, p] of Object.entries(props)) {
      assert.ok(p.description ?? p.markdownDescription, `${key} has a description`);
      assert.ok('default' in p, `${key} has a default`);
    }
    assert.deepEqual(props['counterpoint.languages']!.default, DEFAULTS.languages);
    assert.equal(props['counterpoint.analysisDelay']!.default, DEFAULTS.analysisDelay);
    assert.equal(props['counterpoint.codeLens.enabled']!.default, DEFAULTS.codeLens);
    assert.equal(props['counterpoint.claims.labelLength']!.default, DEFAULTS.labelLength);
    assert.equal(props['counterpoint.largeDocumentThreshold']!.default, DEFAULTS.largeDocumentThreshold);
    for (const [kind, on] of Object.entries(DEFAULTS.highlights)) assert.equal(props[`counterpoint.highlights.${kind}`]?.default, on, kind);
    // Every key the code reads is contributed.
    const read = [...source.matchAll(/(?:bool|num|optionalNum)\('([a-zA-Z.]+)'/g)].map((m) => `counterpoint.${m[1]}`);
    for (const k of read) assert.ok(k in props, `${k} is read by the code but not contributed`);
  });

  it('resolves every %key% in package.json from package.nls.json, and has no unused keys', () => {
    const used = nlsKeys(manifest);
    assert.ok(used.length > 40);
    for (const k of used) assert.ok(k in nls, `missing nls key ${k}`);
    for (const k of Object.keys(nls)) assert.ok(used.includes(k), `unused nls key ${k}`);
  });

  it('has a provider and welcome content for every view, in a container with an icon', () => {
    const views = Object.values(c.views).flat();
    assert.deepEqual(views.map((v) => v.id), ['counterpoint.claims', 'counterpoint.speakers']);
    assert.deepEqual(Object.keys(c.views), c.viewsContainers.activitybar.map((a) => a.id));
    for (const v of views) {
      assert.match(source, new RegExp(`createTreeView\\('${v.id.replace('.', '\\.')}'`), `${v.id} has a tree data provider`);
      assert.ok(c.viewsWelcome.some((w) => w.view === v.id && /when|!/.test(w.when ?? '') && w.when?.startsWith('!counterpoint.hasArticle')), `${v.id} has welcome content for no article`);
    }
    assert.match(source, /'counterpoint\.hasArticle'/);
  });

  it('references only media and grammar files that exist', () => {
    const paths = [manifest.icon!, ...c.viewsContainers.activitybar.map((a) => a.icon), ...Object.values(c.views).flat().map((v) => v.icon!),
      ...c.grammars.map((g) => g.path)];
    for (const p of paths) assert.ok(existsSync(join(ROOT, p)), `${p} exists`);
    for (const m of source.matchAll(/'media', '([^']+)'/g)) assert.ok(existsSync(join(ROOT, 'media', m[1]!)), `media/${m[1]} exists`);
    const png = readFileSync(join(ROOT, manifest.icon!));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'extension icon is 128x128');
  });

  it('contributes a colour with four theme defaults for every colour the code uses', () => {
    const used = new Set([...source.matchAll(/'(counterpoint\.[a-zA-Z]+(?:Foreground|Background|Border))'/g)].map((m) => m[1]!));
    assert.deepEqual([...used].sort(), c.colors.map((x) => x.id).sort());
    for (const col of c.colors) assert.deepEqual(Object.keys(col.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light']);
  });

  it('activates only for Markdown and plain text, and targets VS Code <= 1.100', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
    assert.match(manifest.engines.vscode, /^\^1\.(\d|[1-9]\d|100)\.\d+$/);
    assert.equal(manifest.main, './dist/extension.js');
  });
});
