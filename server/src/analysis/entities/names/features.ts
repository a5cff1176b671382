// Feature extraction: every feature is a 32-bit hash of (template, value), so
// one sentence yields a flat array of integers and no strings per feature.
// The static features of a token depend only on the sentence and the
// lexicon; the dynamic ones (previous labels, document memory) are added by
// the decoder as it goes, left to right.
import { hashRange, hashString, mix, phraseKey } from './hash';
import { CLASSES } from './labels';
import {
  CAP_SHIFT,
  CASE_LOWER,
  CASE_UPPER,
  caseOf,
  FLAG_CITY,
  FLAG_COUNTRY,
  FLAG_DEMONYM,
  FLAG_GIVEN,
  FLAG_ORG_SUFFIX,
  FLAG_TITLE,
  FREQ_SHIFT,
  shareOf,
  type Lexicon,
} from './lexicon';
import { isAllCapsSentence, isCapitalised, lowerForm, normalizeToken, shapeOf } from './normalize';

/** Template numbers; changing them changes every key, so the model must be retrained. */
const enum T {
  Bias = 1, Form, Lower, Shape, Prefix, Suffix, PrevWord, PrevWord2, NextWord, NextWord2,
  PrevShape, NextShape, PrevShape2, NextShape2, PrevBigram, NextBigram, ShapeTrigram, First,
  AllCaps, Length, Share, Cap, Flag, PrevFlag, NextFlag, Next2Flag, Gazetteer, PrevWordShape,
  Freq, PrevLabel, PrevLabels, PrevLabelWord, Memory, MemoryShape, GazetteerLong,
}

const BOUNDARY_BEFORE = hashString('<S>');
const BOUNDARY_AFTER = hashString('</S>');
const FLAGS = [FLAG_COUNTRY, FLAG_CITY, FLAG_GIVEN, FLAG_DEMONYM, FLAG_TITLE, FLAG_ORG_SUFFIX];

/** The per-sentence view the decoder needs: forms, hashes and the static feature keys per token. */
export interface SentenceFeatures {
  length: number;
  /** Normalised (and, in capitals headlines, truecased) token forms. */
  forms: string[];
  /** Hash of each lower-case form. */
  lower: Uint32Array;
  /** Hash of each form as written (after normalisation). */
  exact: Uint32Array;
  /** Static keys of token i are keys[offsets[i] .. offsets[i+1]). */
  offsets: Int32Array;
  keys: Uint32Array;
}

/** Most static keys one token can have (the gazetteer can add a few per match). */
const MAX_PER_TOKEN = 100;

/** The usual-case form of a word in a capitals headline ("ASTANA" → "Astana", "IN" → "in"). */
function truecase(word: string, info: number): string {
  const c = caseOf(info);
  if (c === CASE_UPPER) return word;
  const lower = word.toLowerCase();
  if (c === CASE_LOWER) return lower;
  return word.charAt(0) + lower.slice(1);
}

/** Static features of one sentence given its raw token texts. */
export function extractSentence(rawTokens: readonly string[], lexicon: Lexicon): SentenceFeatures {
  const n = rawTokens.length;
  const forms = new Array<string>(n);
  const lowers = new Array<string>(n);
  const lower = new Uint32Array(n);
  const exact = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const info = new Uint32Array(n);
  for (let i = 0; i < n; i++) forms[i] = normalizeToken(rawTokens[i]);
  const allCaps = isAllCapsSentence(forms);
  for (let i = 0; i < n; i++) {
    const l = lowerForm(forms[i]);
    lowers[i] = l;
    lower[i] = hashString(l);
    info[i] = lexicon.words.get(lower[i]);
    if (allCaps) forms[i] = truecase(forms[i], info[i]);
    exact[i] = hashString(forms[i]);
    shape[i] = hashString(shapeOf(forms[i]));
  }
  const offsets = new Int32Array(n + 1);
  const keys = new Uint32Array(n * MAX_PER_TOKEN);
  let k = 0;
  const gazetteer = gazetteerMarks(lower, n, lexicon);
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const l = lowers[i];
    const hl = lower[i];
    const hs = shape[i];
    const p1 = i > 0 ? lower[i - 1] : BOUNDARY_BEFORE;
    const p2 = i > 1 ? lower[i - 2] : BOUNDARY_BEFORE;
    const n1 = i + 1 < n ? lower[i + 1] : BOUNDARY_AFTER;
    const n2 = i + 2 < n ? lower[i + 2] : BOUNDARY_AFTER;
    const s1 = i > 0 ? shape[i - 1] : BOUNDARY_BEFORE;
    const s2 = i > 1 ? shape[i - 2] : BOUNDARY_BEFORE;
    const t1 = i + 1 < n ? shape[i + 1] : BOUNDARY_AFTER;
    const t2 = i + 2 < n ? shape[i + 2] : BOUNDARY_AFTER;
    keys[k++] = T.Bias;
    keys[k++] = mix(T.Form, exact[i]);
    keys[k++] = mix(T.Lower, hl);
    keys[k++] = mix(T.Shape, hs);
    for (let a = 1; a <= 3 && a < l.length; a++) keys[k++] = mix(T.Prefix * 16 + a, hashRange(l, 0, a));
    for (let a = 1; a <= 4 && a < l.length; a++) keys[k++] = mix(T.Suffix * 16 + a, hashRange(l, l.length - a, l.length));
    keys[k++] = mix(T.PrevWord, p1);
    keys[k++] = mix(T.PrevWord2, p2);
    keys[k++] = mix(T.NextWord, n1);
    keys[k++] = mix(T.NextWord2, n2);
    keys[k++] = mix(T.PrevShape, s1);
    keys[k++] = mix(T.NextShape, t1);
    keys[k++] = mix(T.PrevShape2, s2);
    keys[k++] = mix(T.NextShape2, t2);
    keys[k++] = mix(mix(T.PrevBigram, p1), hl);
    keys[k++] = mix(mix(T.NextBigram, hl), n1);
    keys[k++] = mix(mix(mix(T.ShapeTrigram, s1), hs), t1);
    keys[k++] = mix(mix(T.PrevWordShape, p1), hs);
    if (i === 0) keys[k++] = mix(T.First, hs);
    if (allCaps) keys[k++] = mix(T.AllCaps, hs);
    keys[k++] = mix(T.Length, Math.min(l.length, 12));
    const w = info[i];
    for (let c = 0; c < CLASSES.length; c++) {
      const share = shareOf(w, c);
      if (share) keys[k++] = mix(T.Share, c * 8 + share);
    }
    keys[k++] = mix(mix(T.Cap, (w >>> CAP_SHIFT) & 7), isCapitalised(forms[i]) ? 1 : 0);
    keys[k++] = mix(T.Freq, (w >>> FREQ_SHIFT) & 7);
    for (let f = 0; f < FLAGS.length; f++) {
      if (w & FLAGS[f]) keys[k++] = mix(T.Flag, f);
      if (i > 0 && info[i - 1] & FLAGS[f]) keys[k++] = mix(T.PrevFlag, f);
      if (i + 1 < n && info[i + 1] & FLAGS[f]) keys[k++] = mix(T.NextFlag, f);
      if (i + 2 < n && info[i + 2] & FLAGS[f]) keys[k++] = mix(T.Next2Flag, f);
    }
    const marks = gazetteer[i];
    for (let m = 0; m < 32; m++) {
      if (marks & (1 << m)) {
        keys[k++] = mix(T.Gazetteer, m);
        if (marks & (1 << 31) && m < 16) keys[k++] = mix(T.GazetteerLong, m);
      }
    }
  }
  offsets[n] = k;
  return { length: n, forms, lower, exact, offsets, keys };
}

/**
 * Gazetteer marks per token: bit (class × 4 + position) for every phrase of
 * the lexicon that covers it (position B/I/L/U as in the labels), and bit 31
 * when a covering phrase has three or more tokens.
 */
function gazetteerMarks(lower: Uint32Array, n: number, lexicon: Lexicon): Uint32Array {
  const marks = new Uint32Array(n);
  const max = lexicon.maxPhrase;
  if (max === 0) return marks;
  for (let s = 0; s < n; s++) {
    for (let e = s + 1; e <= n && e - s <= max; e++) {
      const mask = lexicon.phrases.get(phraseKey(lower, s, e));
      if (!mask) continue;
      for (let c = 0; c < CLASSES.length; c++) {
        if (!(mask & (1 << c))) continue;
        if (e - s === 1) marks[s] |= 1 << (c * 4 + 3);
        else {
          marks[s] |= 1 << (c * 4);
          for (let j = s + 1; j < e - 1; j++) marks[j] |= 1 << (c * 4 + 1);
          marks[e - 1] |= 1 << (c * 4 + 2);
        }
        if (e - s >= 3) for (let j = s; j < e; j++) marks[j] |= 1 << 31;
      }
    }
  }
  return marks;
}

/**
 * Dynamic keys of token i: the previous two labels, the previous label with
 * the word, and the class this form got earlier in the document (memory,
 * −1 when none). Writes into `out` and returns how many.
 */
export function dynamicKeys(
  out: Uint32Array,
  sentence: SentenceFeatures,
  i: number,
  previous: number,
  previous2: number,
  memory: number,
): number {
  let k = 0;
  out[k++] = mix(T.PrevLabel, previous);
  out[k++] = mix(mix(T.PrevLabels, previous), previous2);
  out[k++] = mix(mix(T.PrevLabelWord, previous), sentence.lower[i]);
  if (memory >= 0) {
    out[k++] = mix(T.Memory, memory);
    out[k++] = mix(mix(T.MemoryShape, memory), isCapitalised(sentence.forms[i]) ? 1 : 0);
  }
  return k;
}

/** Most dynamic keys per token. */
export const MAX_DYNAMIC = 8;
