// A product's brand name reads like a company's or a person's to the model
// ("The drug, sold as Arachira by …"): SCHEMA.md types products as works,
// which are not scored, and a work is no actor. The article says which names
// are brands: "sold as", "marketed as", "branded as", "under the brand
// name". Such a name becomes the model's miscellany (no organisation, no
// actor) there and wherever the same words stand as a name. A law ("… Act")
// is a work too.
import type { TokenSpan } from './decoder';
import { documentForms } from './documentForms';

const MISC = 3;
/** Longest brand (in words) the context retypes. */
const MAX_WORDS = 3;
/** Verbs before "as" that name a product ("sold as Arachira"). */
const SELLING = new Set(['sold', 'sells', 'marketed', 'markets', 'branded', 'launched', 'rebranded']);

type Forms = readonly (readonly string[])[];

/** Things a firm makes and names ("processors called Halcyon", "a drug called Arachira", "an app named Tally"). */
const PRODUCT_NOUNS = new Set(['processor', 'processors', 'chip', 'chips', 'phone', 'phones', 'drug', 'drugs', 'pill', 'vaccine', 'app', 'apps', 'software', 'model', 'models', 'product', 'products', 'device', 'devices', 'car', 'cars', 'aircraft', 'jet', 'rocket', 'satellite', 'game', 'service', 'platform', 'system', 'tool', 'robot', 'brand', 'line', 'range', 'series']);

/** Products and currencies named alone that are never an organisation or a person. */
const KNOWN_PRODUCTS = new Set(['Bitcoin', 'Ethereum', 'Ether', 'Dogecoin', 'Litecoin', 'ChatGPT', 'iPhone', 'iPad', 'MacBook', 'PlayStation', 'Xbox', 'Ozempic', 'Wegovy', 'Mounjaro']);

/** Kinds of ship whose name follows them ("the tanker Ocean Pearl"; not "carrier", an airline as often). */
const VESSELS = new Set(['vessel', 'ship', 'tanker', 'freighter', 'ferry', 'yacht', 'trawler', 'frigate', 'destroyer', 'submarine', 'liner', 'cutter', 'barge', 'supertanker']);

/** True when the words before a name starting at `first` say it is a brand, or a ship ("the tanker Ocean Pearl", "a vessel, the Azure Crest"). */
function saysBrandBefore(lower: readonly string[], first: number): boolean {
  const b1 = lower[first - 1] ?? '';
  const b2 = lower[first - 2] ?? '';
  if (VESSELS.has(b1) && (b2 === 'the' || b2 === 'a' || b2 === 'its' || b2 === 'cargo' || b2 === 'container' || b2 === 'cruise')) return true;
  if (b1 === 'the' && b2 === ',' && VESSELS.has(lower[first - 3] ?? '')) return true;
  if (b1 === 'as' && SELLING.has(b2)) return true; // "sold as Arachira"
  // "a line of data-centre processors called Halcyon" ("a company called X" names a company: not these nouns).
  if ((b1 === 'called' || b1 === 'named' || b1 === 'dubbed') && PRODUCT_NOUNS.has(b2)) return true;
  // "under the brand name Nova", "trade names"
  return (b1 === 'name' || b1 === 'names') && (b2 === 'brand' || b2 === 'trade');
}

/** Names the article shows to be brands become miscellany, wherever named alike. */
export function productsByContext(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  spans = instrumentNames(spans, forms);
  const { normal, lower } = documentForms(forms);
  const found = new Set<string>();
  const nameOf = (span: TokenSpan): string => normal[span.sentence]!.slice(span.start, span.end).join(' ');
  for (const span of spans) {
    // "Bitcoin fell 9%", "ChatGPT": products and currencies of the years after the 1996 training text, which it
    // cannot know, read as people or firms.
    if (span.end - span.start === 1 && KNOWN_PRODUCTS.has(normal[span.sentence]![span.start]!)) span.cls = MISC;
    // "the Criminal Justice Act", "the Private Securities Litigation Reform Act": a law is a work, as CoNLL's text has
    // "the Clean Air Act" (miscellany), however many words it runs to.
    if (span.end - span.start >= 2 && normal[span.sentence]![span.end - 1] === 'Act') span.cls = MISC;
    if (span.cls === MISC || span.end - span.start > MAX_WORDS) continue;
    if (saysBrandBefore(lower[span.sentence]!, span.start)) found.add(nameOf(span));
  }
  if (found.size === 0) return spans;
  for (const span of spans) if (span.end - span.start <= MAX_WORDS && found.has(nameOf(span))) span.cls = MISC;
  return spans;
}

/** Last words of the names of instruments and craft ("James Webb Space Telescope", "Perseverance Rover", "Juno Probe"). */
const INSTRUMENT_HEADS = new Set(['Telescope', 'Rover', 'Probe', 'Lander', 'Orbiter', 'Spacecraft', 'Explorer', 'Satellite', 'Capsule']);

/**
 * "The James Webb Space Telescope found …": a name closed by an instrument's head word is the instrument, a work
 * (SCHEMA.md: products are works, no actors); the model read a person ("James Webb") and an organisation
 * ("Telescope") in it. The capitalised words before the head, tagged or not, are one work.
 */
function instrumentNames(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const added: TokenSpan[] = [];
  forms.forEach((tokens, s) => {
    for (let i = 1; i < tokens.length; i++) {
      if (!INSTRUMENT_HEADS.has(tokens[i]!)) continue;
      let start = i;
      while (start > 0 && i - start < 5 && /^\p{Lu}[\p{L}\d-]*$/u.test(tokens[start - 1]!) && tokens[start - 1] !== 'The') start--;
      if (start === i) continue;
      added.push({ sentence: s, start, end: i + 1, cls: MISC });
    }
  });
  if (added.length === 0) return spans;
  const covered = (x: TokenSpan): boolean => added.some((a) => a.sentence === x.sentence && x.start < a.end && a.start < x.end);
  return [...spans.filter((x) => !covered(x)), ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}
