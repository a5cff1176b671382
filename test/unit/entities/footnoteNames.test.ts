// Names in a Markdown footnote's definition are entities (SCHEMA.md: entities inside furniture are still entities),
// though the definition is no prose and holds no claim; a title it cites in quotation marks is a work.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/analyze';
import { loadResources } from '../../../server/src/host/resources';

const article = [
  '# Repair rules',
  'The rules apply from March 2025, according to the alliance[^1].',
  'Police figures rose 4% last year[^2].',
  '[^1]: Repair Europe Alliance, “Annual report on the Lumen Project”, March 2025.',
  '[^2]: Federal Bureau of Investigation, "Crime in the United States", 2024.',
].join('\n\n');

test('names in a footnote definition are entities; a quoted title there is no organisation; the definition is no claim', () => {
  const { tagger } = loadResources();
  const analysis = analyze(article, { fileName: 'a.md', tagger });
  const named = analysis.entities.filter((e) => e.type === 'organization' || e.type === 'place' || e.type === 'person').map((e) => `${e.type}:${e.text}`);
  assert.ok(named.includes('organization:Repair Europe Alliance'), named.join(', '));
  assert.ok(named.includes('organization:Federal Bureau of Investigation'), named.join(', '));
  assert.ok(!named.some((n) => n.includes('Lumen') || n.includes('United States')), named.join(', '));
  assert.ok(!analysis.claims.some((c) => c.text.includes('Repair Europe Alliance')), 'the definition is no claim');
});
