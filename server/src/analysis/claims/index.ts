import type { Actor, ArticleDocument, Claim, Entity } from '../types';
import { attributeSentences } from './attribution';
import { judgeCheckworthiness } from './checkworthy';
import { applyDirectives } from './directives';
import { findFurniture } from './furniture';
import { CueLexicon } from './lexicon';
import { within } from './spans';
import { viewSentence, type SentenceView } from './view';
import { wordIdsOf } from '../text/wordIds';

/** Settings of the claims stage (`marginalia.claims.*`, `.marginalia.json` "cues"). */
export interface ClaimSettings {
  /** Reporting verbs or phrases to accept as cues beyond the built-in lexicon. */
  extraCues: string[];
}

/** The lexicon without extra cues is shared by every call; with extra cues it is built per call (cheap). */
const defaultLexicon = new CueLexicon();

/** Sentence views of the whole document; a quotation left open carries on within a block. */
function viewsOf(document: ArticleDocument): SentenceView[] {
  const views: SentenceView[] = [];
  const { bySentence, generation } = wordIdsOf(document);
  document.sentences.forEach((s, i) => {
    const prev = views[i - 1];
    views.push(viewSentence(s, i, prev !== undefined && prev.sentence.block === s.block && prev.endsInQuote, { of: bySentence[i]!, generation }));
  });
  return views;
}

/**
 * Every sentence of the article's prose as a claim, page furniture left out:
 * its check-worthiness with the reasons for it (SCHEMA.md), whether the
 * sentence itself attributes what it says (cue, source, content), and any
 * `marginalia: sourced` directive that silences it. Pure; never throws on odd
 * text.
 */
export function findClaims(document: ArticleDocument, entities: Entity[], actors: Actor[], settings?: Partial<ClaimSettings>): Claim[] {
  const lexicon = settings?.extraCues?.length ? new CueLexicon(settings.extraCues) : defaultLexicon;
  const views = viewsOf(document);
  const { furniture, headline } = findFurniture(document);
  const attributions = attributeSentences(document, views, lexicon, actors, entities.filter((e) => e.type === 'place'));
  const sortedEntities = [...entities].sort((a, b) => a.start - b.start);
  const claims: Claim[] = [];
  for (const v of views) {
    const attribution = attributions[v.index]!;
    // A lead-in that reports ("He said:", "The governor added:") says who speaks next: a claim, sourced by its cue.
    if (furniture.has(v.index) && !(attribution.attribution && /:\s*$/.test(v.sentence.text))) continue;
    const s = v.sentence;
    const { level, reasons } = judgeCheckworthiness(
      { view: v, entities: within(sortedEntities, s.start, s.end), attribution, headline: s.block === headline },
      document.text,
    );
    const claim: Claim = { start: s.start, end: s.end, text: s.text, checkworthy: level, sourced: attribution.attribution !== undefined, reasons };
    if (attribution.attribution) claim.attribution = attribution.attribution;
    if (attribution.others) claim.otherAttributions = attribution.others;
    claims.push(claim);
  }
  applyDirectives(document, claims);
  return claims;
}
