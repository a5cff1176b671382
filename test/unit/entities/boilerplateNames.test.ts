import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyze } from '../../../server/src/analysis/analyze';
import { loadResources } from '../../../server/src/host/resources';

const article = 'Mayor Lena Park opened the new bridge in Harwich on Friday.\n\nRead More\n\nLeave a Reply\n';

test('page prompts in title case are not names; the names around them are', () => {
  const { tagger } = loadResources();
  assert.ok(tagger, 'the shipped name model loads');
  const names = analyze(article, { fileName: 'a.txt', tagger })
    .entities.filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'place')
    .map((e) => e.text);
  assert.ok(names.includes('Lena Park'), `Lena Park is a name: ${names.join(', ')}`);
  assert.ok(!names.some((n) => /^(Read More|Leave a Reply)\|/.test(n)), `no prompt is a name: ${names.join(', ')}`);
});
