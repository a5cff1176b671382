// Document-level consistency after tagging, on token spans:
// - a surname (or given name) of a person named in full is that person
//   wherever it stands alone ("Xi" after "Xi Jinping", whose family name
//   comes first), unless a given name is also a known place name;
// - an abbreviation defined in parentheses after a name takes that name's
//   class everywhere ("Shanghai Cooperation Organisation (SCO)").
import type { TokenSpan } from './decoder';
import { documentForms } from './documentForms';
import { isAllCaps, isCapitalised, normalizeToken } from './normalize';

const PER = 0;

/** One token of the document, addressed by sentence and index. */
type Forms = readonly (readonly string[])[];

/** Applies both rules; returns the spans sorted by sentence and start. */
export function makeConsistent(spans: TokenSpan[], forms: Forms, isPlace: (form: string) => boolean): TokenSpan[] {
  const { normal, base } = documentForms(forms);
  const byForm = new Map<string, number>();
  const surnames = new Set<string>();
  const givenNames = new Set<string>();
  for (const s of spans) {
    if (s.cls === PER && s.end - s.start >= 2) {
      surnames.add(normal[s.sentence][s.end - 1]);
      givenNames.add(normal[s.sentence][s.start]);
    }
  }
  // "López Obrador's party" beside "Andrés Manuel López Obrador": a name that is the last two or more words of a
  // person's fuller name is that person, whatever the model typed it.
  const tails = new Set<string>();
  for (const s of spans) {
    if (s.cls !== PER || s.end - s.start < 3) continue;
    for (let k = s.start + 1; k <= s.end - 2; k++) tails.add(normal[s.sentence].slice(k, s.end).join(' '));
  }
  if (tails.size) for (const s of spans) if (s.cls !== PER && s.end - s.start >= 2 && tails.has(normal[s.sentence].slice(s.start, s.end).join(' '))) s.cls = PER;
  for (const [abbreviation, cls] of abbreviations(spans, forms)) byForm.set(abbreviation, cls);
  for (const name of givenNames) if (!byForm.has(name)) byForm.set(name, PER);
  for (const name of surnames) byForm.set(name, PER);
  if (byForm.size === 0) return spans;

  const covered = new Map<number, TokenSpan>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered.set(base[s.sentence] + i, s);
  const out = spans.slice();
  for (let sentence = 0; sentence < normal.length; sentence++) {
    const tokens = normal[sentence];
    for (let i = 0; i < tokens.length; i++) {
      const form = tokens[i];
      // The capital test first (by code, for ASCII): most tokens are lower case and need no lookup.
      if (!isCapitalised(form)) continue;
      const cls = byForm.get(form);
      if (cls === undefined) continue;
      const existing = covered.get(base[sentence] + i);
      if (!existing) {
        // An untagged capitalised token that is a known name part or abbreviation.
        out.push({ sentence, start: i, end: i + 1, cls });
      } else if (existing.end - existing.start === 1 && existing.cls !== cls && (surnames.has(form) || cls !== PER || !isPlace(form))) {
        existing.cls = cls;
      }
    }
  }
  return out.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/**
 * A multi-word name found once is the same name wherever its words recur
 * untagged, or tagged only in part, in the document ("Aurelian Institute
 * for Space Science" again in a later paragraph, where the context was
 * weaker; "Coastline Grocers" where the model took only "Grocers").
 */
export function repeatNames(spans: TokenSpan[], forms: Forms): TokenSpan[] {
  const { normal, base } = documentForms(forms);
  const byFirst = new Map<string, { words: readonly string[]; cls: number }[]>();
  for (const s of spans) {
    if (s.end - s.start < 2) continue;
    const words = normal[s.sentence].slice(s.start, s.end);
    const list = byFirst.get(words[0]) ?? [];
    if (!list.some((l) => l.words.join(' ') === words.join(' '))) list.push({ words, cls: s.cls });
    byFirst.set(words[0], list);
  }
  if (byFirst.size === 0) return spans;
  // The span covering each tagged token (by its index in the document).
  const covered = new Map<number, TokenSpan>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered.set(base[s.sentence] + i, s);
  let out = spans.slice();
  let emptied = false;
  // The ASCII first characters of the names' first words: a token starting otherwise needs no lookup.
  const firsts = new Int32Array(4);
  for (const first of byFirst.keys()) {
    const c = first.charCodeAt(0);
    if (c < 128) firsts[c >> 5] |= 1 << (c & 31);
  }
  normal.forEach((tokens, sentence) => {
    const at = base[sentence];
    for (let i = 0; i < tokens.length; i++) {
      const c = tokens[i].charCodeAt(0);
      if (c < 128 && !(firsts[c >> 5] & (1 << (c & 31)))) continue;
      const candidates = byFirst.get(tokens[i]);
      if (!candidates) continue;
      for (const { words, cls } of candidates) {
        const end = i + words.length;
        if (end > tokens.length) continue;
        // The words recur untagged, or with a shorter name inside them ("Grocers" of "Coastline Grocers"),
        // which the whole name replaces; a tagged name reaching outside them stays.
        let same = true;
        let inner = false;
        for (let k = 0; k < words.length && same; k++) {
          const owner = covered.get(at + i + k);
          same = tokens[i + k] === words[k] && (owner === undefined || (owner.start >= i && owner.end <= end && owner.end - owner.start < words.length));
          if (owner) inner = true;
        }
        if (!same) continue;
        if (inner) {
          for (let k = i; k < end; k++) {
            const owner = covered.get(at + k);
            if (owner) owner.end = owner.start;
          }
          emptied = true;
        }
        const whole = { sentence, start: i, end, cls };
        out.push(whole);
        for (let k = i; k < end; k++) covered.set(at + k, whole);
        i = end - 1;
        break;
      }
    }
  });
  if (emptied) out = out.filter((span) => span.end > span.start);
  return out.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/** Abbreviations in parentheses right after a multi-token name: "( SCO )" after a name of class c. */
function abbreviations(spans: readonly TokenSpan[], forms: Forms): Map<string, number> {
  const found = new Map<string, number>();
  for (const s of spans) {
    if (s.end - s.start < 2) continue;
    const tokens = forms[s.sentence];
    if (tokens[s.end] !== '(' || tokens[s.end + 2] !== ')') continue;
    const candidate = normalizeToken(tokens[s.end + 1] ?? '');
    if (candidate.length >= 2 && isAllCaps(candidate) && initialsMatch(candidate, tokens.slice(s.start, s.end))) {
      found.set(candidate, s.cls);
    }
  }
  return found;
}

/** Whether the abbreviation's first letter is the name's first letter (cheap guard against "(AP)" notes). */
function initialsMatch(abbreviation: string, words: readonly string[]): boolean {
  return abbreviation.charAt(0).toUpperCase() === words[0].charAt(0).toUpperCase();
}
