/**
 * The issue-2 check on the seed article (../shared/corpus/xi-kazakhstan.txt,
 * read where it lies, never copied): the server answers hover and semantic
 * tokens on it over stdio, and every semantic token is an entity or actor
 * mention of the analysis. Skipped, saying so, when the shared folder is absent.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, SemanticTokens } from 'vscode-languageserver-protocol';
import type { SchemaJson } from '../../server/src/analysis/schema';
import { sharedRoot } from '../../scripts/eval/shared';
import { TestServer } from './client';

const shared = sharedRoot();

test('hover and semantic tokens on the seed article', { skip: shared ? false : 'the shared folder (../shared or MARGINALIA_SHARED) is absent' }, async () => {
  const path = join(shared!, 'corpus', 'xi-kazakhstan.txt');
  const text = readFileSync(path, 'utf8');
  // Open it as the `article` language: it lies outside any articles/ folder.
  const uri = pathToFileURL(path).href;
  const doc = TextDocument.create(uri, 'article', 1, text);
  const server = await TestServer.start();
  try {
    const since = await server.open(uri, text, 'article');
    const ready = await server.status(uri, ['ready', 'skipped', 'error'], since);
    assert.equal(ready.state, 'ready', ready.message);
    const json = await server.request<SchemaJson>('marginalia/analysisJson', { uri });
    const money = json.entities.find((e) => e.type === 'money');
    assert.ok(money, 'an amount in the seed');
    const hover = await server.request<Hover>('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(money.start + 1) });
    assert.match((hover.contents as { value: string }).value, /Amount of money/);
    const tokens = await server.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.ok(tokens.data.length >= 5 * json.entities.length * 0.5, `${tokens.data.length / 5} tokens for ${json.entities.length} entities`);
    // Every token starts where an entity or an actor mention starts.
    const starts = new Set([...json.entities.map((e) => e.start), ...json.actors.flatMap((a) => a.mentions.map((m) => m.start))]);
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
      const offset = doc.offsetAt({ line, character });
      assert.ok(starts.has(offset) || [...starts].some((s) => s < offset && text.slice(s, offset).includes('\n')), `token at ${offset}`);
    }
    console.log(`# seed: analysed in ${ready.durationMs} ms; ${json.entities.length} entities, ${json.actors.length} actors, ${json.claims.length} claims; ${tokens.data.length / 5} tokens`);
  } finally {
    await server.stop();
  }
});
