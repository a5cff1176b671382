/**
 * `.marginalia.json` through the real server: its levels override the
 * editor's for files under its folder, its ignore list skips files, a change
 * on disk (reported as a watched-file event) re-publishes, and a bad field is
 * reported once without stopping anything.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { TestServer } from './client';

const TEXT = 'Northwind Mining, the largest copper producer in Chile, earned US$2.4 billion in 2025.\n';
let root: string;
let server: TestServer;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'marginalia-project-'));
  mkdirSync(join(root, 'articles', 'drafts'), { recursive: true });
  writeFileSync(join(root, '.marginalia.json'), JSON.stringify({ diagnostics: { high: 'error' }, ignore: ['**/drafts/**'] }));
  server = await TestServer.start({ folders: [pathToFileURL(root).href] });
});
after(async () => {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

const unsourced = (d: { code?: unknown }[]) => d.filter((x) => x.code === 'claim.unsourced') as { severity?: number; code?: unknown }[];

test('the project file sets the level, ignores drafts, and is re-read when it changes', async () => {
  const story = pathToFileURL(join(root, 'articles', 'story.txt')).href;
  const opened = await server.open(story, TEXT, 'plaintext');
  const first = await server.diagnostics(story, opened);
  assert.deepEqual(unsourced(first.diagnostics).map((d) => d.severity), [1], 'error, from the project file');

  const draft = pathToFileURL(join(root, 'articles', 'drafts', 'wip.txt')).href;
  const draftOpened = await server.open(draft, TEXT, 'plaintext');
  const skipped = await server.status(draft, ['ready', 'skipped'], draftOpened);
  assert.equal(skipped.state, 'skipped');
  assert.match(skipped.message ?? '', /\.marginalia\.json/);

  writeFileSync(join(root, '.marginalia.json'), JSON.stringify({ diagnostics: { high: 'hint' } }));
  const since = server.mark();
  await server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(root, '.marginalia.json')).href, type: 2 }] });
  const again = await server.diagnostics(story, since);
  assert.deepEqual(unsourced(again.diagnostics).map((d) => d.severity), [4], 'hint, after the change');
  const draftNow = await server.status(draft, ['ready', 'skipped'], since);
  assert.equal(draftNow.state, 'ready', 'no longer ignored');
});

test('a bad field of the project file is shown once; the rest still applies', async () => {
  writeFileSync(join(root, '.marginalia.json'), JSON.stringify({ diagnostics: { high: 'loud', medium: 'none' } }));
  const since = server.mark();
  await server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(root, '.marginalia.json')).href, type: 2 }] });
  const story = pathToFileURL(join(root, 'articles', 'story.txt')).href;
  const published = await server.diagnostics(story, since);
  assert.deepEqual(unsourced(published.diagnostics).map((d) => d.severity), [2], 'the default warning');
  await server.diagnostics(pathToFileURL(join(root, 'articles', 'drafts', 'wip.txt')).href, since);
  const shown = server.all<{ message: string }>('window/showMessage').filter((m) => m.message.includes('.marginalia.json'));
  assert.equal(shown.length, 1, shown.map((m) => m.message).join('\n'));
  assert.match(shown[0].message, /high/);
});
