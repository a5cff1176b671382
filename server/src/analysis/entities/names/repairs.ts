// Small span repairs after decoding, each for a pattern the CoNLL-trained
// model gets wrong on modern text:
// - a plural possessive inside an organisation name ("Poultry Growers’
//   Forum") left the model starting a name at the apostrophe: the name is
//   extended back over the capitalised words before it;
// - a two-word "organisation" that is a known given name plus a word never
//   seen in an organisation name ("Ivo Brandt") is a person;
// - a "person" whose last word the training text has in organisation names
//   and never in a person's ("Brenn Rovers", "Halden United", "Brenn Radio"),
//   and whose first word is no common given name, is an organisation;
// - a party-and-state label ("D-Ohio") and a time zone after a clock time
//   ("5:00 p.m. Eastern Time") are dropped;
// - a name the model started at a lower-case particle ("de Mindelo") takes
//   the capitalised word before it ("Águas de Mindelo"): a person after a
//   given name, a place after a known town, else an organisation;
// - two organisations joined by "and" at two common nouns ("Essex County Fire
//   and Rescue Service") are one;
// - company names the model splits or takes for people (companies.ts);
// - bodies named by a list of fields ("Ministry of Trade, Industry and
//   Energy", "Rail, Tram and Bus Union"; fieldLists.ts).
import { CORPORATE_SUFFIXES } from '../../actors/lexicon';
import { genderOfGivenName } from '../../actors/learn';
import { MONTHS } from '../patterns/calendar';
import type { TokenSpan } from './decoder';
import { CASE_LOWER, FLAG_CITY, FLAG_COUNTRY, FLAG_GIVEN, FLAG_ORG_SUFFIX, FLAG_TITLE, caseOf, shareOf, wordInfo, type Lexicon } from './lexicon';
import { joinSpelledNames } from './acronyms';
import { GEO_HEADS } from './geography';
import { FIRM_DESCRIPTORS, camelCaseNames, repairCompanyNames } from './companies';
import { repairFieldLists } from './fieldLists';
import { SHORT_TITLES } from './titles';
import { isCapitalised, normalizeToken } from './normalize';

const PER = 0;
const ORG = 1;
const LOC = 2;
/** Lower-case particles inside names ("Águas de Mindelo", "Banco do Brasil", "Ludwig van Beethoven"). */
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'van', 'von', 'du', 'des', 'la', 'le']);

/** Particles inside Romance-language names of organisations, and the articles that may follow them ("Banco de la Nación"). */
const ROMANCE_PARTICLES = new Set(['de', 'del', 'della', 'degli', 'do', 'da', 'dos', 'das', 'des', 'du', 'di']);
const ROMANCE_ARTICLES = new Set(['la', 'las', 'los', 'el', 'le', 'les', 'lo']);

/** Verbs whose agent after "by" is a person more often than a body ("led by", "headed by"). */
const LEADING_VERBS = new Set(['led', 'headed', 'chaired', 'founded', 'fronted', 'coached', 'captained']);
/** Diseases the model reads as names ("Hepatitis D", "Covid-19"). */
// (Not "Alzheimer" or "Parkinson": "Alzheimer's Society", "Parkinson's UK" are bodies the model may split at "'s".)
const DISEASES = new Set(['Hepatitis', 'Covid', 'Covid-19', 'COVID-19', 'COVID', 'Mpox', 'Ebola', 'Zika']);
/** Heads of a stock index's name ("Industrial Average", "Composite"). */
const INDEX_HEADS = new Set(['Average', 'Index', 'Composite']);

/** Fields of public services named before their place ("Police Scotland", "Transport for London", "Health Canada"). */
const SERVICE_FIELDS = new Set(['Police', 'Transport', 'Health', 'Sport', 'Revenue', 'Visit', 'Historic', 'Education', 'Skills', 'Network', 'Statistics', 'Environment', 'Ambulance', 'Fire']);

/** Empties every span of `span`'s sentence lying within tokens [from, to): the words `span` is about to take in. */
function emptyWithin(spans: TokenSpan[], span: TokenSpan, from: number, to: number): void {
  for (const other of spans) if (other !== span && other.sentence === span.sentence && other.start >= from && other.end <= to) other.end = other.start;
}

/** Office holders whose office is named after them ("the County Sheriff's Office", "the Attorney General's Office"). */
const OFFICE_HOLDERS = new Set(['Sheriff', 'Commissioner', 'Coroner', 'Ombudsman', 'General', 'Prosecutor', 'Marshal', 'Auditor', 'Comptroller', 'Treasurer', 'Clerk', 'Registrar', 'Assessor']);
/** Nouns of the housing market after "House" ("House prices", "House sales"). */
const HOUSING_NOUNS = new Set(['prices', 'price', 'sales', 'builders', 'building', 'values', 'purchases', 'hunters', 'hunting', 'moves', 'repossessions']);

/** Head nouns that make a name a body's, whatever place words it holds. */
const BODY_HEADS = new Set(['Registry', 'Agency', 'Authority', 'Commission', 'Ministry', 'Department', 'Bureau', 'Tribunal', 'Inspectorate', 'Ombudsman', 'Directorate', 'Secretariat', 'Council', 'Commissioner', 'Guard']);
/** Kinds of law court ("High Court", "Crown Court"): a court of these is the body that rules, no building. */
const COURT_KINDS = new Set(['High', 'Supreme', 'Crown', 'District', 'Federal', 'Constitutional', 'Appeals', 'Appellate', 'Family', 'Magistrates', "Magistrates'", 'Criminal', 'Circuit', 'Superior', 'County', 'Sheriff', 'Coroner', "Coroner's", 'Juvenile', 'Youth']);

/** Verbs of speaking right after a name: only a person or a body speaks, and a given name says which. */
const SPEAKS_AFTER = new Set(['said', 'says', 'told', 'tells', 'added', 'argued', 'admitted', 'denied', 'pleaded', 'wrote']);

/** True when the words after a name ending at `end` say a person: a verb of speaking, or an age in commas (", 52,"). */
function personContext(tokens: readonly string[], end: number): boolean {
  return SPEAKS_AFTER.has(tokens[end] ?? '') || (tokens[end] === ',' && /^\d{1,3}$/.test(tokens[end + 1] ?? '') && (tokens[end + 2] === ',' || tokens[end + 2] === '.'));
}

/** Generic heads of public bodies the model tags without the words that name them ("Office", "Government"). */
const GENERIC_HEADS = new Set(['office', 'government', 'administration', 'department', 'ministry', 'agency', 'authority', 'executive']);

/** Head words an organisation's name ends in that say nothing alone ("Infirmary", "International"). */
const BACK_HEADS = new Set(['infirmary', 'international', 'internationale', 'foundation', 'institute', 'institution', 'trust', 'society', 'federation', 'confederation', 'association', 'alliance', 'coalition', 'commission']);

type Forms = readonly (readonly string[])[];
/** shareOf() bucket from which a first word is a common given name ("Daniel", "Erik"): the span stays a person. */
const COMMON_GIVEN_SHARE = 2;
const DETERMINERS = new Set(['The', 'A', 'An', 'THE']);
/** "D-Ohio", "R-Tenn.", "I-Vt.": a US legislator's party and state after the name. */
const PARTY_STATE = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

/** A company's legal suffix, or a word that closes a group's name ("Dow Chemical Co", "Halvard Robotics, Inc.", "Vela Holdings"). */
function legalSuffix(token: string): boolean {
  const w = token.replace(/\./g, '').toLowerCase();
  return CORPORATE_SUFFIXES.has(w) || w === 'group' || w === 'holdings';
}

/** Words a clock time ends with before its zone ("5:00 p.m. Eastern Time", "11 am British Summer Time"). */
const CLOCK_ENDS = /^(?:a\.?m\.?|p\.?m\.?|\d{1,2}(?:[:.]\d{2})?|noon|midnight)$/i;

/** "… at 5:00 p.m. Eastern Time": a zone name after a clock time (its last word "Time") is part of the time, no name. */
function timeZoneAfterClock(tokens: readonly string[], span: TokenSpan): boolean {
  return tokens[span.end - 1] === 'Time' && CLOCK_ENDS.test(tokens[span.start - 1] ?? '');
}

/** Applies the repairs; spans swallowed by an extended one are dropped. */
export function repairSpans(spans: TokenSpan[], forms: Forms, lexicon: Lexicon): TokenSpan[] {
  let extended = false;
  for (const span of spans) {
    const tokens = forms[span.sentence];
    if (span.end - span.start >= 2 && PARTICLES.has(tokens[span.start]) && span.start > 0 && isCapitalised(tokens[span.start - 1]) && /^\p{L}/u.test(tokens[span.start - 1])) {
      const info = wordInfo(lexicon, normalizeToken(tokens[span.start - 1]));
      // ("Rubén" + "del Campo", the surname the model read as a person's: a word it does not list as a given name
      // before a person's particle and surname is one all the same.)
      const person = span.cls === PER && !(info & (FLAG_CITY | FLAG_COUNTRY));
      span.start--;
      span.cls = info & FLAG_GIVEN || person ? PER : info & (FLAG_CITY | FLAG_COUNTRY) ? LOC : ORG;
      extended = true;
    }
    if (normalizeToken(tokens[span.start]) === "'" && span.end - span.start > 1) {
      let start = span.start;
      while (start > 0 && isCapitalised(tokens[start - 1]) && /^\p{L}/u.test(tokens[start - 1]) && !DETERMINERS.has(tokens[start - 1])) {
        start--;
      }
      span.start = start < span.start ? start : span.start + 1;
      if (start < span.start) span.cls = ORG;
      extended = true;
    }
    if (span.cls === PER && span.end - span.start >= 2) {
      const first = wordInfo(lexicon, normalizeToken(tokens[span.start]));
      const last = wordInfo(lexicon, normalizeToken(tokens[span.end - 1]));
      // ("Harriet Moss": a known given name before a surname the training text has in a firm's name stays a person.)
      // (Only a name a gendered list knows that speaks or is aged: "Reynard Honda", "Lola Honda" in a results table are cars.)
      const givenFirst = (first & FLAG_GIVEN) !== 0 && !(last & FLAG_ORG_SUFFIX) && span.end - span.start === 2 && genderOfGivenName(tokens[span.start]!.toLowerCase()) !== undefined && personContext(tokens, span.end);
      if (shareOf(last, PER) === 0 && (shareOf(last, ORG) > 0 || last & FLAG_ORG_SUFFIX) && shareOf(first, PER) < COMMON_GIVEN_SHARE && !givenFirst) span.cls = ORG;
    }
    // "The Hospital Doctors' Union": a body of members, named with a plural possessive, is no place.
    if (span.cls === LOC && span.end - span.start >= 3 && pluralPossessiveInside(tokens, span)) {
      const last = wordInfo(lexicon, normalizeToken(tokens[span.end - 1]));
      if (shareOf(last, ORG) > 0 || last & FLAG_ORG_SUFFIX) span.cls = ORG;
    }
    // "Ben Carson: Clinton not fit to serve": a headline's speaker label the model reads as a place ("LONDON:"); a
    // common given name opening it makes it a person.
    if (span.cls === LOC && span.end - span.start === 2 && tokens[span.end] === ':' && titlesOnlyBefore(tokens, span.start, lexicon)) {
      // ("Alice Springs:", "Victoria Falls:" end on a word of geography and stay places.)
      if (wordInfo(lexicon, normalizeToken(tokens[span.start])) & FLAG_GIVEN && !GEO_HEADS.has(tokens[span.start + 1].toLowerCase())) span.cls = PER;
    }
    // "Thandiwe Mokoena met …": the model leaves out an unseen given name opening the sentence.
    // ("Victoria Beckham visited …": the model may have made the given name a place of its own; the person takes it.)
    // ("King Charles III to visit …": a title opening the sentence stays out, though "King" is a given name too.)
    if (span.cls === PER && span.start === 1 && span.end - span.start <= 2 && openingGivenName(tokens[0], lexicon) && !(wordInfo(lexicon, normalizeToken(tokens[0])) & FLAG_TITLE) && !SHORT_TITLES.has(tokens[0])) {
      span.start = 0;
      for (const other of spans) if (other !== span && other.sentence === span.sentence && other.start === 0 && other.end === 1) other.end = other.start;
      extended = true;
    }
    // "Justice Adebola Okonkwo-Bello": a double-barrelled surname right after a person's name is the rest of it.
    // ("Bill After Two-Year Fight": a part the training text writes in lower case, "two" or "year", is no surname's.)
    if (span.cls === PER && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(tokens[span.end] ?? '') && !tokens[span.end]!.split('-').some((part) => caseOf(wordInfo(lexicon, part)) === CASE_LOWER) && !spans.some((o) => o !== span && o.sentence === span.sentence && o.start === span.end)) {
      span.end++;
      extended = true;
    }
    // "São Vicente", "São Tomé": Portuguese "São" (Saint) opens places and their clubs, never a person's name; its
    // accent folded away, the given name after it ("Vicente") had made the model read one.
    if (span.cls === PER && span.end - span.start >= 2 && (tokens[span.start] === 'São' || tokens[span.start] === 'Sao')) span.cls = LOC;
    if (span.cls === ORG && span.end - span.start === 2) {
      const first = wordInfo(lexicon, normalizeToken(tokens[span.start]));
      const last = wordInfo(lexicon, normalizeToken(tokens[span.start + 1]));
      if (first & FLAG_GIVEN && !(last & FLAG_ORG_SUFFIX) && shareOf(last, ORG) === 0 && shareOf(first, ORG) === 0) {
        span.cls = PER;
      }
    }
  }
  // "Leeds" + "General" + "Infirmary", "Transparency" + "International": an organisation's head word the model tagged
  // alone takes the capitalised words right before it, tagged or not, as the rest of its name.
  for (const span of spans) {
    const tokens = forms[span.sentence];
    if (span.cls !== ORG || span.end - span.start !== 1 || !BACK_HEADS.has(tokens[span.start]!.toLowerCase())) continue;
    let start = span.start;
    while (start > 0 && span.start - start < 4 && isCapitalised(tokens[start - 1]) && /^\p{Lu}\p{Ll}/u.test(tokens[start - 1]) && !DETERMINERS.has(tokens[start - 1])) start--;
    if (start === span.start) continue;
    emptyWithin(spans, span, start, span.start);
    span.start = start;
    extended = true;
  }
  spans = spans.filter((span) => span.end > span.start);
  // A name has a capitalised word: a lone "for" or "of" is a decoding slip.
  // A party-and-state label ("(D-Ohio)", "R-Tenn.") is no name of its own.
  spans = spans.filter((span) => {
    const tokens = forms[span.sentence];
    if (span.end - span.start === 1 && PARTY_STATE.test(tokens[span.start])) return false;
    if (timeZoneAfterClock(tokens, span)) return false;
    for (let i = span.start; i < span.end; i++) if (isCapitalised(tokens[i]) || /^\d/.test(tokens[i])) return true;
    return false;
  });
  // "Aurelian Institute" + "for Space Science": an organisation ending in an
  // organisation word goes on over "of"/"for" (and "the": "University of the
  // West Indies") and the capitalised words after it. The model may have ended
  // the name on its joiner ("University of").
  for (const span of spans) {
    if (span.cls !== ORG) continue;
    const tokens = forms[span.sentence];
    const dangling = span.end - span.start >= 2 && (tokens[span.end - 1] === 'of' || tokens[span.end - 1] === 'for');
    const headEnd = dangling ? span.end - 1 : span.end;
    const last = wordInfo(lexicon, normalizeToken(tokens[headEnd - 1]));
    const joiner = tokens[headEnd];
    if (!(last & FLAG_ORG_SUFFIX) || (joiner !== 'of' && joiner !== 'for')) continue;
    let start = headEnd + 1;
    // "Dow Chemical Co of the United States": after a company's legal suffix, "of the" names where it is based.
    if (tokens[start] === 'the' && isCapitalised(tokens[start + 1] ?? '') && !legalSuffix(normalizeToken(tokens[headEnd - 1]))) start++;
    // ("Committee for a Balanced Budget", "Coalition for a Fair Economy": "for a" and a capitalised cause.)
    else if (joiner === 'for' && (tokens[start] === 'a' || tokens[start] === 'an') && isCapitalised(tokens[start + 1] ?? '')) start++;
    const throughThe = start > headEnd + 1;
    let end = start;
    while (end < tokens.length && isCapitalised(tokens[end]) && /^\p{L}/u.test(tokens[end])) {
      end++;
      // "Institute for the Study of War": after "the", one more "of" and its capitalised words
      // ("International Council for the Exploration of the Sea": with its own "the" too).
      if (throughThe && tokens[end] === 'of' && isCapitalised(tokens[end + 1] ?? '')) end++;
      else if (throughThe && tokens[end] === 'of' && tokens[end + 1] === 'the' && isCapitalised(tokens[end + 2] ?? '')) end += 2;
    }
    if (end > start) {
      span.end = end;
      extended = true;
    }
  }
  // "Sindicato Unificado de Trabajadores" + "del Cobre", "Universidad Nacional" + "de México": an organisation's name
  // in a Romance language goes on over its particle (and article) and the capitalised words after it.
  for (const span of spans) {
    const tokens = forms[span.sentence];
    if (span.cls !== ORG || span.end - span.start < 2 || !ROMANCE_PARTICLES.has(tokens[span.end] ?? '')) continue;
    let end = span.end + 1;
    if (ROMANCE_ARTICLES.has(tokens[end] ?? '')) end++;
    const start = end;
    while (end < tokens.length && end - start < 4 && isCapitalised(tokens[end]) && /^\p{L}/u.test(tokens[end])) end++;
    if (end > start) {
      emptyWithin(spans, span, span.end, end);
      span.end = end;
      extended = true;
    }
  }
  // "US Food" + "and" + "Drug Administration", "Information Commissioner 's" + "Office", "Scottish" + "Government": a
  // body's generic head the model tagged alone or with a word takes the capitalised words, the possessive and the
  // "and" before it, and the miscellany the model read there.
  for (const span of spans) {
    const tokens = forms[span.sentence];
    if (span.cls !== ORG || span.end === span.start || !GENERIC_HEADS.has(tokens[span.end - 1]!.toLowerCase())) continue;
    let start = span.start;
    for (;;) {
      const prev = tokens[start - 1] ?? '';
      const owner = spans.find((o) => o !== span && o.sentence === span.sentence && o.end === start && o.end > o.start);
      if (owner && owner.cls === MISC) start = owner.start;
      else if (!owner && /^\p{Lu}\p{Ll}+$/u.test(prev) && !DETERMINERS.has(prev) && start - 1 > 0) start--;
      else if ((prev === "'s" || prev === '’s') && /^\p{Lu}\p{Ll}+$/u.test(tokens[start - 2] ?? '') && !spans.some((o) => o.sentence === span.sentence && o.start <= start - 2 && start - 2 < o.end)) start -= 2;
      // ("The Tillman County Sheriff" + "'s" + "Office": an office holder's office, the holder read as a place.)
      else if ((prev === "'s" || prev === '’s') && OFFICE_HOLDERS.has(tokens[start - 2] ?? '')) {
        const holder = spans.find((o) => o.sentence === span.sentence && o.end === start - 1 && o.end > o.start);
        if (!holder) break;
        start = holder.start;
        holder.end = holder.start;
      }
      else if (prev === 'and' && start - span.start > -6 && (/^\p{Lu}/u.test(tokens[start - 2] ?? '')) && spans.some((o) => o !== span && o.sentence === span.sentence && o.end === start - 1 && o.cls === MISC)) start--;
      else break;
      if (span.start - start > 6) break;
    }
    if (start === span.start) continue;
    emptyWithin(spans, span, start, span.start);
    span.start = start;
    extended = true;
  }
  spans = spans.filter((span) => span.end > span.start);
  // "Police Scotland", "Transport for London", "Health Canada": a public service named by its field and its place; the
  // model read the place alone.
  for (const span of spans) {
    const tokens = forms[span.sentence];
    // ("Transport for NSW": a state's abbreviation the model may have read as a body.)
    const abbreviation = span.cls === ORG && span.end - span.start === 1 && /^[A-Z]{2,4}$/.test(tokens[span.start]!) && tokens[span.start - 1] === 'for';
    if ((span.cls !== LOC && !abbreviation) || span.end - span.start > 2) continue;
    const before = tokens[span.start - 1] ?? '';
    const field = SERVICE_FIELDS.has(before) && !spans.some((o) => o.sentence === span.sentence && o.start <= span.start - 1 && span.start - 1 < o.end) ? span.start - 1 : -1;
    const forField = before === 'for' && SERVICE_FIELDS.has(tokens[span.start - 2] ?? '') ? span.start - 2 : -1;
    const start = forField >= 0 ? forField : field;
    if (start < 0) continue;
    span.start = start;
    span.cls = ORG;
    extended = true;
  }
  for (const span of spans) {
    const tokens = forms[span.sentence];
    if (span.end === span.start) continue;
    // "led by Raila Odinga": two or three unknown capitalised words after "led by" name a person, unless a word of
    // them is an organisation's ("led by Goldman Sachs").
    if (span.cls === ORG && span.end - span.start >= 2 && span.end - span.start <= 3 && LEADING_VERBS.has(tokens[span.start - 2] ?? '') && tokens[span.start - 1] === 'by') {
      let organisational = false;
      for (let k = span.start; k < span.end; k++) {
        const info = wordInfo(lexicon, normalizeToken(tokens[k]!));
        if (shareOf(info, ORG) > 0 || info & FLAG_ORG_SUFFIX || info & (FLAG_CITY | FLAG_COUNTRY) || !/^\p{Lu}\p{Ll}+$/u.test(tokens[k]!)) organisational = true;
      }
      if (!organisational) span.cls = PER;
    }
    // "Labour's Sunita Rao": after a body's possessive, a given name a gendered list knows opens a person's name.
    if (span.cls === ORG && span.end - span.start >= 2 && span.end - span.start <= 3 && /^['’]s$/.test(tokens[span.start - 1] ?? '') && genderOfGivenName(tokens[span.start]!.toLowerCase()) !== undefined && !(wordInfo(lexicon, normalizeToken(tokens[span.end - 1]!)) & FLAG_ORG_SUFFIX)) span.cls = PER;
    // ", UNRWA, said …": an acronym the training text has never had as a place, that speaks, is a body.
    if (span.cls === LOC && span.end - span.start === 1 && /^[A-Z]{3,7}$/.test(tokens[span.start]!) && shareOf(wordInfo(lexicon, normalizeToken(tokens[span.start]!)), LOC) < 3 && (SPEAKS_AFTER.has(tokens[span.end] ?? '') || (tokens[span.end] === ',' && SPEAKS_AFTER.has(tokens[span.end + 1] ?? '')))) span.cls = ORG;
    // "House prices fell 2%": the housing market's "house", capitalised at the start, before its market noun.
    if (span.end - span.start === 1 && tokens[span.start] === 'House' && HOUSING_NOUNS.has(tokens[span.end] ?? '')) span.end = span.start;
    // "the Land Registry", "Northmoor Health Authority": a name ending in a body's head noun is that body, no place.
    if (span.cls === LOC && span.end - span.start >= 2 && BODY_HEADS.has(tokens[span.end - 1]!)) span.cls = ORG;
    if (span.cls === LOC && span.end - span.start >= 2 && tokens[span.end - 1] === 'Court' && COURT_KINDS.has(tokens[span.end - 2]!)) span.cls = ORG;
    // "Operator Valleyline Buses said …", "Retailer Halden Foods …": a kind of firm opening the sentence describes the
    // name after it, as a title does a person's.
    if (span.cls === ORG && span.start === 0 && span.end - span.start >= 3 && FIRM_DESCRIPTORS.has(tokens[0]!.toLowerCase())) span.start++;
    // "Hepatitis D", "Covid-19": a disease is no name of a body or a person.
    if (DISEASES.has(tokens[span.start]!) && (span.end - span.start === 1 || (span.end - span.start === 2 && /^(?:[A-Z]|\d+)$/.test(tokens[span.start + 1]!)))) span.end = span.start;
    // "the Dow Jones Industrial Average", "the Nasdaq Composite": an index is a work, its head no organisation.
    if (span.cls === ORG && span.end - span.start === 1 && INDEX_HEADS.has(tokens[span.start]!) && /^\p{Lu}/u.test(tokens[span.start - 1] ?? '')) span.cls = MISC;
  }
  spans = spans.filter((span) => span.end > span.start);
  // "Partido" + "dos" + "Trabalhadores": an organisation after a Romance particle takes the name before it, which the
  // model may have typed otherwise or left untagged.
  for (const span of spans) {
    const tokens = forms[span.sentence];
    if (span.cls !== ORG || span.end === span.start || span.start < 2 || !ROMANCE_PARTICLES.has(tokens[span.start - 1] ?? '')) continue;
    let start = span.start - 1;
    while (start > 0 && span.start - 1 - start < 3 && isCapitalised(tokens[start - 1]) && /^\p{Lu}\p{Ll}/u.test(tokens[start - 1]) && !DETERMINERS.has(tokens[start - 1])) start--;
    if (start === span.start - 1) continue;
    emptyWithin(spans, span, start, span.start - 1);
    span.start = start;
    extended = true;
  }
  spans = spans.filter((span) => span.end > span.start);
  if (repairFieldLists(spans, forms, lexicon)) {
    spans = spans.filter((span) => span.end > span.start);
    extended = true;
  }
  if (joinAndHalves(spans, forms, lexicon)) {
    spans = spans.filter((span) => span.end > span.start);
    extended = true;
  }
  if (repairCompanyNames(spans, forms, lexicon)) {
    spans = spans.filter((span) => span.end > span.start);
    extended = true;
  }
  const spelled = joinSpelledNames(spans, forms);
  if (spelled) {
    spans = spans.filter((span) => span.end > span.start).concat(spelled);
    extended = true;
  }
  if (joinParticleNames(spans, forms)) {
    spans = spans.filter((span) => span.end > span.start);
    extended = true;
  }
  if (placesBeforePlaceNouns(spans, forms)) extended = true;
  if (membersOfNames(spans, forms)) extended = true;
  if (numberedLocals(spans, forms)) extended = true;
  if (joinOpeningCapitals(spans, forms)) extended = true;
  const camel = camelCaseNames(spans, forms);
  if (camel.length) {
    spans = spans.concat(camel);
    extended = true;
  }
  if (joinLegalSuffixes(spans, forms)) {
    spans = spans.filter((span) => span.end > span.start);
    extended = true;
  }
  if (joinAwardNames(spans, forms)) {
    spans = spans.filter((span) => span.end > span.start);
    extended = true;
  }
  if (!extended) return spans;
  const kept: TokenSpan[] = [];
  const ordered = spans.slice().sort((a, b) => a.sentence - b.sentence || a.start - b.start || b.end - a.end);
  for (const span of ordered) {
    const last = kept[kept.length - 1];
    if (last && last.sentence === span.sentence && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

/**
 * "Essex County Fire" + "and" + "Rescue Service": two halves of one
 * organisation joined by "and" at two common nouns become one span (the second
 * is emptied, for the caller to drop). Only the second half closes like an
 * organisation ("… Service"): a first half that does is a name of its own
 * ("Banc One and First Chicago"). True when a span was joined.
 */
function joinAndHalves(spans: TokenSpan[], forms: Forms, lexicon: Lexicon): boolean {
  let joined = false;
  const byPosition = spans.slice().sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  const info = (w: string): number => wordInfo(lexicon, normalizeToken(w));
  const lowerCase = (w: string): boolean => caseOf(info(w)) === CASE_LOWER;
  const suffix = (w: string): boolean => (info(w) & FLAG_ORG_SUFFIX) !== 0;
  for (let k = 0; k + 1 < byPosition.length; k++) {
    const a = byPosition[k];
    const b = byPosition[k + 1];
    if (a.sentence !== b.sentence || a.cls !== ORG || b.cls !== ORG || b.start !== a.end + 1) continue;
    const tokens = forms[a.sentence];
    if (tokens[a.end] !== 'and' || !lowerCase(tokens[a.end - 1]) || !lowerCase(tokens[b.start])) continue;
    if (!suffix(tokens[b.end - 1]) || suffix(tokens[a.end - 1])) continue;
    a.end = b.end;
    b.end = b.start;
    joined = true;
  }
  // "Devon and Cornwall Police", "Avon and Somerset Constabulary": a one-word name (a place, or what the model made
  // of it) and a place's service joined by "and" are one force, named after both places.
  for (let k = 0; k + 1 < byPosition.length; k++) {
    const a = byPosition[k];
    const b = byPosition[k + 1];
    if (a.sentence !== b.sentence || a.end === a.start || b.cls !== ORG || b.start !== a.end + 1 || a.end - a.start !== 1 || b.end - b.start !== 2) continue;
    const tokens = forms[a.sentence];
    if (tokens[a.end] !== 'and' || !SHARED_SERVICES.has(tokens[b.end - 1]!.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(tokens[a.start]!)) continue;
    a.end = b.end;
    a.cls = ORG;
    b.end = b.start;
    joined = true;
  }
  return joined;
}

/** Services two places share under one name ("Devon and Cornwall Police", "Avon and Somerset Constabulary"). */
const SHARED_SERVICES = new Set(['police', 'constabulary', 'council', 'fire', 'ambulance', 'trust', 'authority', 'board', 'service', 'railway', 'railways']);

/** Particles that join two parts of one person's name ("Ana Lúcia da Costa", "Khalid bin Rashid Al Nuaimi"). */
const JOINING_PARTICLES = new Set([...PARTICLES, 'bin', 'bint', 'ibn', 'ben', 'al', 'el', 'der', 'den']);

/** Two person spans with a lower-case particle between them are one name; true when spans were joined. */
/** Particles of descent in Arabic names ("bin", "ibn"): only a person's name holds them. */
const PATRONYMS = new Set(['bin', 'bint', 'ibn']);

function joinParticleNames(spans: TokenSpan[], forms: Forms): boolean {
  let joined = false;
  const byPosition = spans.slice().sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  for (let k = 0; k + 1 < byPosition.length; k++) {
    const a = byPosition[k];
    const b = byPosition[k + 1];
    // The part after the particle may look like a place ("da Costa"): after a person's given names it is the surname.
    // ("Hamad" + "bin" + "Ali Al Kuwari": before "bin", "bint" or "ibn" and a person, one word the model typed otherwise
    // is the person's given name.)
    const patronym = PATRONYMS.has(forms[a.sentence][a.end] ?? '') && b.cls === PER && a.end - a.start === 1;
    if (a.sentence !== b.sentence || (a.cls !== PER && !patronym) || (b.cls !== PER && b.cls !== LOC) || b.start !== a.end + 1 || a.end <= a.start) continue;
    if (!JOINING_PARTICLES.has(forms[a.sentence][a.end])) continue;
    a.cls = PER;
    a.end = b.end;
    b.end = b.start;
    byPosition[k + 1] = a;
    joined = true;
  }
  return joined;
}

/** Words after which a number is part of the name ("Teamsters Local 727", "Chapter 11" is no name). */
const NUMBERED_HEADS = new Set(['Local', 'Lodge', 'Post', 'District', 'Precinct', 'Unit', 'Branch']);

/** "ATU Local 1412": an organisation ending in "Local" (a union's branch) takes the number after it. True when one changed. */
function numberedLocals(spans: TokenSpan[], forms: Forms): boolean {
  let changed = false;
  for (const span of spans) {
    const tokens = forms[span.sentence];
    if (span.cls !== ORG || !NUMBERED_HEADS.has(tokens[span.end - 1] ?? '') || !/^\d{1,5}$/.test(tokens[span.end] ?? '')) continue;
    span.end++;
    changed = true;
  }
  return changed;
}

/** Plural nouns that open the name of a society of supporters or members ("Friends of the Earth", "Knights of Columbus"). */
const MEMBERS_OF = new Set(['Friends', 'Veterans', 'Daughters', 'Sons', 'Knights']);

/**
 * "Friends of Eastfield Library": the model tags what the friends are of; the
 * society's name opens with the capitalised plural and its "of" (and "the").
 * The span becomes the society, an organisation. True when one changed.
 */
function membersOfNames(spans: TokenSpan[], forms: Forms): boolean {
  let changed = false;
  for (const span of spans) {
    const tokens = forms[span.sentence];
    const of = tokens[span.start - 1] === 'the' ? span.start - 2 : span.start - 1;
    if (of < 1 || tokens[of] !== 'of' || !MEMBERS_OF.has(tokens[of - 1] ?? '')) continue;
    span.start = of - 1;
    span.cls = ORG;
    changed = true;
  }
  return changed;
}

/** Lower-case nouns after a one-word name that make it a place ("the Veshar region", "Kessel province"). */
const PLACE_NOUNS = new Set(['region', 'province', 'district', 'county', 'valley', 'prefecture', 'governorate', 'oblast', 'canton', 'municipality', 'peninsula', 'basin', 'delta', 'enclave']);

/**
 * A one-word name before a place noun is a place, whatever the article's
 * organisations suggest; a one-word person before "party" is the party
 * ("Green party leader Petra Jans"). True when one changed.
 */
function placesBeforePlaceNouns(spans: TokenSpan[], forms: Forms): boolean {
  let changed = false;
  for (const span of spans) {
    // A person or organisation only: "English county" keeps its nationality word.
    if ((span.cls !== PER && span.cls !== ORG) || span.end - span.start !== 1) continue;
    const next = forms[span.sentence][span.end] ?? '';
    if (PLACE_NOUNS.has(next)) span.cls = LOC;
    else if (next === 'party' && span.cls === PER) span.cls = ORG;
    else continue;
    changed = true;
  }
  return changed;
}

/** Words that make a name an award ("the European Union Prize for Contemporary Architecture"). */
const AWARD_WORDS = new Set(['Prize', 'Award', 'Awards', 'Medal', 'Trophy']);
const MISC = 3;

/**
 * "European Union" + "Prize for Contemporary" + "Architecture": a name before
 * an award word, the award word and its "for"/"of" tail are one name of the
 * award — a thing, neither the organisation that gives it nor an actor.
 * True when spans changed.
 */
/** Buildings and grounds named after people or places ("Arthur Ashe Stadium"): places, no people or bodies. */
const VENUE_WORDS = new Set(['Stadium', 'Arena', 'Cathedral', 'Mosque', 'Temple', 'Abbey', 'Basilica', 'Synagogue', 'Chapel', 'Velodrome', 'Racecourse', 'Ballpark', 'Coliseum', 'Colosseum']);
/** Titles a venue's namesake keeps in the venue's name ("Sir Vivian Richards Stadium", "St Paul's Cathedral"). */
const VENUE_TITLES = new Set(['Sir', 'Dame', 'St', 'St.', 'Saint', 'Lord', 'King', 'Queen']);

function joinAwardNames(spans: TokenSpan[], forms: Forms): boolean {
  let changed = false;
  for (const span of spans) {
    const tokens = forms[span.sentence];
    if (span.end <= span.start) continue;
    // "the Desmond Elliott Prize", tagged whole as a person: the award word inside the span names a thing too.
    if (span.end - span.start >= 2 && AWARD_WORDS.has(tokens[span.end - 1]!) && span.cls !== MISC) {
      span.cls = MISC;
      changed = true;
      continue;
    }
    // "Arthur Ashe Stadium", "Sir Vivian Richards Stadium", "Tromsø Cathedral": a venue named after someone is a place,
    // its "Sir" or "St" with it.
    if (span.end - span.start >= 2 && VENUE_WORDS.has(tokens[span.end - 1]!)) {
      if (span.cls !== LOC) changed = true;
      span.cls = LOC;
      if (span.start > 0 && VENUE_TITLES.has(tokens[span.start - 1]!)) {
        span.start--;
        changed = true;
      }
      continue;
    }
    if (!AWARD_WORDS.has(tokens[span.end] ?? '')) continue;
    let end = span.end + 1;
    if (tokens[end] === 'for' || tokens[end] === 'of') {
      let k = end + 1;
      while (k < tokens.length && isCapitalised(tokens[k]) && /^\p{L}/u.test(tokens[k])) k++;
      if (k > end + 1) end = k;
    }
    emptyWithin(spans, span, span.end, end);
    span.end = end;
    span.cls = MISC;
    changed = true;
  }
  return changed;
}

/** A capitalised word of letters that the training text never saw, or a known given name, never a lower-case word. */
function openingGivenName(token: string | undefined, lexicon: Lexicon): boolean {
  if (token === undefined || !/^\p{Lu}\p{Ll}+$/u.test(token)) return false;
  const info = wordInfo(lexicon, normalizeToken(token));
  return info === 0 || ((info & FLAG_GIVEN) !== 0 && caseOf(info) !== CASE_LOWER);
}

/**
 * "The Great Barrier Reef suffered …": at a sentence's start the model may
 * tag only the last word of a place or organisation. Capitalised words that
 * no span holds, between an opening "The" and the name, are the name's own.
 */
const MONTH_NAMES = new Set(MONTHS);

function joinOpeningCapitals(spans: TokenSpan[], forms: readonly (readonly string[])[]): boolean {
  let changed = false;
  for (const span of spans) {
    if ((span.cls !== ORG && span.cls !== LOC) || span.start < 2) continue;
    const tokens = forms[span.sentence]!;
    if (tokens[0] !== 'The') continue;
    let first = span.start;
    // A month is a date before the name ("The August Chicago NAPM"), not part of it.
    while (first > 1 && isCapitalised(tokens[first - 1]!) && /^\p{L}+$/u.test(tokens[first - 1]!) && !MONTH_NAMES.has(tokens[first - 1]!)) first--;
    if (first !== 1 || spans.some((o) => o !== span && o.sentence === span.sentence && o.start < span.start && o.end > 1)) continue;
    span.start = 1;
    changed = true;
  }
  return changed;
}

/** True when an apostrophe after a word in -s stands inside the span ("Doctors' Union"). */
function pluralPossessiveInside(tokens: readonly string[], span: TokenSpan): boolean {
  for (let k = span.start + 1; k < span.end - 1; k++) if ((tokens[k] === "'" || tokens[k] === '’') && /s$/.test(tokens[k - 1]!)) return true;
  return false;
}

/**
 * "Halvard Robotics, Inc.": a legal suffix after a comma closes the company
 * name before it; the model tagged the suffix as a name of its own. The
 * suffix's span is emptied (dropped by the caller) and the name takes it.
 */
function joinLegalSuffixes(spans: TokenSpan[], forms: Forms): boolean {
  let joined = false;
  for (let k = 1; k < spans.length; k++) {
    const suffix = spans[k]!;
    const name = spans[k - 1]!;
    const tokens = forms[suffix.sentence]!;
    if (name.sentence !== suffix.sentence) continue;
    // The model may have tagged the suffix alone ("Inc.") or with its comma (", Inc.").
    const withComma = suffix.end - suffix.start === 2 && tokens[suffix.start] === ',' && name.end === suffix.start;
    const alone = suffix.end - suffix.start === 1 && tokens[suffix.start - 1] === ',' && name.end === suffix.start - 1;
    if ((!withComma && !alone) || !legalSuffix(tokens[suffix.end - 1]!)) continue;
    name.end = suffix.end;
    name.cls = ORG;
    suffix.end = suffix.start;
    joined = true;
  }
  return joined;
}

/** True when only titles and their dots stand before token `start` ("Dr. Ben Carson:", "Sen. …"), or nothing. */
function titlesOnlyBefore(tokens: readonly string[], start: number, lexicon: Lexicon): boolean {
  for (let k = 0; k < start; k++) if (tokens[k] !== '.' && !(wordInfo(lexicon, normalizeToken(tokens[k])) & FLAG_TITLE)) return false;
  return true;
}

/** Quotation marks around a nickname ("Rosalind "Rosie" Okafor"), as tokens. */
const NICKNAME_QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

/**
 * "Rosalind "Rosie" Okafor": a given name, a nickname in quotation marks and a
 * surname are one person, however the model split or typed the parts (the
 * given name a place, the nickname a miscellany, the surname left out). The
 * given name must be one a gendered list knows. True when a name was joined.
 */
export function joinNicknames(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  let joined = false;
  const added: TokenSpan[] = [];
  forms.forEach((tokens, s) => {
    for (let k = 0; k + 4 < tokens.length; k++) {
      if (!NICKNAME_QUOTES.has(tokens[k + 1]!) || !NICKNAME_QUOTES.has(tokens[k + 3]!)) continue;
      if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[k]!) || !/^\p{Lu}\p{Ll}+$/u.test(tokens[k + 2]!) || !/^\p{Lu}\p{Ll}+/u.test(tokens[k + 4]!)) continue;
      if (genderOfGivenName(tokens[k]!.toLowerCase()) === undefined) continue;
      let end = k + 5;
      while (end < tokens.length && end - k < 7 && /^\p{Lu}\p{Ll}+/u.test(tokens[end]!)) end++;
      for (const span of spans) if (span.sentence === s && span.start < end && span.end > k) span.end = span.start;
      added.push({ sentence: s, start: k, end, cls: PER });
      joined = true;
    }
  });
  if (!joined) return spans;
  return [...spans.filter((span) => span.end > span.start), ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}
