// Numbers as news English writes them: "4.5", "120,000", "1.2", and the
// number words that come before a scale ("five billion yuan", "twelve per cent").

/**
 * A digit number with optional thousands commas and decimals. The lookbehind
 * keeps a match from starting inside another number or word, which also keeps
 * scanning linear on a megabyte of digits (no restart in the middle of a run).
 */
export const NUMBER_BODY = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{N}]|[.,]\p{N})`;
export const NUMBER = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,])${NUMBER_BODY}`;

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Number words up to ninety-nine, "a hundred"/"a dozen" excluded on purpose (rare and vague). */
export const NUMBER_WORD = String.raw`(?:(?:${Object.keys(TENS).join('|')})(?:-(?:${Object.keys(UNITS).slice(0, 9).join('|')}))?|${Object.keys(UNITS).join('|')})`;

/** "a", "an", "one" … as the count in "a year earlier" or "a billion dollars". */
export const COUNT_WORD = String.raw`(?:${NUMBER_WORD}|an?|several|a\s+few|many)`;

/** Scale words after an amount, longest first so "bn" is not read as "b". */
// ("₹1.2 lakh crore": a lakh of crores, 10^12, is one scale.)
export const SCALE = String.raw`(?:lakh\s+crores?|trillion|tn|trn|billion|bn|bln|million|mln|mn|m|thousand|k|crores?|lakhs?)(?![\p{L}\p{N}])`;

const SCALES: Record<string, number> = {
  trillion: 1e12, tn: 1e12, trn: 1e12,
  billion: 1e9, bn: 1e9, bln: 1e9,
  million: 1e6, mln: 1e6, mn: 1e6, m: 1e6,
  thousand: 1e3, k: 1e3,
  crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
  'lakh crore': 1e12, 'lakh crores': 1e12,
};

/** The value of a digit number or number word ("120,000" → 120000, "twenty-five" → 25, "a" → 1); NaN when unknown. */
export function parseNumber(raw: string): number {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(text)) return Number(text.replace(/,/g, ''));
  if (text === 'a' || text === 'an') return 1;
  if (text === 'a few') return 3;
  if (text in UNITS) return UNITS[text];
  const [tens, unit] = text.split('-');
  if (tens in TENS) return TENS[tens] + (unit && unit in UNITS ? UNITS[unit] : 0);
  return NaN;
}

/** The multiplier of a scale word ("bn" → 1e9), 1 when absent. */
export function scaleOf(word: string | undefined): number {
  return word ? (SCALES[word.toLowerCase().replace(/\s+/g, ' ')] ?? 1) : 1;
}

/** Multiplies without the binary noise of 4.1 * 1e9 = 4099999999.9999995. */
export function scaled(amount: number, scale: number): number {
  return Number((amount * scale).toPrecision(12));
}
