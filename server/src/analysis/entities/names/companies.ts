// Company names the CoNLL-trained model splits or takes for people: "Harlow
// Foods" came out as the person "Harlow", "Penmarsh Stores" as a person, and
// "the Competition and Markets Authority" as "Markets Authority", "The Ostrian
// Chamber of Commerce" as "Ostrian" and "of Commerce". CoNLL's
// 1996 Reuters text has few such names, so the words that close them are not
// in the model's organisation-suffix list; this list is for the repair only
// (changing the model's list would change its features and need retraining).
import { COMPANY_WORDS, CORPORATE_SUFFIXES } from '../../actors/lexicon';
import { MONTHS, WEEKDAYS } from '../patterns/calendar';
import type { TokenSpan } from './decoder';
import { documentForms } from './documentForms';
import { CASE_LOWER, FLAG_ORG_SUFFIX, caseOf, wordInfo, type Lexicon } from './lexicon';
import { isCapitalised, normalizeToken } from './normalize';

const PER = 0;
const ORG = 1;

type Forms = readonly (readonly string[])[];


/**
 * Whether token k of a sentence (`tokens`, and `lower`, their lower-case forms: documentForms.ts) is a
 * capitalised company word. The lists below hold letters and dots only, so the lower-case form answers
 * for the token as written.
 */
function isCompanyWord(tokens: readonly string[], lower: readonly string[], k: number): boolean {
  return k < tokens.length && isCapitalised(tokens[k]!) && COMPANY_WORDS.has(lower[k]!);
}

/** A legal form that closes a company's name ("Halden Robotics ASA", "Vela Motors Ltd"): the list actor repair uses too. */
function isLegalForm(tokens: readonly string[], lower: readonly string[], k: number): boolean {
  return k < tokens.length && isCapitalised(tokens[k]!) && CORPORATE_SUFFIXES.has(lower[k]!);
}

/**
 * Repairs company names in place; true when a span changed. A name followed by
 * a capitalised company word takes it and becomes an organisation; a person
 * or place ending in one is an organisation.
 */
export function repairCompanyNames(spans: TokenSpan[], forms: Forms, lexicon: Lexicon): boolean {
  let changed = false;
  const { lower } = documentForms(forms);
  // Spans by (sentence, start), built only when a company word is seen (most documents have few).
  let byStart: Map<number, TokenSpan> | undefined;
  const startingAt = (sentence: number, i: number): TokenSpan | undefined => {
    byStart ??= new Map(spans.map((s) => [s.sentence * 4294967296 + s.start, s]));
    return byStart.get(sentence * 4294967296 + i);
  };
  for (const span of spans) {
    if (span.end <= span.start) continue;
    const tokens = forms[span.sentence]!;
    const lowers = lower[span.sentence]!;
    // "Harlow" + "Foods": the company word may be untagged or a one-word name of its own (the model read "Foods" as a person).
    const followed = isCompanyWord(tokens, lowers, span.end);
    const apart = followed ? startingAt(span.sentence, span.end) : undefined;
    if (followed && (!apart || apart.end === span.end + 1)) {
      if (apart) apart.end = apart.start; // emptied: the caller drops it
      span.end++;
      span.cls = ORG;
      changed = true;
    } else if (span.cls !== ORG && span.end - span.start >= 2 && (isCompanyWord(tokens, lowers, span.end - 1) || ampersandName(tokens, span))) {
      span.cls = ORG;
      changed = true;
    } else continue;
    // "Halden Robotics" + "ASA": a legal form after the name, tagged apart or not at all, belongs to it.
    if (isLegalForm(tokens, lowers, span.end)) {
      const apart = startingAt(span.sentence, span.end);
      if (!apart || apart.end === span.end + 1) {
        if (apart) apart.end = apart.start; // emptied: the caller drops it
        span.end++;
      }
    }
  }
  for (const span of spans) {
    if (span.end <= span.start) continue;
    if (possessiveInstitution(span, forms[span.sentence]!, spans, lexicon)) changed = true;
    if (institutionOfField(span, forms[span.sentence]!, lower[span.sentence]!, spans)) changed = true;
    if (span.cls !== ORG) continue;
    if (takeGroupPossessive(span, forms[span.sentence]!, spans)) changed = true;
    if (joinUntaggedHalf(span, forms[span.sentence]!, lexicon)) changed = true;
    if (joinWordBeforeCompanyWord(span, forms[span.sentence]!, lower[span.sentence]!, spans)) changed = true;
    if (joinCamelCaseWord(span, forms[span.sentence]!, startingAt)) changed = true;
    if (joinAcrossSign(span, forms[span.sentence]!, spans)) changed = true;
    if (joinBeforeSign(span, forms[span.sentence]!, spans)) changed = true;
    if (takeWordsAfterThe(span, forms[span.sentence]!, spans)) changed = true;
    if (takeHeadBeforeOf(span, forms[span.sentence]!, spans, lexicon)) changed = true;
  }
  return changed;
}

const DETERMINERS = new Set(['The', 'A', 'An', 'THE', 'This', 'That']);

/**
 * "Asthma + Lung UK", "Marlow & Finch": an organisation followed by "+" or "&" and capitalised words runs on to
 * the end of them, taking any name the model tagged among them ("UK").
 */
function joinAcrossSign(span: TokenSpan, tokens: readonly string[], spans: TokenSpan[]): boolean {
  if (span.cls !== ORG || (tokens[span.end] !== '+' && tokens[span.end] !== '&') || !isCapitalised(tokens[span.end + 1] ?? '')) return false;
  let end = span.end + 1;
  while (end < tokens.length && end - span.end <= 4 && isCapitalised(tokens[end]!) && /^\p{L}/u.test(tokens[end]!)) end++;
  for (const other of spans) if (other !== span && other.sentence === span.sentence && other.start >= span.end && other.end <= end) other.end = other.start;
  span.end = end;
  return true;
}

/**
 * "HM" + "Revenue" + "& Customs", "Bear Stearns" + "& Co": an organisation the model opened at its "&" takes the
 * plain capitalised words before it and the name the model tagged there, and stops after that name ("Lead
 * Underwriter Bear Stearns & Co" keeps its label out).
 */
function joinBeforeSign(span: TokenSpan, tokens: readonly string[], spans: TokenSpan[]): boolean {
  if (span.cls !== ORG || tokens[span.start] !== '&' || span.end - span.start < 2) return false;
  let start = span.start;
  for (;;) {
    const name = spans.find((o) => o !== span && o.sentence === span.sentence && o.end === start && o.end > o.start);
    if (name) {
      start = name.start;
      name.end = name.start; // emptied: the caller drops it
      break;
    }
    const prev = tokens[start - 1] ?? '';
    if (span.start - start >= 3 || !/^\p{Lu}[\p{L}.]*$/u.test(prev) || DETERMINERS.has(prev)) break;
    start--;
  }
  if (start === span.start) return false;
  span.start = start;
  return true;
}

/** "Marlow & Finch", "Kessler & Marr": an ampersand between capitalised words joins partners in a firm's name, never a person's. */
function ampersandName(tokens: readonly string[], span: TokenSpan): boolean {
  for (let k = span.start + 1; k < span.end - 1; k++) if (tokens[k] === '&' && isCapitalised(tokens[k + 1]!)) return true;
  return false;
}

const MISC = 3;

/** Month and weekday names (the date rules' lists), lower-cased. */
const DATE_WORDS = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));

/**
 * "the Swedish Air" + "Line Pilots' Association": capitalised words the model
 * left out (or read as a nationality) between "the" and an organisation are
 * the start of its name.
 */
function takeWordsAfterThe(span: TokenSpan, tokens: readonly string[], spans: TokenSpan[]): boolean {
  // The word right before must be one the model left out, no date word ("the July FOMC meeting") and no nationality
  // ("the Chinese Nationalist regime"): only behind such a word may a nationality open the name.
  const before = tokens[span.start - 1] ?? '';
  // Nothing to take without a capitalised word in front: answered before any scan of the spans (once per organisation).
  if (!isCapitalised(before) || !/^\p{L}/u.test(before)) return false;
  if (DATE_WORDS.has(before.toLowerCase())) return false;
  // A nationality right before an association's name is its first word ("the South African" + "Poultry Growers’ Forum").
  const adjacent = spans.find((x) => x.sentence === span.sentence && x.end === span.start);
  if (adjacent && !(adjacent.cls === MISC && isAssociation(span, tokens))) return false;
  let first = span.start;
  const absorbed: TokenSpan[] = [];
  while (first > 1 && isCapitalised(tokens[first - 1]!) && /^\p{L}/u.test(tokens[first - 1]!) && !DATE_WORDS.has(tokens[first - 1]!.toLowerCase())) {
    const other = spans.find((x) => x !== span && x.sentence === span.sentence && x.start < first && x.end === first);
    if (other && other.cls !== MISC) return false;
    if (other) {
      absorbed.push(other);
      first = other.start;
    } else first--;
  }
  // At a sentence's start "The" opens the name only with evidence: a span absorbed, or a members' body ("The Coastal Fishermen's Federation").
  const members = isGroupPossessor(tokens[span.start]!) && (tokens[span.start + 1] === "'s" || tokens[span.start + 1] === '’s');
  if (first === span.start || (tokens[first - 1] !== 'the' && !(tokens[first - 1] === 'The' && (adjacent || members)))) return false;
  for (const other of absorbed) other.end = other.start;
  span.start = first;
  return true;
}

/** Plurals without -s that open a body's name with "'s" ("the Women's Tennis Association", "the Children's Society"). */
const GROUP_POSSESSORS = new Set(['women', 'men', 'children', 'people']);

/** A plural without -s: one of GROUP_POSSESSORS or a trade in -men ("the Coastal Fishermen's Federation", "Seamen's"). */
function isGroupPossessor(word: string): boolean {
  const w = word.toLowerCase();
  return GROUP_POSSESSORS.has(w) || (w.length > 5 && w.endsWith('men'));
}

/**
 * "the Women's Tennis" + "Association": an organisation preceded by
 * capitalised words and a group's possessive ("Women's", "People's") takes
 * them; true when the span grew. Words the model tagged apart are absorbed.
 */
function takeGroupPossessive(span: TokenSpan, tokens: readonly string[], spans: TokenSpan[]): boolean {
  let first = span.start;
  while (first > 0 && isCapitalised(tokens[first - 1]!) && /^\p{L}/u.test(tokens[first - 1]!) && !GROUP_POSSESSORS.has(tokens[first - 1]!.toLowerCase())) first--;
  const mark = tokens[first - 1];
  const group = tokens[first - 2];
  if ((mark !== "'s" && mark !== '’s') || group === undefined || !isGroupPossessor(group) || !isCapitalised(group)) return false;
  first -= 2;
  for (const other of spans) if (other !== span && other.sentence === span.sentence && other.start >= first && other.end <= span.start) other.end = other.start;
  span.start = first;
  return true;
}

/** A name holding a plural possessive ("Poultry Growers’ Forum", "Pilots' Association"): a body of members, named in full. */
function isAssociation(span: TokenSpan, tokens: readonly string[]): boolean {
  for (let k = span.start + 1; k < span.end; k++) if ((tokens[k] === "'" || tokens[k] === '’') && /s$/.test(tokens[k - 1]!)) return true;
  return false;
}

/**
 * "the Geneva Centre" (a place to the model) + "for Conflict Studies", "The
 * Ostrian Chamber" + "of" + "Commerce": a name ending in an institution's
 * head noun, then "for" or "of" and capitalised words, is one organisation.
 */
function institutionOfField(span: TokenSpan, tokens: readonly string[], lower: readonly string[], spans: TokenSpan[]): boolean {
  const head = lower[span.end - 1]!;
  if (!INSTITUTION_HEADS.has(head) && !FIELD_HEADS.has(head)) return false;
  const joiner = tokens[span.end];
  if (joiner !== 'for' && joiner !== 'of') return false;
  let end = span.end + 1;
  while (end < tokens.length && isCapitalised(tokens[end]!) && /^\p{L}/u.test(tokens[end]!)) end++;
  if (end === span.end + 1) return false;
  for (const other of spans) if (other !== span && other.sentence === span.sentence && other.start > span.end && other.end <= end) other.end = other.start;
  span.end = end;
  span.cls = ORG;
  return true;
}

/**
 * "Chelmsford Magistrates" + "’" + "Court": a name ending in a plural, then
 * the plural's apostrophe and an institution's head noun, is one organisation;
 * "St Luke" + "'s" + "Hospital", a saint's building, is one name.
 */
function possessiveInstitution(span: TokenSpan, tokens: readonly string[], spans: TokenSpan[], lexicon: Lexicon): boolean {
  const mark = tokens[span.end];
  const head = tokens[span.end + 1];
  const plural = (mark === "'" || mark === '’') && /s$/.test(tokens[span.end - 1]!);
  // "St Luke" + "'s" + "Hospital": a saint's or founder's name before a building's institution.
  const saint = (mark === "'s" || mark === '’s') && SAINTS.has(tokens[span.start]!.toLowerCase()) && head !== undefined && SAINTS_HEADS.has(head.toLowerCase());
  if ((!plural && !saint) || head === undefined || !isCapitalised(head)) return false;
  if (!saint && !INSTITUTION_HEADS.has(head.toLowerCase()) && !FIELD_HEADS.has(head.toLowerCase()) && !(wordInfo(lexicon, normalizeToken(head)) & FLAG_ORG_SUFFIX)) return false;
  for (const other of spans) if (other !== span && other.sentence === span.sentence && other.start > span.end && other.end <= span.end + 2) other.end = other.start;
  span.end += 2;
  // A saint's hospital or church keeps the model's reading (a place or an organisation, by use).
  if (!saint || span.cls === PER) span.cls = ORG;
  return true;
}

/** Saints' titles that open a building's name ("St Luke's Hospital", "St. Anne's Church"). */
const SAINTS = new Set(['st', 'st.', 'saint']);
/** The institutions a saint's name opens. */
const SAINTS_HEADS = new Set(['hospital', 'church', 'college', 'school', 'cathedral', 'chapel', 'abbey', 'infirmary', 'university']);

/** Heads of research and teaching bodies the model reads as places ("Geneva Centre", "Halden Institute"). */
const FIELD_HEADS = new Set(['centre', 'center', 'institute', 'university', 'college', 'observatory', 'laboratory', 'foundation']);

/** Head nouns of institutions named "<Head> of <Field>" beyond the model's organisation suffixes ("Chamber of Commerce"). */
const INSTITUTION_HEADS = new Set(['chamber', 'academy', 'museum', 'school', 'church', 'house', 'centre', 'center', 'hospital', 'library', 'guild', 'order', 'department', 'ministry', 'office', 'confederation', 'congress']);

/**
 * "The Ostrian Chamber" + "of Commerce": an organisation the model started at
 * "of" or "for" takes the capitalised words before it (its head noun, and a
 * nationality or place word the model tagged apart), up to a determiner.
 */
function takeHeadBeforeOf(span: TokenSpan, tokens: readonly string[], spans: TokenSpan[], lexicon: Lexicon): boolean {
  let of = span.start;
  if (tokens[of] !== 'of' && tokens[of] !== 'for') {
    // "Chamber of" + "Commerce": the model left out the head noun and its "of"; only an institution's head takes it back.
    of = span.start - 1;
    const head = tokens[of - 1];
    if ((tokens[of] !== 'of' && tokens[of] !== 'for') || head === undefined || !isCapitalised(head)) return false;
    if (!INSTITUTION_HEADS.has(head.toLowerCase()) && !(wordInfo(lexicon, normalizeToken(head)) & FLAG_ORG_SUFFIX)) return false;
    // A head inside another organisation ("Bank" of "Harbour Bank" + "of Commerce") is a name of its own.
    if (spans.some((other) => other !== span && other.cls === ORG && other.sentence === span.sentence && other.start < of && other.end >= of)) return false;
  }
  let first = of;
  while (first > 0 && first > of - 4 && isCapitalised(tokens[first - 1]!) && /^\p{L}/u.test(tokens[first - 1]!) && !DETERMINERS.has(tokens[first - 1]!)) first--;
  if (first === of) return false;
  for (const other of spans) {
    if (other !== span && other.sentence === span.sentence && other.start >= first && other.end <= of) other.end = other.start;
  }
  span.start = first;
  return true;
}

/**
 * "the Competition and Markets Authority": an organisation ending in an
 * organisation word, after "and" and a capitalised word that is usually
 * written in lower case (so no name of its own), starts at that word.
 */
function joinUntaggedHalf(span: TokenSpan, tokens: readonly string[], lexicon: Lexicon): boolean {
  if (span.start < 2 || tokens[span.start - 1] !== 'and') return false;
  const first = tokens[span.start - 2]!;
  if (!isCapitalised(first) || !/^\p{L}/u.test(first)) return false;
  if (caseOf(wordInfo(lexicon, normalizeToken(first))) !== CASE_LOWER) return false;
  if (!(wordInfo(lexicon, normalizeToken(tokens[span.end - 1]!)) & FLAG_ORG_SUFFIX)) return false;
  span.start -= 2;
  return true;
}

/**
 * "run by Salvo Terminals": the model tagged the company word alone and left
 * out the capitalised word before it (an ordinary word, "salvo"); that word
 * opens the company's name. Not a determiner, a date word or a word of
 * another name.
 */
/** Kinds of firm that open a sentence before the firm's name ("Operator Valleyline Buses"), no word of it. */
export const FIRM_DESCRIPTORS = new Set(['operator', 'retailer', 'carrier', 'airline', 'insurer', 'lender', 'broadcaster', 'supermarket', 'chipmaker', 'carmaker', 'automaker', 'drugmaker', 'miner', 'developer', 'housebuilder', 'publisher', 'manufacturer', 'supplier', 'distributor', 'exporter', 'importer', 'utility', 'startup', 'start-up', 'regulator', 'watchdog', 'charity', 'brewer', 'grocer']);

function joinWordBeforeCompanyWord(span: TokenSpan, tokens: readonly string[], lowers: readonly string[], spans: TokenSpan[]): boolean {
  // ("The operator, Great Western Railway,": a longer name ending in a company word may have lost its first word too.)
  if (span.end - span.start > 3 || span.start < 1 || !COMPANY_WORDS.has(lowers[span.end - 1]!)) return false;
  const before = tokens[span.start - 1]!;
  if (!isCapitalised(before) || !/^\p{L}+$/u.test(before) || DETERMINERS.has(before) || DATE_WORDS.has(before.toLowerCase()) || FIRM_DESCRIPTORS.has(before.toLowerCase())) return false;
  if (spans.some((x) => x !== span && x.sentence === span.sentence && x.start < span.start && x.end >= span.start)) return false;
  span.start--;
  return true;
}

/** A word with a capital inside it ("MacroPolicy", "BlackRock", "JetBlue"): a brand's spelling, never a common word. */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;

/** An ASCII capital after the first two letters, read by code: the cheap test before CAMEL_CASE. */
function capitalInside(t: string): boolean {
  for (let k = 2; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Surname prefixes that spell a capital inside a person's name ("McDonald", "MacArthur", "DeSantis", "LaGuardia"). */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}/u;

const LOC = 2;

/** Retypes as an organisation the one-word place span at token `i`, if there is one. */
function retypeLonePlace(spans: readonly TokenSpan[], i: number): void {
  for (const span of spans) if (span.start === i && span.end === i + 1 && span.cls === LOC) span.cls = ORG;
}

/**
 * "Shares of rival ShipLoop rose": a word in camel case that the model left
 * untagged names a firm or a brand (a surname spelled so, "McDonald", is
 * left alone), and so does one the model read alone as a place. Returns the new spans.
 */
export function camelCaseNames(spans: readonly TokenSpan[], forms: Forms): TokenSpan[] {
  // The spans by sentence, grouped only when a candidate word is seen (most documents have none).
  let bySentence: Map<number, TokenSpan[]> | undefined;
  const covered = (sentence: number, i: number): boolean => {
    if (!bySentence) {
      bySentence = new Map();
      for (const span of spans) {
        const list = bySentence.get(span.sentence);
        if (list) list.push(span);
        else bySentence.set(span.sentence, [span]);
      }
    }
    return (bySentence.get(sentence) ?? []).some((span) => span.start <= i && i < span.end);
  };
  const out: TokenSpan[] = [];
  const { lower } = documentForms(forms);
  forms.forEach((tokens, sentence) => {
    const lowers = lower[sentence]!;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // An ASCII capital and three letters at least, read by code: most tokens stop here.
      const c = t.charCodeAt(0);
      if (c < 65 || c > 90 || t.length < 3) continue;
      if (t.length >= 5 && capitalInside(t) && CAMEL_CASE.test(t) && !SURNAME_PREFIX.test(t)) {
        if (!covered(sentence, i)) out.push({ sentence, start: i, end: i + 1, cls: ORG });
        // ("MicroStrategy, the largest corporate holder of bitcoin": tagged alone as a place, it is the firm still.)
        else retypeLonePlace(bySentence?.get(sentence) ?? [], i);
        continue;
      }
      // "Network Rail has suspended …": two untagged capitalised words, the second a trade word, are a firm the model missed.
      const next = tokens[i + 1];
      const n = next?.charCodeAt(0) ?? 0;
      if (next === undefined || n < 65 || n > 90 || !COMPANY_WORDS.has(lowers[i + 1]!)) continue;
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(t) || NOT_A_NAME_START.has(lowers[i]!) || (tokens[i + 2] !== undefined && isCapitalised(tokens[i + 2]!))) continue;
      if (covered(sentence, i) || covered(sentence, i + 1)) continue;
      out.push({ sentence, start: i, end: i + 2, cls: ORG });
      i++;
    }
  });
  return out;
}

/** Capitalised words that open a sentence or a phrase and start no firm's name ("The Energy …", "On Monday"). */
const NOT_A_NAME_START = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'and', 'but', 'or', 'as', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'all', 'new', 'local', 'state', 'national', 'global', 'public', 'private', 'renewable', 'clean']);

/**
 * "founder of MacroPolicy Perspectives": the model, never having seen the
 * brand-spelled word, tags the name from the word after it. An untagged
 * word in camel case right before an organisation opens its name.
 */
function joinCamelCaseWord(span: TokenSpan, tokens: readonly string[], startingAt: (sentence: number, i: number) => TokenSpan | undefined): boolean {
  const before = tokens[span.start - 1];
  if (before === undefined || !CAMEL_CASE.test(before)) return false;
  // A name ending right there (tagged apart) is left as the model had it.
  for (let k = span.start - 1; k >= Math.max(0, span.start - 6); k--) {
    const other = startingAt(span.sentence, k);
    if (other && other !== span && other.end > span.start - 1) return false;
  }
  span.start -= 1;
  return true;
}

/**
 * "Helix Silicon cut prices", "Halden Digital said …": a "person" of two words or more whose last word is a trade
 * word is the firm ("Harrison Ford" ends in no trade word; "Bill Gates" neither).
 */
export function firmsByLastWord(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const { normal } = documentForms(forms);
  for (const s of spans) {
    if (s.cls !== PER || s.end - s.start < 2) continue;
    const last = normal[s.sentence]![s.end - 1]!.toLowerCase();
    if (COMPANY_WORDS.has(last) || CORPORATE_SUFFIXES.has(last)) s.cls = ORG;
  }
  return spans;
}

/** Heads of a body's name that a nationality word before them belongs to ("Norwegian Cabin Crew Association"). */
const NATIONAL_BODY_HEADS = new Set(['association', 'company', 'corporation', 'ltd', 'plc', 'inc', 'forces', 'force', 'party', 'union', 'federation', 'council', 'airlines', 'airways', 'railways', 'institute', 'society', 'agency', 'authority', 'service', 'commission', 'board', 'congress', 'chamber', 'confederation', 'guild', 'academy', 'foundation', 'trust', 'network', 'group']);

/**
 * "the Norwegian Cabin Crew Association", "Nigerian National Petroleum Company Ltd": a nationality word right before
 * a body's name closed by a head noun is the first word of that name, as "British Airways" is.
 */
export function nationalBodies(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const { normal } = documentForms(forms);
  for (let k = 0; k + 1 < spans.length; k++) {
    const misc = spans[k]!;
    const body = spans[k + 1]!;
    if (misc.cls !== MISC || misc.end - misc.start !== 1 || body.cls !== ORG || body.sentence !== misc.sentence || body.start !== misc.end) continue;
    if (!NATIONAL_BODY_HEADS.has(normal[body.sentence]![body.end - 1]!.toLowerCase())) continue;
    body.start = misc.start;
    misc.end = misc.start;
  }
  return spans.filter((s) => s.end > s.start);
}

/** Heads of a body whose "of" and place are part of its name ("Bank of England", "University of Oxford", "Royal Bank of Scotland"). */
const OF_PLACE_HEADS = new Set(['administration', 'observatory', 'directorate', 'secretariat', 'inspectorate', 'tribunal', 'police', 'guard', 'forces', 'army', 'navy', 'agency', 'service', 'bureau', 'news', 'institution', 'foundation', 'trust', 'network', 'centre', 'center', 'bank', 'university', 'college', 'institute', 'museum', 'church', 'council', 'department', 'ministry', 'government', 'republic', 'kingdom', 'federation', 'association', 'society', 'academy', 'school', 'hospital', 'court', 'parliament', 'assembly', 'city', 'county', 'state', 'port', 'diocese', 'archdiocese', 'province', 'region', 'office', 'board', 'commission', 'authority', 'library', 'orchestra', 'theatre', 'theater', 'opera', 'zoo', 'club', 'chamber', 'house', 'people', 'party', 'union', 'league', 'corporation', 'company', 'district', 'borough', 'mayor', 'duke', 'duchess', 'prince', 'princess', 'earl', 'queen', 'king', 'emir', 'sultan', 'lord', 'lady', 'order', 'knights', 'sisters', 'brothers', 'friends', 'daughters', 'sons']);

/**
 * "published by Varnell Music of New York", "Vila Marinha of Portugal": a firm of two words or more, then "of" and a
 * known country or city, is the firm and a place; a body whose head takes its place in its name ("Royal Bank of
 * Scotland", "University of Oxford") stays whole.
 */
export function firmOfPlace(spans: TokenSpan[], forms: Forms, isPlace: (form: string) => boolean): TokenSpan[] {
  const { normal } = documentForms(forms);
  const added: TokenSpan[] = [];
  for (const s of spans) {
    if (s.cls !== ORG || s.end - s.start < 4) continue;
    const tokens = normal[s.sentence]!;
    const of = tokens.indexOf('of', s.start);
    if (of < s.start + 2 || of >= s.end - 1) continue;
    // (A place is a short run of capitalised words: "Refugees and Democracy in Rwanda" is no place.)
    if (s.end - of - 1 > 3 || tokens.slice(of + 1, s.end).some((w) => !/^\p{Lu}/u.test(w))) continue;
    const place = tokens.slice(of + 1, s.end).join(' ');
    // (A place of several words is known by its last: "New York".)
    if (!(isPlace(place) || isPlace(tokens[s.end - 1]!)) || OF_PLACE_HEADS.has(tokens[of - 1]!.toLowerCase())) continue;
    added.push({ sentence: s.sentence, start: of + 1, end: s.end, cls: LOC });
    s.end = of;
  }
  if (added.length === 0) return spans;
  return [...spans, ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/**
 * "the opposition Jan Shakti Morcha (JSM)": a name given its initials in brackets is a body, never a person, and so is
 * every mention of the initials ("the JSM leader"), whatever the model read in the unfamiliar words.
 */
export function initialledBodies(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const { normal } = documentForms(forms);
  const initials = new Set<string>();
  for (const s of spans) {
    if (s.cls !== PER || s.end - s.start < 2) continue;
    const tokens = normal[s.sentence]!;
    const abbreviation = tokens[s.end + 1] ?? '';
    if (tokens[s.end] !== '(' || tokens[s.end + 2] !== ')' || !/^\p{Lu}{2,6}$/u.test(abbreviation)) continue;
    const letters = tokens.slice(s.start, s.end).map((w) => w[0]).join('').toUpperCase();
    if (letters !== abbreviation) continue;
    s.cls = ORG;
    initials.add(abbreviation);
  }
  if (initials.size === 0) return spans;
  for (const s of spans) if (s.end - s.start === 1 && initials.has(normal[s.sentence]![s.start]!)) s.cls = ORG;
  return spans;
}
