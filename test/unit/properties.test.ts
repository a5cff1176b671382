import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadResources } from '../../server/src/host/resources';
import { mutatedArticle, sampleArticles } from '../../scripts/fuzz/articles';
import { checkAnalysis } from '../../scripts/fuzz/property';

// The short form of `npm run fuzz` (which runs the same property for minutes).
const repoRoot = join(__dirname, '..', '..', '..');
const { tagger } = loadResources();

test('on ~100 random and mutated articles analyze() never throws, no stage fails, spans are exact, the JSON round-trips', () => {
  fc.assert(
    fc.property(mutatedArticle(sampleArticles(repoRoot), 3000), ({ text, fileName }) => {
      checkAnalysis(text, fileName, tagger);
    }),
    { numRuns: 100, seed: 20240702 },
  );
});

test('the property sees what it checks: spans of a known article are visited and found exact', () => {
  const text = '# Port\n\nExports rose 12% on Tuesday, [the port said](https://example.org).[^1]\n\n[^1]: A report.\n';
  const analysis = checkAnalysis(text, 'a.md', tagger);
  assert.ok(analysis.document.sentences.length >= 2);
  assert.ok(analysis.entities.some((e) => e.type === 'percent'));
  assert.throws(() => checkAnalysis('\u0000', 'a.txt', { tag: () => [{ start: 0, end: 5, text: 'xxxxx', type: 'person' }] }), /outside/);
});
