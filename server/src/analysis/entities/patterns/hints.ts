// What a prose region holds, read once for all pattern rules: a digit, and
// which cue words. Most regions hold no month, weekday, currency or unit
// word, and the rules used to find that out with one case-insensitive regex
// each (an alternation of 20–50 words tried at every position, several
// microseconds a region). One pass over the characters, looking up each
// ASCII letter run once, answers all of them.
//
// A hint only lets a rule skip a regex that cannot match, so it must be set
// whenever the regex could match (a false "yes" only costs the scan). Every
// cue word below is a whole run of ASCII letters in any match of the regex it
// guards: the regexes put a non-letter, a space or a hyphen on both sides of
// it. Runs are compared in lower case, so case-sensitive regexes are covered
// too. Two characters fold to ASCII letters under /iu ("ſ" to s, the Kelvin
// sign to k): a region holding one gets every word hint.

/** An ASCII digit (the `\d` of the regexes). */
export const DIGIT = 1;
/** A currency word written after an amount ("yuan", "dollars", "USD"): money.ts CURRENCY_WORD. */
export const CURRENCY = 2;
/** A unit of measure, or a number word glued to one ("twokm"): quantity.ts UNIT. */
export const UNIT = 4;
/** A month name or abbreviation: calendar.ts MONTH. */
export const MONTH = 8;
/** A weekday name: calendar.ts WEEKDAY. */
export const WEEKDAY = 16;
/** "today", "tonight", "yesterday", "tomorrow": relative.ts DEICTIC. */
export const DEICTIC = 32;
/** "last", "next", "this": relative.ts MODIFIED. */
export const MODIFIER = 64;
/** "earlier", "later", "ago": relative.ts OFFSET. */
export const OFFSET = 128;
/** A season word: years.ts SEASON_YEAR. */
export const SEASON = 256;
/** "percent" or "cent" (of "per cent"): percent.ts WORDS. */
export const PERCENT = 512;
/** Every cue-word hint (DIGIT stays exact: rules branch on it). */
const EVERY_WORD = 1022;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

const NUMBER_WORDS = words(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety thousand million billion`);
/** Units of one letter run; a number word may be glued to them ("(?:\s?|-)" in QUANTITY can be empty). */
const ONE_RUN_UNITS = words(`metres meters metre meter kilometres kilometers kilometre kilometer centimetres centimeters
  centimetre centimeter millimetres millimeters millimetre millimeter km mm cm mile miles feet foot inches inch kilogram
  kilograms kg gram grams tonne tonnes ton tons litre litres liter liters gallon gallons barrel barrels hectare hectares
  acre acres mph knots degrees kw mw gw kwh mwh gwh twh megawatt megawatts gigawatt gigawatts`);
/** The other runs of the units: "percentage points", "basis point", "square miles", "km/h", "°C", "degrees Celsius". */
const OTHER_UNIT_RUNS = words('percentage point points basis square cubic h c f celsius fahrenheit');

const CUES: [number, string[]][] = [
  [CURRENCY, words(`dollar dollars euro euros pound pounds sterling yuan renminbi yen rupee rupees rand reais real reals peso
    pesos franc francs mark marks lire riel riels rouble roubles ruble rubles won lira liras tenge dirham dirhams riyal riyals
    naira ringgit baht rupiah zloty zlotys forint forints kronor kroner koruna korunas koruny crown crowns hryvnia hryvnias
    shilling shillings cedi cedis birr shekel shekels dong taka kyat kyats lari afghani afghanis pula quetzal
    quetzales quetzals bolivar bolivars bolivares bolívar bolívares lei leu leva lev tugrik tugriks kwacha dinar dinars manat
    manats usd eur gbp cny rmb jpy chf inr kzt zar brl aud cad hkd sgd rub`)],
  [UNIT, [...ONE_RUN_UNITS, ...OTHER_UNIT_RUNS, ...NUMBER_WORDS.flatMap((n) => ONE_RUN_UNITS.map((u) => n + u))]],
  [MONTH, words('january february march april may june july august september october november december jan feb mar apr jun jul aug sept sep oct nov dec')],
  [WEEKDAY, words('monday tuesday wednesday thursday friday saturday sunday')],
  [DEICTIC, words('today tonight yesterday tomorrow')],
  [MODIFIER, words('last next this')],
  [OFFSET, words('earlier later ago')],
  [SEASON, words('spring summer autumn fall winter')],
  [PERCENT, words('percent cent')],
];

/** Hash of a lower-case ASCII word, as `regionHints` computes it on the fly. */
function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/**
 * Cue-word hash → hint bits, an open-addressing table of int32 (a Map lookup
 * per word was most of the scan). A different word with the same hash only
 * sets a hint too many (harmless). Bits 0 marks an empty slot.
 */
const TABLE_BITS = 13;
const CUE_KEYS = new Int32Array(1 << TABLE_BITS);
const CUE_BITS = new Int32Array(1 << TABLE_BITS);
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const slotOf = (h: number): number => Math.imul(h, 0x9e3779b1) >>> (32 - TABLE_BITS);

/** The hint bits of the word whose hash is `h`, 0 when it is no cue word. */
function cueBits(h: number): number {
  for (let i = slotOf(h); CUE_BITS[i] !== 0; i = (i + 1) & TABLE_MASK) if (CUE_KEYS[i] === h) return CUE_BITS[i];
  return 0;
}

let longest = 0;
for (const [, list] of CUES) for (const w of list) longest = Math.max(longest, w.length);
/**
 * Per word length, a bit per first letter (a–z) and a bit per last letter
 * that some cue word of that length has: most words need no lookup.
 */
const FIRST_LETTERS = new Int32Array(longest + 1);
const LAST_LETTERS = new Int32Array(longest + 1);
for (const [bit, list] of CUES) {
  for (const w of list) {
    const h = wordHash(w);
    let i = slotOf(h);
    while (CUE_BITS[i] !== 0 && CUE_KEYS[i] !== h) i = (i + 1) & TABLE_MASK;
    CUE_KEYS[i] = h;
    CUE_BITS[i] |= bit;
    FIRST_LETTERS[w.length] |= 1 << (w.charCodeAt(0) - 97);
    LAST_LETTERS[w.length] |= 1 << (w.charCodeAt(w.length - 1) - 97);
  }
}

/** The hint bits of a region (see above); linear, no allocation. */
export function regionHints(region: string): number {
  let bits = 0;
  let h = 0;
  let length = 0;
  let first = 0;
  let last = 0;
  for (let i = 0; i <= region.length; i++) {
    const c = i < region.length ? region.charCodeAt(i) : 0;
    // c | 0x20 lower-cases an ASCII letter and maps no other character into a–z.
    const lower = c | 0x20;
    if (lower >= 97 && lower <= 122) {
      if (length === 0) first = lower - 97;
      last = lower - 97;
      h = (Math.imul(h, 31) + lower) | 0;
      length++;
      continue;
    }
    if (length > 0 && length <= longest && (FIRST_LETTERS[length] >> first) & 1 && (LAST_LETTERS[length] >> last) & 1) bits |= cueBits(h);
    h = 0;
    length = 0;
    if (c >= 48 && c <= 57) bits |= DIGIT;
    else if (c === 0x17f || c === 0x212a) bits |= EVERY_WORD;
  }
  return bits;
}
