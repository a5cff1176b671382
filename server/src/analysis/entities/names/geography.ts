// Places the CoNLL-2003 training text teaches the model to call
// organisations: its Reuters sports pages are full of clubs named after towns
// ("Shrewsbury", "Worcestershire"), so in other news a town after "in" came
// out as a club. Two corrections, both on geography the text itself shows:
// - a name whose first or last word is a geographic head ("River Severn",
//   "Elm Street", "Riverside Union Hall", "Port Essen") is a place;
// - a one-word organisation that is a known place name (gazetteer) right
//   after a place preposition ("in Shrewsbury"), with the rest of its list
//   ("in Shrewsbury, Bewdley and Upton"), is a place, and so is that form
//   elsewhere in the document;
// - a one-word name with a country's possessions ("Valmora's economy",
//   "Velmar's central bank") is a place, and so is that form alone elsewhere;
// - a dateline ("HARWICK —", "PORT ELDEN, June 12 —") names the place the
//   story is filed from: its name is a place there and alone elsewhere, not
//   the first word of the local newspaper ("Harwick Gazette").
import { MEMBER_BODY_HEADS } from '../../actors/lexicon';
import type { TokenSpan } from './decoder';
import { CASE_LOWER, FLAG_CITY, FLAG_COUNTRY, FLAG_GIVEN, FLAG_ORG_SUFFIX, FLAG_TITLE, caseOf, shareOf, wordInfo, type Lexicon } from './lexicon';
import { documentForms } from './documentForms';
import { isAllCaps } from './normalize';
import { isHyphenatedGivenName } from './hyphenatedGivenNames';

const PER = 0;
const ORG = 1;
const LOC = 2;

export const GEO_HEADS = new Set(
  ('river lake mount mountains sea ocean bay gulf strait canal street road avenue boulevard lane bridge hall ' +
    'square park valley island islands peninsula coast desert county province district ward port plaza ' +
    'glacier volcano peak falls reef fjord forest lagoon delta plateau canyon route corridor highway motorway expressway tunnel ' +
    'junction crossing heights springs hills').split(' '),
);
/** Last words that make a name a service or an authority, whatever place word opens it ("Coast Guard", "Port Authority"). */
const SERVICE_LAST = new Set(['guard', 'authority', 'agency', 'commission', 'police', 'service', 'council', 'board', 'trust']);
/** Compass words that open the name of a region ("North Atlantic", "South Caucasus"). */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
/** Oceans, continents and great regions a compass word divides ("North Atlantic", "East Africa", "Central Asia"). */
const REGION_BASES = new Set(['atlantic', 'pacific', 'arctic', 'antarctic', 'africa', 'america', 'americas', 'asia', 'europe', 'caucasus', 'balkans', 'mediterranean', 'caribbean', 'baltic', 'sahara', 'sahel', 'anatolia', 'siberia']);
const PLACE_PREPOSITIONS = new Set('in at near across around outside from into towards toward between through throughout'.split(' '));

type Forms = readonly (readonly string[])[];

function knownPlace(lexicon: Lexicon, form: string): boolean {
  const info = wordInfo(lexicon, form);
  return (info & (FLAG_CITY | FLAG_COUNTRY)) !== 0 || shareOf(info, LOC) >= 3;
}

/** Applies both corrections in place; returns the spans. */
export function correctPlaces(input: TokenSpan[], forms: Forms, lexicon: Lexicon): TokenSpan[] {
  const { normal, lower } = documentForms(forms);
  const geoNames = new Set<string>();
  let spans = joinGeographicHeads(input, forms);
  for (const span of spans) {
    // "Faroe Islands", "River Severn" tagged a place: the word beside the head alone is that place too.
    if (span.cls === LOC && span.end - span.start === 2) {
      const head = GEO_HEADS.has(lower[span.sentence][span.end - 1]!) ? span.end - 1 : GEO_HEADS.has(lower[span.sentence][span.start]!) ? span.start : -1;
      if (head >= 0) geoNames.add(normal[span.sentence][head === span.start ? span.end - 1 : span.start]);
    }
    if (span.cls !== ORG && span.cls !== PER) continue;
    if (span.end - span.start < 2) continue;
    // "Park Min-jun": a family name that is also a place word, before a hyphenated given name, names a person.
    if (span.cls === PER && span.end - span.start === 2 && isHyphenatedGivenName(forms[span.sentence]![span.end - 1]!)) continue;
    const tokens = normal[span.sentence];
    const first = lower[span.sentence][span.start];
    const last = lower[span.sentence][span.end - 1];
    // "University of Cape Coast", "Bank of the West": a body named after a place is the body.
    // ("International Council for the Exploration of the Sea": an organisation word anywhere before its "of"/"for".)
    let bodyOfPlace = false;
    for (let k = span.start; k < span.end - 1 && !bodyOfPlace; k++) {
      const joiner = lower[span.sentence][k + 1];
      bodyOfPlace = (joiner === 'of' || joiner === 'for') && (wordInfo(lexicon, tokens[k]) & FLAG_ORG_SUFFIX) !== 0;
    }
    // "the North Atlantic mackerel catch": a compass word before a known place is a region of it, whatever follows.
    // ("West Ham", "North Melbourne" are clubs named after towns: only an ocean or a continent makes the region.)
    const region = span.cls === ORG && span.end - span.start === 2 && COMPASS_WORDS.has(first) && REGION_BASES.has(last);
    // ("the Coast Guard", "Port Authority": a geographic word opening a service's name; its last word says a body.)
    const service = span.end - span.start >= 2 && SERVICE_LAST.has(last);
    if (((GEO_HEADS.has(first) || GEO_HEADS.has(last)) && !bodyOfPlace && !service) || region) {
      span.cls = LOC;
      // "River Severn": "Severn" alone is that place too.
      if (span.end - span.start === 2) geoNames.add(tokens[GEO_HEADS.has(first) ? span.start + 1 : span.start]);
    }
  }
  const places = geoNames;
  const countries = countryPossessors(spans, normal);
  const bySentence = new Map<number, TokenSpan[]>();
  for (const span of spans) {
    const list = bySentence.get(span.sentence) ?? [];
    list.push(span);
    bySentence.set(span.sentence, list);
  }
  for (const [sentence, list] of bySentence) {
    const tokens = normal[sentence];
    const lowers = lower[sentence];
    list.sort((a, b) => a.start - b.start);
    let chained = false;
    for (let k = 0; k < list.length; k++) {
      const span = list[k];
      const before = span.start > 0 ? lowers[span.start - 1] : '';
      const previous = list[k - 1];
      const listed = chained && previous && previous.cls === LOC && span.start - previous.end === 1 && /^(,|and|or)$/.test(before);
      chained = false;
      if (span.end - span.start !== 1) {
        chained = span.cls === LOC;
        continue;
      }
      const form = tokens[span.start];
      // ("the best win in Arsenal's history": before a possessive the preposition governs what the name owns.)
      const owner = lowers[span.end] === "'s" || lowers[span.end] === '’s';
      if ((PLACE_PREPOSITIONS.has(before) || listed) && !owner && (span.cls === ORG || span.cls === LOC) && knownPlace(lexicon, form)) {
        if (span.cls === ORG) places.add(form);
        span.cls = LOC;
        chained = true;
      } else chained = span.cls === LOC && PLACE_PREPOSITIONS.has(before);
    }
  }
  const { names: dateline, spans: withDateline } = datelinePlace(spans, normal, lexicon);
  spans = withDateline;
  for (const form of countries) dateline.add(form.toLowerCase());
  if (places.size || dateline.size) {
    for (const span of spans) {
      if (span.cls !== ORG && span.cls !== PER) continue;
      // ("Khan Younis" in the headline above "KHAN YOUNIS, Gaza Strip — …": the dateline's town of several words, read as
      // a person; one read as an organisation may be the town's team, "Harbor City rallies past Northfield".)
      if (span.end - span.start > 1) {
        if (span.cls === PER && dateline.has(normal[span.sentence].slice(span.start, span.end).join(' ').toLowerCase())) span.cls = LOC;
        continue;
      }
      const form = normal[span.sentence][span.start];
      // The dateline's town, or a country named by its economy, alone is that place, whatever the model read ("Harwick" taken for a surname).
      // ("Faroe fleet" beside "Faroe Islands": a lone "person" that is no given name is that place too.)
      const named = span.cls === ORG || (wordInfo(lexicon, form) & FLAG_GIVEN) === 0;
      if ((named && places.has(form)) || dateline.has(form.toLowerCase())) span.cls = LOC;
    }
  }
  if (dateline.size) spans = datelineNameAlone(spans, normal, dateline);
  placesTakenForPeople(spans, forms, lexicon);
  placesOfMemberBodies(spans, normal);
  return spans;
}

/**
 * "Harrowgate council recall fails …" above "HARROWGATE — …": the dateline's
 * one-word town, capitalised and in no name, is that place wherever it stands
 * (the model, which may not know the word, left it out; a repeat of the
 * dateline's form was found before the dateline was known to be a place).
 */
function datelineNameAlone(spans: TokenSpan[], normal: readonly (readonly string[])[], dateline: ReadonlySet<string>): TokenSpan[] {
  const covered = new Set(spans.map((span) => span.sentence * 65536 + span.start));
  const inside = (s: number, i: number): boolean => spans.some((span) => span.sentence === s && span.start <= i && i < span.end);
  const added: TokenSpan[] = [];
  normal.forEach((tokens, s) => {
    tokens.forEach((token, i) => {
      if (!/^\p{Lu}\p{Ll}+$/u.test(token) || !dateline.has(token.toLowerCase()) || covered.has(s * 65536 + i)) return;
      // ("the Harrowgate Ledger": a capitalised word beside it makes a longer name, the model's to judge.)
      if (/^\p{Lu}/u.test(tokens[i + 1] ?? '') || (i > 0 && /^\p{Lu}/u.test(tokens[i - 1] ?? '') && !/^[.!?"“]$/.test(tokens[i - 1] ?? '')) || inside(s, i)) return;
      added.push({ sentence: s, start: i, end: i + 1, cls: LOC });
    });
  });
  if (!added.length) return spans;
  return [...spans, ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/**
 * "Brenford Commuters' Association" … "Brenford deserves better": the first
 * word of a body of members or a council is the place it is named after, so
 * that word alone, read as an organisation, is the place (a company's first
 * word, "Harlow" of "Harlow Foods", is the company's short name and stays).
 */
function placesOfMemberBodies(spans: TokenSpan[], normal: readonly (readonly string[])[]): void {
  const places = new Set<string>();
  for (const span of spans) {
    if (span.cls !== ORG || span.end - span.start < 2) continue;
    const tokens = normal[span.sentence]!;
    if (MEMBER_BODY_HEADS.has(tokens[span.end - 1]!.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(tokens[span.start]!)) places.add(tokens[span.start]!);
  }
  if (places.size === 0) return;
  for (const span of spans) {
    if (span.cls === ORG && span.end - span.start === 1 && places.has(normal[span.sentence]![span.start]!)) span.cls = LOC;
  }
}

/** What a country has and a firm has not: "Valmora's economy", "Velmar's central bank". */
const COUNTRY_HEADS = new Set(['economy', 'government', 'parliament', 'currency', 'army', 'military', 'navy', 'border', 'borders', 'population', 'coastline', 'citizens', 'constitution']);
const COUNTRY_HEAD_PAIRS = new Set(['central bank', 'prime minister', 'foreign minister', 'finance minister', 'foreign ministry', 'finance ministry', 'interior ministry', 'national team']);

/** What only a nation sends or has, after its name and "the" ("the Tavalu delegation", "the Nordvik embassy"). */
const NATION_BODIES = new Set(['delegation', 'embassy', 'authorities', 'coastguard', 'ambassador', 'envoy', 'cabinet', 'diaspora']);
/** Titles of people who are "of" a country ("Ambassador Sefa Malua of Tavalu", "President Ana Kiri of Marenda"). */
const ENVOY_TITLES = new Set(['ambassador', 'envoy', 'president', 'premier', 'minister', 'king', 'queen', 'prince', 'emir', 'sultan']);

/** One-word organisation or person names followed by a possessive and a country's possession; those spans become places. */
function countryPossessors(spans: TokenSpan[], normal: readonly (readonly string[])[]): string[] {
  const forms: string[] = [];
  for (const span of spans) {
    if ((span.cls !== ORG && span.cls !== PER) || span.end - span.start !== 1) continue;
    const tokens = normal[span.sentence];
    // ("The Nordvik government said …", "the Tavalu delegation": the country's name before what it has, after "the".)
    const attributive = (tokens[span.start - 1] ?? '').toLowerCase() === 'the' && (COUNTRY_HEADS.has((tokens[span.end] ?? '').toLowerCase()) || NATION_BODIES.has((tokens[span.end] ?? '').toLowerCase()));
    // ("Ambassador Sefa Malua of Tavalu": an envoy or a head of government is "of" a country.)
    const envoyOf = tokens[span.start - 1] === 'of' && spans.some((o) => o.sentence === span.sentence && o.cls === PER && o.end === span.start - 1 && ENVOY_TITLES.has((tokens[o.start - 1] ?? '').toLowerCase()));
    if (tokens[span.end] !== "'s" && !attributive && !envoyOf) continue;
    const next = (tokens[span.end + 1] ?? '').toLowerCase();
    const pair = `${next} ${(tokens[span.end + 2] ?? '').toLowerCase()}`;
    if (!attributive && !envoyOf && !COUNTRY_HEADS.has(next) && !COUNTRY_HEAD_PAIRS.has(pair)) continue;
    span.cls = LOC;
    forms.push(tokens[span.start]);
  }
  return forms;
}

const DASHES = new Set(['—', '–', '-', '--', '―']);
/** Words that open place names although they are usually written in lower case. */
const PLACE_PARTICLES = new Set([...GEO_HEADS, 'new', 'san', 'santa', 'los', 'las', 'st', 'st.', 'saint', 'fort', 'north', 'south', 'east', 'west', 'upper', 'lower', 'great', 'little', 'old', 'city']);
const MONTH_START = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * The dateline of the article, if a paragraph opens with one: up to four
 * all-caps words, then a dash, a credit in parentheses or ", June 12", then
 * ordinary prose. Its
 * words become one place span (the model, unsure of all-caps words, may have
 * tagged part of it or nothing); returned with the lower-case names a lone
 * mention elsewhere may have ("harwick"; for "PORT ELDEN" also "elden").
 */
function datelinePlace(spans: TokenSpan[], normal: readonly (readonly string[])[], lexicon: Lexicon): { names: Set<string>; spans: TokenSpan[] } {
  // A dateline opens the story: only its first sentences are looked at ("UPDATE — …" further down is no place).
  for (let s = 0; s < Math.min(normal.length, 6); s++) {
    const tokens = normal[s];
    let k = 0;
    while (k < 4 && k < tokens.length && /\p{L}/u.test(tokens[k]) && isAllCaps(tokens[k])) k++;
    const next = tokens[k];
    if (k === 0 || next === undefined) continue;
    const dated = next === ',' && (MONTH_START.test(tokens[k + 1] ?? '') || /^\d/.test(tokens[k + 1] ?? ''));
    // ("HARROWGATE, Yorkshire — …", "COLUMBUS, Ohio (Tidewire) — …": the town's region or state, then the dash.)
    let region = k + 1;
    while (next === ',' && region < k + 4 && /^\p{Lu}\p{Ll}+\.?$/u.test(tokens[region] ?? '')) region++;
    const regional = next === ',' && region > k + 1 && (DASHES.has(tokens[region] ?? '') || tokens[region] === '(');
    if (regional) {
      const prose = /\p{Ll}/u.test(tokens[region + 1] ?? '') || /\p{Lu}/u.test(tokens[region + 1] ?? '');
      if (!prose) continue;
      const words = tokens.slice(0, k).map((w) => w.toLowerCase());
      const rest = spans.filter((span) => span.sentence !== s || span.start >= region);
      rest.push({ sentence: s, start: 0, end: k, cls: LOC }, { sentence: s, start: k + 1, end: region, cls: LOC });
      return { names: new Set([words.join(' ')]), spans: rest.sort((a, b) => a.sentence - b.sentence || a.start - b.start) };
    }
    if (!DASHES.has(next) && next !== '(' && !dated) continue;
    // Ordinary prose follows a dateline; an all-caps headline ("SOCCER - JAPAN GET LUCKY WIN") is no dateline.
    // ("HARROWGATE — A campaign to …": a one-letter article opens prose too.)
    const prose = /\p{Ll}/u.test(tokens[k + 1] ?? '') || (/^[AI]$/.test(tokens[k + 1] ?? '') && /\p{Ll}/u.test(tokens[k + 2] ?? ''));
    if (!prose) continue;
    // A section label ("IPO FILING -", "PRESS DIGEST -") is made of words usually written in lower case; a place name,
    // but for its particles ("PORT ELDEN", "NEW YORK"), is not.
    const label = tokens.slice(0, k).some((w) => !PLACE_PARTICLES.has(w.toLowerCase()) && caseOf(wordInfo(lexicon, w)) === CASE_LOWER);
    if (label) continue;
    const words = tokens.slice(0, k).map((w) => w.toLowerCase());
    const names = new Set([words.join(' ')]);
    if (k === 2 && GEO_HEADS.has(words[0]!)) names.add(words[1]!);
    const rest = spans.filter((span) => span.sentence !== s || span.start >= k);
    rest.push({ sentence: s, start: 0, end: k, cls: LOC });
    return { names, spans: rest.sort((a, b) => a.sentence - b.sentence || a.start - b.start) };
  }
  return { names: new Set(), spans };
}

/** Prepositions after which a lone unknown name is a place rather than a person ("talks in Velmar"). */
const INSIDE_PREPOSITIONS = new Set('in near across outside throughout inside'.split(' '));

/** Particles after which a word inside a longer name names a place ("Águas de Mindelo", "Bank of Velmar"). */
const NAME_OF_PLACE = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'of']);

/**
 * A one-word "person" that the article puts after "in" ("signed in Velmar"),
 * never joins to a first name or a title, and that is no known given name, is
 * a country or town the model has never seen and took for a surname; all its
 * lone occurrences are that place. People are rarely "in" someone, and a
 * possessive ("in Smith's view") keeps the person. So is one whose
 * possessive owns what a town has ("Valmora's mayor") and either end of a
 * link between two names ("rail services between Valmora and Pestrel").
 */
function placesTakenForPeople(spans: TokenSpan[], forms: Forms, lexicon: Lexicon): void {
  const { normal, lower } = documentForms(forms);
  const partOfFullName = new Set<string>();
  for (const span of spans) {
    if (span.cls !== PER || span.end - span.start < 2) continue;
    // A word after "de" or "of" inside the name is a place's name ("Águas de Mindelo"): alone after "in" it is that place.
    for (let i = span.start; i < span.end; i++) if (!NAME_OF_PLACE.has(normal[span.sentence][i - 1] ?? '')) partOfFullName.add(normal[span.sentence][i]);
  }
  const places = new Set<string>();
  for (const span of spans) {
    if (span.cls !== PER || span.end - span.start !== 1) continue;
    const tokens = normal[span.sentence];
    const form = tokens[span.start];
    const before = lower[span.sentence][span.start - 1];
    const after = span.end < tokens.length ? tokens[span.end] : '';
    const inside = INSIDE_PREPOSITIONS.has(before) && after !== "'s" && after !== "'";
    if (!inside && !townPossessor(lower[span.sentence]!, span) && !routeEnd(lower[span.sentence]!, span)) continue;
    if (partOfFullName.has(form) || (wordInfo(lexicon, form) & (FLAG_GIVEN | FLAG_TITLE)) !== 0) continue;
    places.add(form);
  }
  if (places.size === 0) return;
  for (const span of spans) {
    if (span.cls === PER && span.end - span.start === 1 && places.has(normal[span.sentence][span.start])) span.cls = LOC;
  }
}

/** What only a town or region has after its possessive ("Valmora's mayor", "Pestrel's streets"). */
const TOWN_POSSESSIONS = new Set('mayor mayoral council councillors residents streets suburbs outskirts townspeople governor province airport port harbour harbor riverfront waterfront'.split(' '));

/** "Valmora's mayor": a name whose possessive owns what a town has. */
function townPossessor(lower: readonly string[], span: TokenSpan): boolean {
  return lower[span.end] === "'s" && TOWN_POSSESSIONS.has(lower[span.end + 1] ?? '');
}

/** Ways and links that run between two places ("rail services between Valmora and Pestrel", "the road between …"). */
const LINKS = new Set('services service trains train flights flight road roads rail railway route routes line lines border ferry ferries buses bus highway motorway bridge traffic'.split(' '));

/** "services between Valmora and Pestrel": either name of a link's two ends. */
function routeEnd(lower: readonly string[], span: TokenSpan): boolean {
  if (lower[span.start - 1] === 'between') return LINKS.has(lower[span.start - 2] ?? '') && lower[span.end] === 'and';
  if (lower[span.start - 1] !== 'and') return false;
  // The second end: "between <one word> and" before it.
  return lower[span.start - 3] === 'between' && LINKS.has(lower[span.start - 4] ?? '');
}

const NUMBERED = new Set(['ward', 'route', 'highway', 'district', 'zone', 'gate', 'terminal', 'pier']);

/**
 * "Riverside Union" + "Hall", "Welsh" + "Bridge": a lone geographic head
 * right after a name closes that name as a place; "Ward" + "6" takes its number.
 */
function joinGeographicHeads(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const { normal, lower } = documentForms(forms);
  const ordered = spans.slice().sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  const out: TokenSpan[] = [];
  for (const span of ordered) {
    const tokens = normal[span.sentence];
    const previous = out[out.length - 1];
    const lowers = lower[span.sentence];
    const head = lowers[span.start];
    if (
      previous && previous.sentence === span.sentence && previous.end === span.start &&
      span.end - span.start === 1 && GEO_HEADS.has(head)
    ) {
      previous.end = span.end;
      previous.cls = LOC;
      continue;
    }
    // "Rovers' Meadow Lane ground": a lone geographic head the model took for a surname, after a capitalised word it
    // left out, closes that word's place name.
    if (span.end - span.start === 1 && span.cls === PER && GEO_HEADS.has(head) && span.start > 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[span.start - 1]!) && !(previous && previous.sentence === span.sentence && previous.end === span.start)) {
      span.start--;
      span.cls = LOC;
    }
    const last = lowers[span.end - 1];
    if (NUMBERED.has(last) && span.end < tokens.length && /^\d+$/.test(tokens[span.end])) {
      span.end++;
      span.cls = LOC;
    }
    out.push(span);
  }
  return out;
}
