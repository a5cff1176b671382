// An unknown name defaults to a person or a place in the model ("Corvane",
// "Canalys", "Perrin Marlow"), but the article often says what it is: "the
// research firm Canalys", "Shares of Corvane", "Corvane's shares", "analysts
// at Perrin Marlow". Such a name is an organisation there and wherever the
// same words stand as a name in the document.
import type { TokenSpan } from './decoder';
import { documentForms } from './documentForms';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;

type Forms = readonly (readonly string[])[];

/** Nouns that name a kind of organisation right before its name ("the research firm Canalys"). */
const ORG_NOUNS = new Set(
  'firm company group bank agency start-up startup maker retailer carrier airline insurer lender broker publisher broadcaster newspaper chain supplier manufacturer operator consultancy conglomerate subsidiary automaker carmaker chipmaker drugmaker aggregator tracker platform provider exchange studio website'.split(' '),
);

/** More kinds of firm and body that a town's name can stand before ("a Leeds grocer", "a Lagos club"). */
const FIRM_KINDS = new Set('grocer supermarket bakery brewery distillery miner exporter importer developer builder utility club charity shipyard mill'.split(' '));

/** True when the words before a name starting at token `first` say it names an organisation (`lower`: the sentence's lower-case forms, documentForms.ts). */
function saysOrganisationBefore(lower: readonly string[], first: number): boolean {
  const before = lower[first - 1] ?? '';
  const before2 = lower[first - 2] ?? '';
  if (ORG_NOUNS.has(before) && /^[a-z-]+$/.test(before2)) return true; // "the research firm Canalys", "rival carmaker Velo"
  if ((before === 'of' || before === 'in') && before2 === 'shares') return true; // "Shares of Corvane", "shares in Corvane"
  // "analysts at Google", "engineers at Corvane": professionals work at a firm (the model, trained on 1996 news, calls it a place).
  return before === 'at' && PROFESSIONALS.has(before2);
}

/** Verbs after a name that only a body or a person does: a product or a nationality says nothing. */
const SPEAKS = new Set(['said', 'says', 'told', 'announced', 'confirmed', 'reported', 'declined', 'denied']);

/**
 * "Boeing said it had no comment": one word the model read as miscellany (a product's maker, in the 1996 text
 * "Boeing 747") that speaks, or whose shares trade, is the company. A word of a people ("the Chinese said",
 * "Israelis say") is not: its ending gives it away.
 */
function miscSpeaker(normal: readonly string[], lower: readonly string[], span: TokenSpan): boolean {
  if (span.cls !== MISC || span.end - span.start !== 1) return false;
  const word = lower[span.start]!;
  if (/(an|ans|ese|ish|ic|is|i|ers)$/.test(word) || !/^\p{Lu}\p{Ll}+$/u.test(normal[span.start]!)) return false;
  return SPEAKS.has(lower[span.end] ?? '') || saysOrganisationBefore(lower, span.start) || saysOrganisationAfter(lower, span.start, span.start);
}

/** Nouns of figures that come "from" a firm ("ship-tracking data from Kpler", "estimates from Vortexa"). */
const DATA_NOUNS = new Set(['data', 'figures', 'estimates', 'statistics', 'numbers', 'research']);

/** True when a name the model read as a person follows "data from" and the like: people are rarely where data comes from ("data from Brazil" is a place, and stays one). */
function dataFromPerson(lower: readonly string[], span: TokenSpan): boolean {
  return span.cls === PER && lower[span.start - 1] === 'from' && DATA_NOUNS.has(lower[span.start - 2] ?? '');
}

/** True when the words after a name ending at token `last` say it names an organisation ("Corvane's shares", "Google's revenue"). */
function saysOrganisationAfter(lower: readonly string[], first: number, last: number): boolean {
  // "The ruling Morena party", "the Likud party": a name before "party" is the party's ("a Texas party official" is not).
  if (lower[last + 1] === 'party' && lower[last + 2] !== 'of' && PARTY_OPENERS.has(lower[first - 1] ?? '')) return true;
  return lower[last + 1] === "'s" && FIRM_POSSESSIONS.has(lower[last + 2] ?? '');
}

/** Heads of an apposition that make the name before it a body ("Copa-Cogeca, the EU's largest farm lobby,"). */
const APPOSED_BODIES = new Set('company firm group lobby union association federation agency bank insurer lender retailer carrier airline broadcaster publisher newspaper chain maker startup start-up conglomerate charity organisation organization network consortium coalition alliance watchdog regulator'.split(' '));

/**
 * True when ", the …" or ", a …" right after the name (ending before token `end`) is headed by a kind of body:
 * "Pinecrest, the search company,", "Copa-Cogeca, the EU's largest farm lobby,". The head is the last lower-case
 * word before a comma, a full stop or a preposition, within six words.
 */
function bodyInApposition(lower: readonly string[], end: number): boolean {
  if (lower[end] !== ',' || !/^(the|a|an)$/.test(lower[end + 1] ?? '')) return false;
  let head = '';
  for (let k = end + 2; k < lower.length && k <= end + 8; k++) {
    const w = lower[k]!;
    if (w === ',' || w === '.' || w === ';' || w === 'of' || w === 'in' || w === 'that' || w === 'which' || w === 'based' || w === 'for') break;
    // ("Omar Feldstein, a lawyer representing a group of customers,": a participle after the head opens its own phrase.)
    if (head && /^[a-z]{3,}ing$/.test(w)) break;
    if (/^[a-z-]+$/.test(w)) head = w;
  }
  return APPOSED_BODIES.has(head);
}

/** Words before "<name> party" that make the name the party's: a determiner or a word of its standing. */
const PARTY_OPENERS = new Set(['the', 'ruling', 'governing', 'opposition', 'centrist', 'leftist', 'rightist', 'conservative', 'liberal', 'nationalist', 'far-right', 'far-left', 'populist', 'his', 'her', 'its', 'their', "'s", '’s']);

/** Professions that work at a firm, never at a town ("analysts at Google", "a retail analyst at Crestline Research"). */
const PROFESSIONALS = new Set(
  'analyst analysts economist economists engineer engineers executive executives employee employees researcher researchers strategist strategists programmer programmers developer developers'.split(' '),
);

/** What only a firm has ("Corvane's shares", "Google's quarterly revenue" is not matched: the word must follow "'s"). */
const FIRM_POSSESSIONS = new Set('shares stock ceo headquarters profit profits revenue revenues earnings shareholders subsidiary subsidiaries'.split(' '));

/** Kinds of news outlet a name stands before ("the Kompas newspaper", "the Dagens Nyheter daily"). */
const OUTLET_NOUNS = new Set('newspaper newspapers daily weekly tabloid broadsheet magazine paper broadcaster channel radio website'.split(' '));

/**
 * "in the Kompas newspaper", "told the Asahi daily": a name between "the" and
 * a kind of news outlet, with no other name after the outlet noun, is the
 * outlet ("the Pune newspaper Lokmat" names a place then the paper).
 */
function namesOutlet(normal: readonly string[], lower: readonly string[], span: TokenSpan): boolean {
  if (lower[span.start - 1] !== 'the' || !OUTLET_NOUNS.has(lower[span.end] ?? '')) return false;
  return !/^\p{Lu}/u.test(normal[span.end + 1] ?? '');
}

/** Longest name (in words) that the context retypes: "analysts at Perrin Marlow" is a firm of two words. */
const MAX_WORDS = 4;

/** Nouns of a publication before its name ("the journal Nature Geoscience", "the magazine Der Spiegel"). */
const PUBLICATION_NOUNS = new Set(['journal', 'magazine', 'newspaper', 'tabloid', 'daily', 'weekly', 'periodical']);

/**
 * "the journal Nature Geoscience": the capitalised words after a publication
 * noun are one publication, an organisation, however the model split or
 * typed them ("Nature" + "Geoscience" the person). Spans inside the run are
 * replaced by one; a span reaching outside it is left alone.
 */
function publicationsAfterNouns(spans: TokenSpan[], normal: Forms, lower: Forms): TokenSpan[] {
  const added: TokenSpan[] = [];
  const replaced = new Set<TokenSpan>();
  // The spans of each sentence, once: a document full of "journal" must not filter every span per word.
  let bySentence: Map<number, TokenSpan[]> | undefined;
  const spansOf = (sentence: number): TokenSpan[] => {
    if (!bySentence) {
      bySentence = new Map();
      for (const s of spans) {
        const list = bySentence.get(s.sentence);
        if (list) list.push(s);
        else bySentence.set(s.sentence, [s]);
      }
    }
    return bySentence.get(sentence) ?? [];
  };
  lower.forEach((words, sentence) => {
    for (let k = 0; k < words.length; k++) {
      if (!PUBLICATION_NOUNS.has(words[k]!) || !/^\p{Lu}/u.test(normal[sentence]![k + 1] ?? '')) continue;
      let end = k + 1;
      while (end < words.length && end - k <= 6 && /^\p{Lu}/u.test(normal[sentence]![end]!)) end++;
      const inside = spansOf(sentence).filter((s) => s.start < end && s.end > k + 1);
      if (inside.length === 0 || inside.some((s) => s.start < k + 1 || s.end > end)) continue;
      if (inside.length === 1 && inside[0]!.start === k + 1 && inside[0]!.end === end) {
        inside[0]!.cls = ORG;
        continue;
      }
      for (const s of inside) replaced.add(s);
      added.push({ sentence, start: k + 1, end, cls: ORG });
    }
  });
  if (added.length === 0) return spans;
  return [...spans.filter((s) => !replaced.has(s)), ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/** People and places of a few words that the article shows to be organisations become organisations, wherever named alike. */
export function organisationsByContext(input: TokenSpan[], forms: Forms): TokenSpan[] {
  const { normal, lower } = documentForms(forms);
  const spans = publicationsAfterNouns(input, normal, lower);
  const found = new Set<string>();
  const nameOf = (span: TokenSpan): string => normal[span.sentence]!.slice(span.start, span.end).join(' ');
  for (const span of spans) {
    if (miscSpeaker(normal[span.sentence]!, lower[span.sentence]!, span)) found.add(nameOf(span));
    if ((span.cls !== PER && span.cls !== LOC) || span.end - span.start > MAX_WORDS) continue;
    const lowers = lower[span.sentence]!;
    if (saysOrganisationBefore(lowers, span.start) || dataFromPerson(lowers, span) || saysOrganisationAfter(lowers, span.start, span.end - 1) || namesOutlet(normal[span.sentence]!, lowers, span) || bodyInApposition(lowers, span.end)) found.add(nameOf(span));
  }
  placesBeforeFirmNouns(spans, normal);
  placesBeforeSites(spans, lower);
  namesOfBodies(spans, lower);
  if (found.size === 0) return spans;
  for (const span of spans) {
    const misc = span.cls === MISC && span.end - span.start === 1;
    if ((span.cls === PER || span.cls === LOC || misc) && span.end - span.start <= MAX_WORDS && found.has(nameOf(span))) span.cls = ORG;
  }
  return spans;
}

/**
 * "the Pune firm Chitrakoot Systems", "the Leeds company Harwell Optics",
 * "Halden Foods, a Leeds grocer": a one-word name between an article and a
 * kind of firm, when the firm is named right after or just before, is where
 * the firm is, a place ("the Tata group said" keeps its type: no name
 * follows).
 */
function placesBeforeFirmNouns(spans: TokenSpan[], normal: Forms): void {
  for (const span of spans) {
    // A person or organisation only: "an Algerian newspaper" is a nationality.
    if ((span.cls !== PER && span.cls !== ORG) || span.end - span.start !== 1) continue;
    const tokens = normal[span.sentence]!;
    const article = (tokens[span.start - 1] ?? '').toLowerCase();
    const noun = tokens[span.end] ?? '';
    const named = tokens[span.end + 1] ?? '';
    if (!(article === 'the' || article === 'a' || article === 'an') || !(ORG_NOUNS.has(noun) || FIRM_KINDS.has(noun))) continue;
    // "…, a Leeds grocer founded in 1890": in apposition, the phrase describes the firm just named.
    const apposition = article !== 'the' && tokens[span.start - 2] === ',';
    if (/^\p{Lu}/u.test(named) || apposition) span.cls = LOC;
  }
}

/** Sites of an organisation that a town's name stands before ("the FBI's Cleveland field office", "the bank's Paris branch"). */
const SITES = new Set('office offices bureau branch plant factory campus headquarters warehouse depot store outlet lab laboratory mine refinery'.split(' '));

/**
 * "the FBI's Cleveland field office", "Vela's Leipzig plant": a one-word name
 * between a possessive and an organisation's site is where the site is, a
 * place.
 */
function placesBeforeSites(spans: TokenSpan[], lower: Forms): void {
  for (const span of spans) {
    if ((span.cls !== PER && span.cls !== ORG) || span.end - span.start !== 1) continue;
    const tokens = lower[span.sentence]!;
    if (tokens[span.start - 1] !== "'s") continue;
    const next = tokens[span.end] ?? '';
    if (SITES.has(next) || (next === 'field' && SITES.has(tokens[span.end + 1] ?? ''))) span.cls = LOC;
  }
}

/** Head nouns of a body that a name can stand before as its own ("the Granite Forward political action committee"). */
const BODY_HEADS = new Set('committee group fund party union association alliance coalition network foundation institute council movement'.split(' '));

/**
 * "The Granite Forward political action committee spent …": a name read as
 * a person or a place between "the" and lower-case words (one at least)
 * ending in a body's head noun is that body's name, when no other name
 * follows the noun ("the Pune firm Chitrakoot" names the firm after it,
 * placesBeforeFirmNouns).
 */
function namesOfBodies(spans: TokenSpan[], lower: Forms): void {
  for (const span of spans) {
    if ((span.cls !== PER && span.cls !== LOC) || span.end - span.start > 3) continue;
    const words = lower[span.sentence]!;
    if (words[span.start - 1] !== 'the') continue;
    let k = span.end;
    while (k < words.length && k - span.end < 3 && /^[a-z-]+$/.test(words[k]!) && !BODY_HEADS.has(words[k]!)) k++;
    // A word of its own kind must stand between ("political action committee"): "the Moscow club", "the Dole
    // campaign" are a town's club and a person's campaign.
    if (!BODY_HEADS.has(words[k] ?? '') || k === span.end) continue;
    const next = spans.some((x) => x.sentence === span.sentence && x.start === k + 1);
    if (!next) span.cls = ORG;
  }
}
