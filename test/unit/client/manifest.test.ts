// The extension manifest agrees with the server and with the docs: the
// contributed semantic token types are the server's legend, in order, with
// the fallbacks INTERFACES.md names; every setting has a description and the
// server's default; docs/vscode.md documents every setting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEGEND } from '../../../server/src/lsp/semanticTokens';
import { defaultSettings } from '../../../server/src/lsp/settingsModel';

const root = join(__dirname, '../../../..');
interface Setting {
  default?: unknown;
  markdownDescription?: string;
  enum?: string[];
}
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  contributes: {
    configuration: { properties: Record<string, Setting> };
    semanticTokenTypes: { id: string; superType: string }[];
    semanticTokenModifiers: { id: string }[];
    jsonValidation: { fileMatch: string; url: string }[];
    languages: { id: string; extensions: string[] }[];
  };
};
const settings = manifest.contributes.configuration.properties;

/** Asserts one setting: present, described, with the expected default. */
function check(key: string, expectedDefault: unknown): void {
  const s = settings[`marginalia.${key}`];
  assert.ok(s, `marginalia.${key} is contributed`);
  assert.ok((s.markdownDescription ?? '').length > 20, `marginalia.${key} has a markdownDescription`);
  assert.deepEqual(s.default, expectedDefault, `default of marginalia.${key}`);
}

test('every INTERFACES.md setting, with the server defaults', () => {
  const d = defaultSettings();
  check('articles.include', d.articles.include);
  check('diagnostics.high', d.diagnostics.high);
  check('diagnostics.medium', d.diagnostics.medium);
  check('diagnostics.low', d.diagnostics.low);
  check('diagnostics.lowestLevel', d.diagnostics.lowestLevel);
  check('claims.extraCues', d.extraCues);
  check('maxFileSizeMB', d.maxFileSizeMB);
  check('workspaceSymbols.maxFiles', d.workspaceSymbolsMaxFiles);
  check('trace.server', 'off');
  assert.deepEqual(settings['marginalia.diagnostics.high'].enum, ['error', 'warning', 'information', 'hint', 'none']);
});

test('semantic token types are the server legend, with standard fallbacks', () => {
  const contributed = manifest.contributes.semanticTokenTypes;
  assert.deepEqual(contributed.map((t) => t.id), LEGEND.tokenTypes);
  const superTypes = Object.fromEntries(contributed.map((t) => [t.id, t.superType]));
  assert.deepEqual(superTypes, {
    person: 'variable', organization: 'class', place: 'namespace', nationality: 'type', date: 'number',
    money: 'number', percent: 'number', event: 'enumMember', work: 'string', quantity: 'number',
  });
  assert.deepEqual(manifest.contributes.semanticTokenModifiers.map((m) => m.id), LEGEND.tokenModifiers);
});

test('the article language, the project-file schema, and an honest engine', () => {
  const article = manifest.contributes.languages.find((l) => l.id === 'article');
  assert.deepEqual(article?.extensions, ['.article', '.article.txt', '.article.md']);
  const schema = manifest.contributes.jsonValidation.find((j) => j.fileMatch === '.marginalia.json');
  assert.ok(schema, 'jsonValidation for .marginalia.json');
  JSON.parse(readFileSync(join(root, schema.url), 'utf8'));
  // VS Code refuses an extension whose engine is newer than itself; the API
  // types must not promise more than the engine gives.
  assert.equal(manifest.engines.vscode, '^1.91.0');
  assert.equal(manifest.devDependencies['@types/vscode'], '1.91.0');
});

test('docs/vscode.md documents every setting', () => {
  const docs = readFileSync(join(root, 'docs/vscode.md'), 'utf8');
  for (const key of Object.keys(settings)) assert.ok(docs.includes(`\`${key}\``), `${key} in docs/vscode.md`);
});
