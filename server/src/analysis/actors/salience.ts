// Salience: who the text is about at a given point. Recent mentions weigh
// more, subjects more than objects; an actor not seen for many sentences
// keeps only a trace (so "the agency" can still find its agency).
import type { DraftMention } from './model';

/** One resolved mention, as the salience model remembers it. */
interface Entry {
  actor: number;
  sentence: number;
  tok: number;
  subject: boolean;
  /** Named as where a person works ("an analyst at Birchwood Capital Markets"): the person is the topic, not the body. */
  affiliation: boolean;
}

const WINDOW = 6;

/** The resolved mentions so far, in text order. */
export class Salience {
  private readonly entries: Entry[] = [];
  private readonly counts = new Map<number, number>();
  private readonly lastSeen = new Map<number, number>();
  /** One past the last token of each actor's latest mention. */
  private readonly lastEnd = new Map<number, number>();

  /** Remembers a resolved mention. */
  add(m: DraftMention, affiliation = false): void {
    if (m.actor === undefined) return;
    this.entries.push({ actor: m.actor, sentence: m.sentence, tok: m.first, subject: m.subject, affiliation });
    this.counts.set(m.actor, (this.counts.get(m.actor) ?? 0) + 1);
    this.lastSeen.set(m.actor, m.first);
    this.lastEnd.set(m.actor, m.last);
  }

  /** First and one-past-last token of the actor's latest mention, if any. */
  latest(actor: number): { first: number; last: number } | undefined {
    const first = this.lastSeen.get(actor);
    return first === undefined ? undefined : { first, last: this.lastEnd.get(actor) ?? first + 1 };
  }

  /** True when the actor was mentioned before token `tok`. */
  seen(actor: number): boolean {
    return this.lastSeen.has(actor);
  }

  /** Mentions of an actor so far. */
  count(actor: number): number {
    return this.counts.get(actor) ?? 0;
  }

  /** Token index of the actor's latest mention, -1 if none. */
  last(actor: number): number {
    return this.lastSeen.get(actor) ?? -1;
  }

  /**
   * Salience of each actor at (sentence, tok): a sum over its mentions in
   * the last few sentences, with a small floor from how often and how
   * recently it was mentioned at all.
   */
  scores(sentence: number, tok: number, skipSentence = -1): Map<number, number> {
    // The strongest recent mention counts most; more mentions add a little.
    const top = new Map<number, number>();
    const extra = new Map<number, number>();
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i] as Entry;
      if (e.tok >= tok || e.sentence === skipSentence) continue;
      const d = sentence - e.sentence;
      if (d > WINDOW) break;
      const w = (d === 0 ? 2 + 0.3 * (e.tok / Math.max(tok, 1)) : d === 1 ? 1.2 : d === 2 ? 0.7 : 0.35 / (d - 1)) * (e.subject ? 1.6 : 1) * (e.affiliation ? 0.4 : 1);
      const prior = top.get(e.actor);
      if (prior === undefined || w > prior) {
        if (prior !== undefined) extra.set(e.actor, (extra.get(e.actor) ?? 0) + 0.1 * prior);
        top.set(e.actor, w);
      } else extra.set(e.actor, (extra.get(e.actor) ?? 0) + 0.1 * w);
    }
    const out = new Map<number, number>();
    for (const [actor, w] of top) out.set(actor, w + Math.min(extra.get(actor) ?? 0, 0.5));
    for (const [actor, n] of this.counts) {
      const floor = 0.001 * n + 1e-6 * (this.lastSeen.get(actor) ?? 0);
      out.set(actor, (out.get(actor) ?? 0) + floor);
    }
    return out;
  }

  /** Actors mentioned between tokens `from` (inclusive) and `to` (exclusive) only as objects, never as a subject. */
  objectsOnlyBetween(from: number, to: number): Set<number> {
    const objects = new Set<number>();
    const subjects = new Set<number>();
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i] as Entry;
      if (e.tok < from) break;
      if (e.tok < to) (e.subject ? subjects : objects).add(e.actor);
    }
    for (const a of subjects) objects.delete(a);
    return objects;
  }

  /** Actors mentioned between tokens `from` (inclusive) and `to` (exclusive) only at tokens `inside` accepts. */
  onlyInsideBetween(from: number, to: number, inside: (tok: number) => boolean): Set<number> {
    const within = new Set<number>();
    const outside = new Set<number>();
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i] as Entry;
      if (e.tok < from) break;
      if (e.tok < to) (inside(e.tok) ? within : outside).add(e.actor);
    }
    for (const a of outside) within.delete(a);
    return within;
  }

  /** True when every mention of `actor` in sentence `sentence` names a speaker's employer ("… of Orchard Capital"). */
  onlyAffiliationIn(actor: number, sentence: number): boolean {
    let seen = false;
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i] as Entry;
      if (e.sentence < sentence) break;
      if (e.actor !== actor || e.sentence !== sentence) continue;
      if (!e.affiliation) return false;
      seen = true;
    }
    return seen;
  }

  /** First tokens of every mention of `actor` remembered so far, in text order. */
  tokensOf(actor: number): number[] {
    const out: number[] = [];
    for (const e of this.entries) if (e.actor === actor) out.push(e.tok);
    return out;
  }

  /** Subjects mentioned between tokens `from` (inclusive) and `to` (exclusive). */
  subjectsBetween(from: number, to: number): Set<number> {
    const out = new Set<number>();
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i] as Entry;
      if (e.tok < from) break;
      if (e.tok < to && e.subject) out.add(e.actor);
    }
    return out;
  }
}

/** The key with the highest value, and the runner-up. */
export function best(scores: Map<number, number>, allowed: (actor: number) => boolean): { actor?: number; score: number; second?: number; secondScore: number } {
  let actor: number | undefined;
  let score = 0;
  let second: number | undefined;
  let secondScore = 0;
  for (const [a, s] of scores) {
    if (!allowed(a)) continue;
    if (s > score) {
      second = actor;
      secondScore = score;
      actor = a;
      score = s;
    } else if (s > secondScore) {
      second = a;
      secondScore = s;
    }
  }
  const out: { actor?: number; score: number; second?: number; secondScore: number } = { score, secondScore };
  if (actor !== undefined) out.actor = actor;
  if (second !== undefined) out.second = second;
  return out;
}
