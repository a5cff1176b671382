// Golden tests: every article in samples/ against its hand-reviewed expected
// analysis in test/golden/expected/NAME.json (the SCHEMA.md JSON). A changed
// expectation is reviewed, never regenerated blindly: `npm run golden:update`
// rewrites the files and `git diff` shows what changed for review.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { toSchemaJson } from '../../server/src/analysis/schema';
import { loadResources } from '../../server/src/host/resources';

const repo = resolve(__dirname, '..', '..', '..');
const samples = join(repo, 'samples');
const expectedDir = join(repo, 'test', 'golden', 'expected');
const update = process.env.MARGINALIA_UPDATE_GOLDEN === '1';

const articles = readdirSync(samples).filter((f) => /\.(txt|md|article)$/.test(f)).sort();

test('there are samples to check', () => {
  assert.ok(articles.length >= 4, `expected at least four samples, found ${articles.length}`);
});

for (const file of articles) {
  test(`golden: ${file}`, () => {
    const text = readFileSync(join(samples, file), 'utf8');
    const { tagger } = loadResources();
    const actual = toSchemaJson(analyze(text, { fileName: file, ...(tagger ? { tagger } : {}) }));
    const expectedPath = join(expectedDir, file + '.json');
    if (update) {
      writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      return;
    }
    assert.ok(existsSync(expectedPath), `no expected analysis for ${file}: write and review ${expectedPath}`);
    const expected: unknown = JSON.parse(readFileSync(expectedPath, 'utf8'));
    assert.deepEqual(actual, expected);
  });
}
