// Token text as the model sees it. CoNLL-2003 uses straight quotes and 's
// tokens; modern text uses ’ and “ ”: both map to one form so a name learnt
// in one spelling matches the other.

/** The straight form of each curly quote, apostrophe and dash, by character code. */
const STRAIGHT = new Map<number, string>([
  [0x2018, "'"], [0x2019, "'"], [0x201a, "'"], [0x201b, "'"], [0x2032, "'"],
  [0x201c, '"'], [0x201d, '"'], [0x201e, '"'], [0x201f, '"'], [0x2033, '"'],
  [0x2013, '-'], [0x2014, '--'],
]);

/** Straight quotes and apostrophes, ASCII dashes. */
export function normalizeToken(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x2010) return straighten(text, i);
  }
  return text;
}

/**
 * `text` with its curly marks made straight, from `first` (the first code
 * of 0x2010 or above). A loop over codes, not a regex replace with a
 * callback: a quotation mark or "China’s" is in every sentence of news, and
 * the rules normalise each token of the document.
 */
function straighten(text: string, first: number): string {
  // A lone mark (“, ’, —) is a token of its own more often than not.
  if (text.length === 1) return STRAIGHT.get(text.charCodeAt(0)) ?? text;
  let out = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += (c >= 0x2010 && STRAIGHT.get(c)) || text.charAt(i);
  }
  return out;
}

/** Lower case, digits folded to 0 (numbers differ in value, not in what they say about names). */
export function lowerForm(text: string): string {
  const lower = text.toLowerCase();
  return hasAsciiDigit(lower) ? lower.replace(/\d/g, '0') : lower;
}

/** `/\d/.test(text)` (ASCII digits only, as `\d` without the u flag), by code: no regex run per word. */
function hasAsciiDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether the token has a letter and no lower-case letter ("NATO", "U.S."). */
export function isAllCaps(text: string): boolean {
  return text !== text.toLowerCase() && text === text.toUpperCase();
}

/** Whether the token starts with an upper-case letter. */
export function isCapitalised(text: string): boolean {
  // ASCII by its code (most tokens; the test runs on every token, several times): no string made.
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = text.charAt(0);
  return c !== c.toLowerCase();
}

/**
 * Word shape with runs collapsed: "Kassym-Jomart" → "Xx-Xx", "U.S." → "X.X.",
 * "1996" → "d", "SCO" → "X". Letters outside ASCII count by their case.
 */
export function shapeOf(text: string): string {
  let shape = '';
  let last = '';
  for (const ch of text) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

/**
 * Whether a sentence is set in capitals (a headline such as "XI ARRIVES IN
 * ASTANA"): at least two words of two or more letters, nearly all upper case.
 */
export function isAllCapsSentence(words: readonly string[]): boolean {
  let upper = 0;
  let lettered = 0;
  let mixed = 0;
  for (const w of words) {
    if (w.length < 2) continue;
    // Fast path: an ASCII lower-case letter up front settles it for most words.
    const c = w.charCodeAt(0);
    const d = w.charCodeAt(1);
    if ((c >= 97 && c <= 122) || (d >= 97 && d <= 122)) {
      lettered++;
      // More than a fifth of the words not in capitals: not a headline.
      if (++mixed > 2 && mixed * 5 > words.length) return false;
      continue;
    }
    if (w.toLowerCase() === w.toUpperCase()) continue;
    lettered++;
    if (isAllCaps(w)) upper++;
    else mixed++;
  }
  return lettered >= 2 && upper >= lettered * 0.8;
}
