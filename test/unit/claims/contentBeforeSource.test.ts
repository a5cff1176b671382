// A cue whose content would come before its source ("…, officials said.")
// but where nothing precedes the mark before the source: no content, so no
// attribution, and above all no crash (the fuzzer found `: 12% said. The.`,
// which made the whole claims stage fail and lose every claim).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check } from './check';

test('content-first attributions need content before the source', () => {
  // Must attribute: content, a comma, the source, the cue.
  check('Exports rose 12% in March, officials said.', [{ sentence: 'Exports rose', sourced: true, cue: 'said', source: 'officials' }]);
  check('“We will rebuild the bridge,” the mayor said.', [{ sentence: 'rebuild the bridge', sourced: true, cue: 'said' }]);
  // Must not attribute (and must not throw): nothing before the colon, comma or quote mark.
  for (const text of [': 12% said. The.', ', officials said. Then rain.', '” the mayor said. Later.']) {
    const analysis = check(text, [{ sentence: 'said', sourced: false }]);
    assert.deepEqual(analysis.problems.filter((p) => p.code === 'internal.stage-failed'), [], text);
    assert.equal(analysis.claims.length, 2, `${JSON.stringify(text)}: both sentences are claims`);
  }
});

test('a source with a relative clause keeps its verb when the day is cut ("figures the board published in January"); "a report published on Tuesday" is the report', () => {
  check('One pupil in five qualifies for a free meal, according to figures the board published in January. Prices rose 4 percent, according to a report published on Tuesday.', [
    { sentence: 'One pupil in five', sourced: true, cue: 'according to', source: 'figures the board published' },
    { sentence: 'Prices rose', sourced: true, cue: 'according to', source: 'a report' },
  ]);
});
