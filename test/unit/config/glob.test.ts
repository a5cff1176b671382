import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { matchesGlob } from '../../../server/src/config/glob';

/** `yes` paths must match `pattern`, `no` paths must not. */
function check(pattern: string, yes: string[], no: string[]): void {
  for (const path of yes) assert.equal(matchesGlob(path, pattern), true, `${pattern} should match ${path}`);
  for (const path of no) assert.equal(matchesGlob(path, pattern), false, `${pattern} should not match ${path}`);
}

test('a name without a slash matches at any depth, files and folders', () => {
  check('README.md', ['README.md', 'docs/README.md'], ['README.markdown', 'XREADME.md']);
  check('drafts', ['drafts/a.txt', 'news/drafts/b/c.md'], ['drafts.txt', 'mydrafts/a.txt']);
  check('*.md', ['a.md', 'x/y/a.md'], ['a.txt', 'a.md.txt']);
});

test('* and ? stay inside one folder; ** crosses folders', () => {
  check('articles/*.txt', ['articles/a.txt'], ['articles/x/a.txt', 'other/articles/a.txt']);
  check('articles/**/*.txt', ['articles/a.txt', 'articles/x/y/a.txt'], ['news/a.txt']);
  check('**/news/**', ['news/a.md', 'x/news/b/c.md'], ['newsroom/a.md']);
  check('a?.txt', ['ab.txt'], ['abc.txt', 'a/.txt']);
});

test('braces, classes, anchors and escapes', () => {
  check('**/*.{txt,md}', ['a.txt', 'x/a.md'], ['a.json']);
  check('day[0-9].txt', ['day1.txt'], ['dayx.txt']);
  check('day[!0-9].txt', ['dayx.txt'], ['day1.txt']);
  check('/top.txt', ['top.txt'], ['sub/top.txt']);
  check('./drafts/', ['drafts/x.txt'], ['x/drafts/y.txt']);
  check('a+b (1).txt', ['a+b (1).txt'], ['aab (1).txt']);
  check('[unclosed', ['[unclosed'], ['u']);
});

test('Windows separators in the path are accepted', () => {
  check('articles/**/*.md', ['articles\\x\\a.md'], []);
});
