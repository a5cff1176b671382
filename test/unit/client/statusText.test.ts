// The status-bar wording for each analysis state.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { describeStatus } from '../../../client/src/statusText';
import type { StatusParams } from '../../../client/src/protocol';

/** Asserts the item's text and that the tooltip contains each fragment. */
function check(status: StatusParams | undefined, text: string, tooltip: string[], error = false): void {
  const shown = describeStatus(status);
  assert.equal(shown.text, text);
  for (const t of tooltip) assert.ok(shown.tooltip.includes(t), `${JSON.stringify(shown.tooltip)} contains ${t}`);
  assert.equal(shown.error, error);
}

const uri = 'file:///news/a.txt';
const counts = { entities: 12, actors: 3, claims: 7, unsourced: 2 };

test('before any status: starting', () => check(undefined, '$(loading~spin) Marginalia', ['starting']));

test('analysing spins', () => check({ uri, state: 'analyzing' }, '$(sync~spin) Marginalia', ['reading']));

test('ready with unsourced claims shows their number and every count', () =>
  check({ uri, state: 'ready', durationMs: 41.6, counts }, '$(book) 2 unsourced', [
    '12 entities', '3 actors', '7 claims', '(2 unsourced)', 'in 42 ms',
  ]));

test('ready with no unsourced claim shows no number', () =>
  check({ uri, state: 'ready', counts: { ...counts, unsourced: 0 } }, '$(book) Marginalia', ['0 unsourced']));

test('skipped and error carry the server message; error is highlighted', () => {
  check({ uri, state: 'skipped', message: 'larger than 10 MB' }, '$(circle-slash) Marginalia', ['larger than 10 MB']);
  check({ uri, state: 'error', message: 'boom' }, '$(error) Marginalia', ['failed', 'boom'], true);
});
