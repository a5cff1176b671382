import type { Actor, ArticleDocument, Claim, Entity } from '../types';

export interface ClaimSettings {
  /** Reporting verbs or phrases to accept as cues beyond the built-in lexicon. */
  extraCues: string[];
}

/** Every sentence of prose as a claim (issue 5 fills in check-worthiness and sourcing). */
export function findClaims(
  document: ArticleDocument,
  _entities: Entity[],
  _actors: Actor[],
  _settings?: Partial<ClaimSettings>,
): Claim[] {
  return document.sentences.map((s) => ({
    start: s.start,
    end: s.end,
    text: s.text,
    checkworthy: 'low',
    sourced: false,
    reasons: [],
  }));
}
