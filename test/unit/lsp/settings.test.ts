import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { articleVerdict, looksBinary, refusalReason } from '../../../server/src/lsp/articles';
import { atOrAbove, defaultSettings, resolveSettings } from '../../../server/src/lsp/settingsModel';

test('editor settings are read field by field; bad values are reported and the default kept', () => {
  const { settings, problems } = resolveSettings({
    diagnostics: { high: 'error', medium: 'loud', lowestLevel: 'low' },
    claims: { extraCues: ['briefed', 7] },
    maxFileSizeMB: -3,
    workspaceSymbols: { maxFiles: 20.7 },
    articles: { include: '**/*.txt' },
  });
  assert.deepEqual(settings.diagnostics, { high: 'error', medium: 'information', low: 'hint', lowestLevel: 'low' });
  assert.deepEqual(settings.extraCues, ['briefed']);
  assert.equal(settings.maxFileSizeMB, 10);
  assert.equal(settings.workspaceSymbolsMaxFiles, 20);
  assert.deepEqual(settings.articles.include, defaultSettings().articles.include);
  assert.deepEqual(problems, [
    'marginalia.articles.include should be a list of strings; it is ignored.',
    'marginalia.diagnostics.medium is "loud"; expected one of error, warning, information, hint, none. Using "information".',
    'marginalia.claims.extraCues holds entries that are not text; they are ignored.',
    'marginalia.maxFileSizeMB is -3; expected a positive number. Using the default.',
  ]);
});

test('no settings at all (null, a string) give the defaults without complaint', () => {
  for (const raw of [undefined, null, 'x', []]) {
    const { settings, problems } = resolveSettings(raw);
    assert.deepEqual(settings, defaultSettings());
    assert.deepEqual(problems, []);
  }
});

test('the project file overrides the editor for files under its folder', () => {
  const { settings, problems } = resolveSettings(
    { diagnostics: { high: 'error' }, claims: { extraCues: ['briefed'] } },
    { settings: { diagnostics: { high: 'hint' }, cues: ['noted'], ignore: ['drafts/**'], maxFileSizeMB: 2 }, folder: '/news', file: '/news/.marginalia.json' },
  );
  assert.equal(settings.diagnostics.high, 'hint');
  assert.deepEqual(settings.extraCues, ['briefed', 'noted']);
  assert.deepEqual(settings.articles, { include: defaultSettings().articles.include, ignore: ['drafts/**'], base: '/news' });
  assert.equal(settings.maxFileSizeMB, 2);
  assert.deepEqual(problems, []);
  const empty = resolveSettings({}, { settings: { include: [] }, folder: '/p', file: '/p/.marginalia.json' });
  assert.deepEqual(empty.settings.articles.include, ['**'], 'an empty include list means every file');
});

test('which documents are articles', () => {
  const s = defaultSettings();
  const folders = ['file:///work/site'];
  const verdict = (uri: string, language: string) => articleVerdict(uri, language, s, folders).article;
  assert.equal(verdict('file:///work/site/articles/2025/mine.txt', 'plaintext'), true);
  assert.equal(verdict('file:///work/site/news/a.md', 'markdown'), true);
  assert.equal(verdict('file:///work/site/README.md', 'markdown'), false);
  assert.equal(verdict('file:///work/site/LICENSE.txt', 'plaintext'), false);
  assert.equal(verdict('file:///work/site/articles/app.ts', 'typescript'), false);
  assert.equal(verdict('file:///work/site/notes/x.article', 'article'), true);
  assert.equal(verdict('untitled:Untitled-1', 'article'), true);
  assert.equal(verdict('file:///work/site/README.md', 'article'), true, '"Read this file as an article" switches the language');
  const skipped = articleVerdict('file:///work/site/README.md', 'markdown', s, folders);
  assert.ok(!skipped.article && /marginalia\.articles\.include/.test(skipped.reason));
});

test('the project file\'s include and ignore are relative to its folder', () => {
  const { settings } = resolveSettings({}, { settings: { include: ['*.txt'], ignore: ['drafts/**'] }, folder: '/work/desk', file: '/work/desk/.marginalia.json' });
  const verdict = (path: string) => articleVerdict(`file://${path}`, 'plaintext', settings, []).article;
  assert.equal(verdict('/work/desk/story.txt'), true);
  assert.equal(verdict('/work/desk/deep/story.txt'), true, 'a pattern without a slash matches at any depth (gitignore rule)');
  assert.equal(verdict('/work/desk/drafts/story.txt'), false);
  assert.equal(verdict('/work/desk/notes.md'), false);
});

test('too big or binary-looking text is refused with a reason', () => {
  assert.equal(refusalReason('An article.', 10), undefined);
  assert.match(refusalReason('x'.repeat(3000), 0.001) ?? '', /0\.0 MB, over the 0\.001 MB limit/);
  assert.match(refusalReason('é'.repeat(600), 0.001) ?? '', /over the 0\.001 MB limit/, 'the limit is on UTF-8 bytes');
  assert.equal(refusalReason('é'.repeat(400), 0.001), undefined);
  assert.equal(looksBinary('PK\u0003\u0004\u0000'), true);
  assert.equal(looksBinary('\u0001\u0002\u0003 abc'), true);
  assert.equal(looksBinary('Tabs\tand\r\nlines\n and emoji 😀'), false);
  assert.equal(looksBinary(''), false);
});

test('atOrAbove orders the levels', () => {
  assert.equal(atOrAbove('high', 'medium'), true);
  assert.equal(atOrAbove('low', 'medium'), false);
  assert.equal(atOrAbove('low', 'low'), true);
});
