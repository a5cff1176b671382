// Titles are not part of a name (SCHEMA.md: "Entities leave out titles"):
// "Mayor Nadia Kessler" → person "Nadia Kessler", "City Clerk Daniel Osei" →
// person "Daniel Osei". The model, trained on text where titles mostly stand
// outside names, still folds unfamiliar ones in.
import { SPORT_ROLES } from '../../actors/lexicon';
import type { TokenSpan } from './decoder';
import { CASE_LOWER, FLAG_GIVEN, FLAG_TITLE, caseOf, wordInfo, type Lexicon } from './lexicon';
import { isCapitalised, normalizeToken } from './normalize';

const PER = 0;

/** Offices whose "for"/"of" phrase names a portfolio ("Minister for Foreign Affairs", "Secretary of State for Health"). */
const OFFICES = new Set(['Minister', 'minister', 'Secretary', 'secretary', 'Commissioner', 'commissioner', 'Spokesperson', 'Spokesman']);

/** Military and police ranks, capitalised before a name ("Brigadier General …", "Major …"). */
const RANKS = new Set(['Brigadier', 'General', 'Lieutenant', 'Colonel', 'Major', 'Captain', 'Sergeant', 'Corporal', 'Admiral', 'Commodore', 'Marshal', 'Commander', 'Superintendent', 'Inspector', 'Constable']);

/**
 * Cuts leading title words off a name. The rest must be capitalised words;
 * a span the model did not call a person becomes one only when the rest
 * starts with a known given name (so "General Motors" stays whole).
 */
/** Short forms of titles the training text's lists lack ("Cllr Rachel Amos", a British councillor). */
export const SHORT_TITLES = new Set(['Cllr', 'Cllr.', 'Councillor', 'Alderman', 'Ald.', 'Supt', 'Supt.', 'Insp', 'Insp.', 'DCI', 'DI', 'DS', 'PC', 'Det', 'Det.', 'Sgt', 'Sgt.', 'Headteacher', 'Headmaster', 'Headmistress', 'Head']);

/** Occupations that open a sentence before a name like a title ("Shopkeeper Anselm Fontaine, 63, said …"). */
const OCCUPATIONS = new Set('shopkeeper pensioner retiree homeowner landlord tenant shopper commuter fisherman fisherwoman farmer miner volunteer ranger trader vendor baker butcher cleaner carer midwife pharmacist builder plumber electrician mechanic waiter waitress nurse teacher student resident'.split(' '));

export function stripTitles(spans: TokenSpan[], forms: readonly (readonly string[])[], lexicon: Lexicon): TokenSpan[] {
  cutPortfolios(spans, forms, lexicon);
  for (const span of spans) {
    const words = forms[span.sentence];
    // "The King and Queen Camilla", "meet the King": a title alone after "the" is a description of its holder, no name.
    if (span.end - span.start !== 1 || !/^(the|The)$/.test(words[span.start - 1] ?? '')) continue;
    const info = wordInfo(lexicon, normalizeToken(words[span.start]));
    if (info & FLAG_TITLE && !(info & FLAG_GIVEN)) span.end = span.start;
  }
  for (const span of spans) {
    const tokens = forms[span.sentence];
    // "Minister of State for Foreign Affairs": the portfolio after a person's office is part of the title, no body
    // ("the Ministry of Foreign Affairs" is one).
    const joiner = tokens[span.start - 1];
    // ("Minister of State for …", "Secretary of State for …": the office may hold "of State" itself; "the State of
    // Texas" is no office.)
    const office = OFFICES.has(tokens[span.start - 2] ?? '') || (tokens[span.start - 2] === 'State' && tokens[span.start - 3] === 'of' && OFFICES.has(tokens[span.start - 4] ?? ''));
    if ((joiner === 'for' || joiner === 'of') && office && span.cls !== PER) {
      span.end = span.start;
      continue;
    }
    // "Brigadier General Nabil Abdallah": a rank the model tagged alone, before more capitalised words, is a title.
    if (span.end - span.start === 1 && RANKS.has(tokens[span.start]!) && isCapitalised(tokens[span.end] ?? '')) {
      span.end = span.start;
      continue;
    }
    let cut = -1;
    for (let i = span.start; i < span.end - 1; i++) {
      if (wordInfo(lexicon, normalizeToken(tokens[i])) & FLAG_TITLE || SPORT_ROLES.has(tokens[i]!.toLowerCase()) || OCCUPATIONS.has(tokens[i]!.toLowerCase()) || SHORT_TITLES.has(tokens[i]!)) cut = i + 1;
    }
    if (cut < 0) continue;
    let words = true;
    for (let i = cut; i < span.end; i++) if (!isCapitalised(tokens[i]) || /^\W/.test(tokens[i])) words = false;
    if (!words) continue;
    if (span.cls !== PER && !(wordInfo(lexicon, normalizeToken(tokens[cut])) & FLAG_GIVEN)) continue;
    span.start = cut;
    span.cls = PER;
  }
  regnalNumbers(spans, forms);
  return spans.filter((span) => span.end > span.start);
}

/** "Charles III", "Queen Elizabeth II": a regnal number after a person's name is part of it (a span of its own is taken in). */
function regnalNumbers(spans: TokenSpan[], forms: readonly (readonly string[])[]): void {
  // Spans in sentence order: the numeral's own span, if any, is the next one.
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    if (span.cls !== PER || span.end <= span.start || !REGNAL.test(forms[span.sentence][span.end] ?? '')) continue;
    const next = spans[k + 1];
    if (next && next.sentence === span.sentence && next.start === span.end && next.end === span.end + 1) next.end = next.start;
    span.end++;
  }
}

/** A regnal number after a monarch's or a pope's name ("II", "XIV"); "I" alone is the pronoun far more often. */
const REGNAL = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)$/;

/** Words that join the parts of a portfolio ("Foreign Affairs and Trade", "Culture, Media and Sport"). */
const PORTFOLIO_JOINERS = new Set(['and', '&', ',', 'of', 'the']);

/**
 * "Coordinating Minister for Maritime Affairs and Investment Rizal Situmorang", "Minister for Foreign Affairs and
 * Trade Penny Wong": the portfolio after an office is title, however the model cut it, and the name after it a
 * person. A portfolio word is one usually written in lower case ("affairs", "trade", "investment") or an unknown
 * capitalised word before one ("Maritime Affairs"); a given name, or two unknown words in a row, start the name.
 */
function cutPortfolios(spans: TokenSpan[], forms: readonly (readonly string[])[], lexicon: Lexicon): void {
  let tokens: readonly string[] = [];
  const byWord = (word: string | undefined): number => (word === undefined ? 0 : wordInfo(lexicon, normalizeToken(word)));
  // (A given name usually written in lower case, "Penny", starts the name only with a surname after it: "… and Social Care said".)
  const startsName = (k: number): boolean => (byWord(tokens[k]) & FLAG_GIVEN) !== 0 && isCapitalised(tokens[k + 1] ?? '');
  const portfolioWord = (k: number): boolean => {
    const word = tokens[k];
    return word !== undefined && isCapitalised(word) && caseOf(byWord(word)) === CASE_LOWER && !startsName(k);
  };
  for (const span of spans) {
    tokens = forms[span.sentence];
    let office = -1;
    for (let k = Math.max(0, span.start - 8); k < span.start; k++) {
      if (OFFICES.has(tokens[k]!) && /^\p{Lu}/u.test(tokens[k]!) && (tokens[k + 1] === 'for' || tokens[k + 1] === 'of')) office = k;
    }
    if (office < 0) continue;
    let end = office + 2;
    for (;;) {
      const word = tokens[end];
      if (word === undefined) break;
      const joins = PORTFOLIO_JOINERS.has(word) && isCapitalised(tokens[end + 1] ?? '');
      const before = !(byWord(word) & FLAG_GIVEN) && isCapitalised(word) && !/^\W/.test(word) && (portfolioWord(end + 1) || PORTFOLIO_JOINERS.has(tokens[end + 1] ?? ''));
      if (!portfolioWord(end) && !joins && !before) break;
      end++;
    }
    // The portfolio must reach the span, and the words the span keeps must still be a name. A portfolio of names
    // ("Minister for Europe Stephen Doughty") ends where a given name with a surname after it begins.
    if (end <= span.start) {
      for (let k = span.start + 1; k < span.end - 1 && end <= span.start; k++) if (startsName(k)) end = k;
      if (end <= span.start) continue;
    }
    if (end >= span.end) {
      span.end = span.start;
      continue;
    }
    span.start = end;
    span.cls = PER;
  }
}
