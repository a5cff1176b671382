// Where a sentence's coordinated clauses meet, for scoping a hard cap. SCHEMA.md: check-worthiness is the highest
// level any part of the sentence earns; a forecast or an intention is low "even with numbers in it" — in its own
// clause. "The ministry said 40 people died and that the toll could rise": the toll's rise is a forecast, the 40
// dead a statistic; "said it would buy back $5 billion of shares, and raised its dividend by 4 cents": the buy-back
// is an intention, the raise a dated act. A bare verb after "and" shares the modal before it ("would invest $2
// billion and create 400 jobs"), so only a clause with its own subject or a past verb starts afresh.
import { IRREGULAR_PAST } from '../attribution/source';
import type { SentenceView } from '../view';

const COORDINATORS = new Set(['and', 'but', 'while', 'whereas']);
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'some', 'many', 'most', 'all', 'no', 'there', 'more', 'others', 'another', 'none', 'each', 'both']);

/** True when the token at `k` opens a clause with its own subject or finite past verb. */
function opensClause(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  if (!t) return false;
  const w = v.lower[k]!;
  if (SUBJECT_OPENERS.has(w) || t.kind === 'number' || /^\d/.test(w)) return true;
  if (t.kind === 'word' && /^\p{Lu}/u.test(t.text)) return true;
  return /^[a-z]{3,}ed$/.test(w) || IRREGULAR_PAST.has(w);
}

/**
 * The sentence's clauses as segments: `starts[s]` opens segment s (the first segment, from the sentence's start, has
 * no entry: segment 0), and `ids[s]` is the clause segment s belongs to. A relative clause set off by commas after
 * the subject is a clause of its own, and the main clause goes on after its closing comma under its first id.
 */
export interface Clauses {
  starts: number[];
  ids: number[];
}

/** Verbs and auxiliaries that, right after a comma closing a relative clause, show it hung on the subject. */
const MAIN_VERBS_AFTER = /^(said|says|told|tells|added|warned|announced|confirmed|has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does|plans|wants|expects)$/;

/** The sentence's clauses: ";", ", and <subject or past verb>", "and that …", and a subject's relative clause. */
export function clauseStarts(v: SentenceView): Clauses {
  const starts: number[] = [];
  const ids: number[] = [0];
  let next = 1;
  for (let k = 1; k < v.tokens.length - 1; k++) {
    if (v.quoted[k]) continue;
    const w = v.lower[k]!;
    const coordinated = w === ';' || ((w === 'and' || w === 'but') && v.lower[k + 1] === 'that') || (w === ',' && COORDINATORS.has(v.lower[k + 1] ?? '') && opensClause(v, k + 2));
    if (coordinated) {
      starts.push(v.tokens[k]!.start);
      ids.push(next++);
      continue;
    }
    // "Whitcombe, who co-founded Veltrix in 2011, said the firm would spend …": a relative clause on the subject,
    // set off by commas before the main verb, is a clause of its own ("the tower, which cost $90 million" is not).
    if (w === ',' && (v.lower[k + 1] === 'who' || v.lower[k + 1] === 'which')) {
      let close = k + 2;
      while (close < v.tokens.length - 1 && v.lower[close] !== ',' && !v.quoted[close]) close++;
      if (close >= v.tokens.length - 1 || v.lower[close] !== ',' || !MAIN_VERBS_AFTER.test(v.lower[close + 1] ?? '')) continue;
      const outer = ids[ids.length - 1]!;
      starts.push(v.tokens[k]!.start, v.tokens[close]!.start);
      ids.push(next++, outer);
      k = close;
    }
  }
  return { starts, ids };
}

/** Words that make a clause a forecast, an intention or a belief of its own ("could cost", "expected spending to rise", "has promised"). */
const OWN_CAP = /^(?:will|would|could|might|may|shall|should|can|'ll|expect\w*|project\w*|forecast\w*|predict\w*|plan\w*|hop(?:e|es|ed|ing)|intend\w*|aim\w*|promis\w*|pledg\w*|commit(?:s|ted|ting)?|vow\w*|view\w*|believ\w*|think\w*|thought|feel\w*|felt|fear\w*|want\w*|wish\w*|likely|unlikely)$/;

/** Per clause id, true when the clause holds a word of a forecast, an intention or a belief. */
export function clausesWithOwnCap(v: SentenceView, clauses: Clauses): boolean[] {
  const capped: boolean[] = new Array<boolean>(clauses.ids.length).fill(false);
  for (let k = 0; k < v.tokens.length; k++) if (OWN_CAP.test(v.lower[k]!)) capped[clauseOf(clauses, v.tokens[k]!.start)] = true;
  return capped;
}

/** The id of the clause holding offset `at`. */
export function clauseOf(clauses: Clauses, at: number): number {
  let c = 0;
  while (c < clauses.starts.length && clauses.starts[c]! <= at) c++;
  return clauses.ids[c]!;
}
