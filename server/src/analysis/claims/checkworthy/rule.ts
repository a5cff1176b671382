import type { Checkworthiness, Entity, Span } from '../../types';
import type { SentenceAttribution } from '../attribution';
import type { SentenceView } from '../view';

/** What a check-worthiness rule sees of one sentence. */
export interface CheckworthyContext {
  view: SentenceView;
  /** Entities inside the sentence (names from the tagger, dates, money, percentages from patterns). */
  entities: readonly Entity[];
  attribution: SentenceAttribution;
  /** The article's own headline. */
  headline: boolean;
}

/**
 * One piece of evidence: `raise` evidence lifts the claim to its level (the
 * highest wins); a `cap` forces the claim low — a `hard` cap always (a
 * forecast, a reported intention, a question), a `soft` cap only when no
 * measurable evidence makes it high (an opinion, a vague subject).
 */
export interface Evidence extends Span {
  kind: string;
  level: Checkworthiness;
  cap?: 'hard' | 'soft';
}

/**
 * What a sentence must hold for a rule to find anything (a necessary
 * condition, never a sufficient one): one of these words among its lower-case
 * tokens, a word that passes the `word` test, a token starting with a digit, a
 * hyphenated word, a word ending in "ed", or an entity of one of these types. The verdict reads every sentence
 * once for all rules and runs only the rules whose cues are there.
 */
export interface RuleCues {
  words?: Iterable<string>;
  /** A test on a lower-case word for cues no list can hold ("a hyphenated word ending in a listed one"); asked once per word form. */
  word?: (lower: string) => boolean;
  digit?: boolean;
  hyphen?: boolean;
  ed?: boolean;
  entityTypes?: readonly string[];
}

/** A check-worthiness rule: one file each, registered by id in `./index.ts`. */
export interface CheckworthyRule {
  id: string;
  description: string;
  /** When present, `run` finds nothing in a sentence without one of these cues (so it is not run). */
  cues?: RuleCues;
  run(context: CheckworthyContext): Evidence[];
}

/** Evidence covering tokens `first..last` of the sentence. */
export function evidence(context: CheckworthyContext, first: number, last: number, kind: string, level: Checkworthiness, cap?: 'hard' | 'soft'): Evidence {
  const t = context.view.tokens;
  const e: Evidence = { start: t[first]!.start, end: t[last]!.end, kind, level };
  if (cap) e.cap = cap;
  return e;
}

/** Evidence from an entity span. */
export function entityEvidence(entity: Entity, kind: string, level: Checkworthiness): Evidence {
  return { start: entity.start, end: entity.end, kind, level };
}
