// The one check() helper of the claims tests: runs the whole pipeline (no name
// tagger, so the rules must work without names) on an inline fixture and
// compares each expected sentence with the claim that holds it.
import assert from 'node:assert/strict';
import { analyze, type AnalyzeOptions } from '../../../server/src/analysis/analyze';
import type { Analysis, Checkworthiness, Claim } from '../../../server/src/analysis/types';

/** What one sentence of the fixture must (or must not) be. */
export interface Expect {
  /** A piece of the sentence's text that finds its claim. */
  sentence: string;
  /** false: the sentence is page furniture, not a claim. */
  claim?: false;
  sourced?: boolean;
  cue?: string;
  source?: string;
  kind?: string;
  inherited?: boolean;
  level?: Checkworthiness;
  notLevel?: Checkworthiness;
  /** A reason kind the claim must carry ("amount", "ranking" …). */
  reason?: string;
  suppressed?: string;
  /** Every further attribution of the claim, as "cue / source" ("cue / who → antecedent" for a relative pronoun; "(embedded)" appended for a subordinate-clause cue). */
  others?: string[];
}

/** Analyses `text` (Markdown when `fileName` ends in .md) and checks every expectation; returns the analysis. */
export function check(text: string, expects: Expect[], options: { fileName?: string; extraCues?: string[]; tagger?: AnalyzeOptions['tagger'] } = {}): Analysis {
  const analysis = analyze(text, { fileName: options.fileName ?? 'fixture.txt', claims: { extraCues: options.extraCues ?? [] }, tagger: options.tagger });
  for (const e of expects) {
    const at = text.indexOf(e.sentence);
    assert.ok(at >= 0, `fixture does not contain ${JSON.stringify(e.sentence)}`);
    const claim: Claim | undefined = analysis.claims.find((c) => c.start <= at && at < c.end);
    const label = JSON.stringify(e.sentence);
    if (e.claim === false) {
      assert.equal(claim, undefined, `${label} is furniture, but became the claim ${JSON.stringify(claim?.text)}`);
      continue;
    }
    assert.ok(claim, `${label} is not inside any claim`);
    const got = `${claim.checkworthy} ${claim.sourced ? `sourced by ${claim.attribution?.cue.text} / ${claim.attribution?.source.text}` : 'unsourced'}`;
    if (e.sourced !== undefined) assert.equal(claim.sourced, e.sourced, `${label}: sourced? got ${got}`);
    if (e.cue !== undefined) assert.equal(claim.attribution?.cue.text, e.cue, `${label}: cue; got ${got}`);
    if (e.source !== undefined) assert.equal(claim.attribution?.source.text, e.source, `${label}: source; got ${got}`);
    if (e.kind !== undefined) assert.equal(claim.attribution?.kind, e.kind, `${label}: attribution kind`);
    if (e.inherited !== undefined) assert.equal(Boolean(claim.attribution?.inherited), e.inherited, `${label}: inherited`);
    if (e.level !== undefined) assert.equal(claim.checkworthy, e.level, `${label}: level; got ${got}; reasons ${claim.reasons.map((r) => r.kind).join(',')}`);
    if (e.notLevel !== undefined) assert.notEqual(claim.checkworthy, e.notLevel, `${label}: must not be ${e.notLevel}`);
    if (e.reason !== undefined) assert.ok(claim.reasons.some((r) => r.kind === e.reason), `${label}: reasons ${claim.reasons.map((r) => `${r.kind}:${r.text}`).join(', ')} lack ${e.reason}`);
    if (e.suppressed !== undefined) assert.equal(claim.suppressed?.reason, e.suppressed, `${label}: suppression`);
    if (e.others !== undefined) {
      const others = (claim.otherAttributions ?? []).map((o) => `${o.cue.text} / ${o.source.text}${o.source.antecedent ? ` → ${o.source.antecedent.text}` : ''}${o.embedded ? ' (embedded)' : ''}`);
      assert.deepEqual(others, e.others, `${label}: further attributions; got ${got}`);
    }
    for (const r of claim.reasons) assert.equal(text.slice(r.start, r.end), r.text, 'reason spans match the text');
    const a = claim.attribution;
    if (a) {
      assert.equal(text.slice(a.cue.start, a.cue.end), a.cue.text, 'cue span matches the text');
      assert.equal(text.slice(a.source.start, a.source.end), a.source.text, 'source span matches the text');
    }
  }
  return analysis;
}
