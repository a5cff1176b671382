// Feature extraction: every feature is a 32-bit hash of (template, value), so
// one sentence yields a flat array of integers and no strings per feature.
// The static features of a token depend only on the sentence and the
// lexicon; the dynamic ones (previous labels, document memory) are added by
// the decoder as it goes, left to right.
import { hashRange, hashString, mix, PHRASE_SEED } from './hash';
import { keyFilterOf } from './keyFilter';
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
  PHRASE_PREFIX,
  shareOf,
  type Lexicon,
} from './lexicon';
import { isAllCapsSentence, isCapitalised, lowerForm, normalizeToken, shapeOf } from './normalize';
import { ByWordId } from '../../text/wordIds';


/** Template numbers; changing them changes every key, so the model must be retrained. */
const enum T {
  Bias = 1, Form, Lower, Shape, Prefix, Suffix, PrevWord, PrevWord2, NextWord, NextWord2,
  PrevShape, NextShape, PrevShape2, NextShape2, PrevBigram, NextBigram, ShapeTrigram, First,
  AllCaps, Length, Share, Cap, Flag, PrevFlag, NextFlag, Next2Flag, Gazetteer, PrevWordShape,
  Freq, PrevLabel, PrevLabels, PrevLabelWord, Memory, MemoryShape, GazetteerLong,
}

const BOUNDARY_BEFORE = hashString('<S>');
const BOUNDARY_AFTER = hashString('</S>');
const BOUNDARY_BEFORE_INT = BOUNDARY_BEFORE | 0;
const BOUNDARY_AFTER_INT = BOUNDARY_AFTER | 0;
const FLAGS = [FLAG_COUNTRY, FLAG_CITY, FLAG_GIVEN, FLAG_DEMONYM, FLAG_TITLE, FLAG_ORG_SUFFIX];

/** A sentence prepared for featurising: normalised forms, their hashes, lexicon records, gazetteer marks. */
export interface SentenceBasics {
  length: number;
  /** Normalised (and, in capitals headlines, truecased) token forms. */
  forms: string[];
  /** Normalised token forms, never truecased (`forms` itself outside capitals headlines). */
  normal: readonly string[];
  /** Lower-case forms, digits folded. */
  lowers: string[];
  /** Hash of each lower-case form. */
  lower: Uint32Array;
  /** Hash of each form as written (after normalisation); every word-level feature is a function of it. */
  exact: Uint32Array;
  shape: Uint32Array;
  info: Uint32Array;
  allCaps: boolean;
  gazetteer: Uint32Array;
  /** 1 in a sports report (see domain.ts): the neighbours' word features are then kept apart. */
  domain: number;
  /** The numbers of the raw tokens (text/wordIds.ts), when the caller had them. */
  ids?: SentenceWordIds;
}

/** The per-sentence view the trainer needs: the basics plus all static keys per token. */
export interface SentenceFeatures extends SentenceBasics {
  /** Static keys of token i are keys[offsets[i] .. offsets[i+1]). */
  offsets: Int32Array;
  keys: Uint32Array;
}

/** Most static keys one token can have (the gazetteer can add a few per match). */
const MAX_PER_TOKEN = 100;
/** Most keys of one role group or of the pair group. */
export const MAX_GROUP = 48;

/** Roles a word plays for the token being labelled: itself, or a neighbour at −1, −2, +1, +2. */
export const ROLES = [0, -1, -2, 1, 2] as const;

/** The usual-case form of a word in a capitals headline ("ASTANA" → "Astana", "IN" → "in"). */
function truecase(word: string, info: number): string {
  const c = caseOf(info);
  if (c === CASE_UPPER) return word;
  const lower = word.toLowerCase();
  if (c === CASE_LOWER) return lower;
  return word.charAt(0) + lower.slice(1);
}

/** What a raw token text always yields under one lexicon (cached: most tokens of news recur). */
interface TokenRecord {
  form: string;
  lower: string;
  lowerHash: number;
  info: number;
  exact: number;
  shape: number;
  /** The phrase-table entry of the one-token phrase of this word (0 when none): where every gazetteer scan starts. */
  phrase: number;
}

const RECORD_LIMIT = 1 << 16;
const records = new WeakMap<Lexicon, Map<string, TokenRecord>>();
/** The same records by the token's number (text/wordIds.ts): an array read where `recordOf` compares strings. */
const recordsByNumber = new WeakMap<Lexicon, ByWordId<TokenRecord>>();

/** The numbers of one sentence's tokens, with their generation (text/wordIds.ts). */
export interface SentenceWordIds {
  of: Int32Array;
  generation: number;
}

/** True when `text` holds a Latin letter with an accent or another mark (À to ɏ). */
function hasAccentedLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xc0 && c <= 0x24f) return true;
  }
  return false;
}

/** "Élisabeth" → "Elisabeth": the letters without their combining marks ("ø", "ß" have none and stay). */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function recordOf(raw: string, lexicon: Lexicon, cache: Map<string, TokenRecord>): TokenRecord {
  let r = cache.get(raw);
  if (r) return r;
  let form = normalizeToken(raw);
  let lower = lowerForm(form);
  let lowerHash = hashString(lower);
  // "Élisabeth", "Tomás": a word the lexicon does not know is read by its letters without their accents, as CoNLL's
  // English text writes most foreign names ("Élisabeth Borne" was an organisation, "Elisabeth Borne" a person).
  if (lexicon.words.get(lowerHash) === 0 && hasAccentedLetter(form)) {
    form = withoutAccents(form);
    lower = lowerForm(form);
    lowerHash = hashString(lower);
  }
  r = {
    form, lower, lowerHash, info: lexicon.words.get(lowerHash), exact: hashString(form), shape: hashString(shapeOf(form)),
    phrase: lexicon.phrases.get(mix(PHRASE_SEED, lowerHash)),
  };
  if (cache.size >= RECORD_LIMIT) cache.clear();
  cache.set(raw, r);
  return r;
}

/**
 * One zeroed buffer for the five hash arrays of every sentence of a document.
 * A typed array of more than 64 bytes gets its own allocation outside the
 * JavaScript heap, which cost more than filling it: a view into one buffer
 * per document costs a small object instead.
 */
export class SentenceArena {
  private readonly store: Uint32Array;
  private used = 0;

  /** An arena for sentences of `tokens` tokens in all. */
  constructor(tokens: number) {
    this.store = new Uint32Array(tokens * 5);
  }

  /** A zeroed array of n values (a fresh one when the arena is used up). */
  take(n: number): Uint32Array {
    if (this.used + n > this.store.length) return new Uint32Array(n);
    const view = this.store.subarray(this.used, this.used + n);
    this.used += n;
    return view;
  }
}

/** Normalises, truecases and hashes one sentence's raw token texts (the hash arrays from `arena` when given). */
export function prepareSentence(rawTokens: readonly string[], lexicon: Lexicon, sports = false, arena?: SentenceArena, ids?: SentenceWordIds): SentenceBasics {
  let cache = records.get(lexicon);
  if (!cache) records.set(lexicon, (cache = new Map()));
  let byNumber = recordsByNumber.get(lexicon);
  if (!byNumber) recordsByNumber.set(lexicon, (byNumber = new ByWordId()));
  const n = rawTokens.length;
  const forms = new Array<string>(n);
  const lowers = new Array<string>(n);
  const lower = arena ? arena.take(n) : new Uint32Array(n);
  const exact = arena ? arena.take(n) : new Uint32Array(n);
  const shape = arena ? arena.take(n) : new Uint32Array(n);
  const info = arena ? arena.take(n) : new Uint32Array(n);
  const recs = new Array<TokenRecord>(n);
  for (let i = 0; i < n; i++) {
    let r = ids ? byNumber.get(ids.of[i], ids.generation) : undefined;
    if (r === undefined) {
      r = recordOf(rawTokens[i], lexicon, cache);
      if (ids) byNumber.set(ids.of[i], ids.generation, r);
    }
    recs[i] = r;
    forms[i] = r.form;
  }
  const allCaps = isAllCapsSentence(forms);
  const normal = allCaps ? forms.slice() : forms;
  for (let i = 0; i < n; i++) {
    const r = recs[i];
    lowers[i] = r.lower;
    lower[i] = r.lowerHash;
    info[i] = r.info;
    if (allCaps) {
      forms[i] = truecase(forms[i], r.info);
      exact[i] = hashString(forms[i]);
      shape[i] = hashString(shapeOf(forms[i]));
    } else {
      exact[i] = r.exact;
      shape[i] = r.shape;
    }
  }
  const gazetteer = gazetteerMarks(lower, recs, n, lexicon, arena ? arena.take(n) : new Uint32Array(n));
  return { length: n, forms, normal, lowers, lower, exact, shape, info, allCaps, gazetteer, domain: sports ? 1 : 0, ids };
}

/** Whether token j exists (else the role sees a sentence boundary). */
function inside(s: SentenceBasics, j: number): boolean {
  return j >= 0 && j < s.length;
}

/**
 * Keys that token j contributes in role `role` (0 itself, −1/−2 before, +1/+2
 * after the labelled token). They depend on the form alone, so the decoder
 * caches their summed weights per (role, form).
 */
export function roleKeys(out: Uint32Array, k: number, s: SentenceBasics, role: number, j: number): number {
  if (role === 0) {
    const l = s.lowers[j];
    const w = s.info[j];
    out[k++] = mix(T.Form, s.exact[j]);
    out[k++] = mix(T.Lower, s.lower[j]);
    out[k++] = mix(T.Shape, s.shape[j]);
    for (let a = 1; a <= 3 && a < l.length; a++) out[k++] = mix(T.Prefix * 16 + a, hashRange(l, 0, a));
    for (let a = 1; a <= 4 && a < l.length; a++) out[k++] = mix(T.Suffix * 16 + a, hashRange(l, l.length - a, l.length));
    out[k++] = mix(T.Length, Math.min(l.length, 12));
    for (let c = 0; c < CLASSES.length; c++) {
      const share = shareOf(w, c);
      if (share) out[k++] = mix(T.Share, c * 8 + share);
    }
    out[k++] = mix(mix(T.Cap, (w >>> CAP_SHIFT) & 7), isCapitalised(s.forms[j]) ? 1 : 0);
    out[k++] = mix(T.Freq, (w >>> FREQ_SHIFT) & 7);
    const capital = isCapitalised(s.forms[j]) ? 1 : 0;
    for (let f = 0; f < FLAGS.length; f++) if (w & FLAGS[f]) out[k++] = mix(T.Flag, f * 2 + capital);
    return k;
  }
  const there = inside(s, j);
  const word = there ? s.lower[j] : role < 0 ? BOUNDARY_BEFORE : BOUNDARY_AFTER;
  const shape = there ? s.shape[j] : role < 0 ? BOUNDARY_BEFORE : BOUNDARY_AFTER;
  const [wordT, shapeT, flagT] =
    role === -1 ? [T.PrevWord, T.PrevShape, T.PrevFlag]
    : role === -2 ? [T.PrevWord2, T.PrevShape2, 0]
    : role === 1 ? [T.NextWord, T.NextShape, T.NextFlag]
    : [T.NextWord2, T.NextShape2, T.Next2Flag];
  out[k++] = mix(wordT + 64 * s.domain, word);
  out[k++] = mix(shapeT, shape);
  if (there && flagT) {
    const capital = isCapitalised(s.forms[j]) ? 1 : 0;
    for (let f = 0; f < FLAGS.length; f++) if (s.info[j] & FLAGS[f]) out[k++] = mix(flagT, f * 2 + capital);
  }
  return k;
}

/** The bias feature's key: always the first key `pairKeys` writes (the decoder keeps its row pre-summed). */
export const BIAS_KEY: number = T.Bias;

/** Keys of token i that combine it with its neighbours or its place in the sentence (not cacheable per form). */
export function pairKeys(out: Uint32Array, k: number, s: SentenceBasics, i: number): number {
  return gazetteerKeys(out, contextKeys(out, k, s, i), s.gazetteer[i]);
}

/** The pair keys but the gazetteer's: the bias first, then the token with its neighbours and its place. */
export function contextKeys(out: Uint32Array, k: number, s: SentenceBasics, i: number): number {
  const n = s.length;
  // Read as int32 (| 0): mix only XORs them, so the keys are the same, but a phi of a
  // uint32 and a constant above 2^31 is a heap number, allocated per token.
  const hl = s.lower[i] | 0;
  const hs = s.shape[i] | 0;
  const p1 = i > 0 ? s.lower[i - 1] | 0 : BOUNDARY_BEFORE_INT;
  const n1 = i + 1 < n ? s.lower[i + 1] | 0 : BOUNDARY_AFTER_INT;
  const s1 = i > 0 ? s.shape[i - 1] | 0 : BOUNDARY_BEFORE_INT;
  const t1 = i + 1 < n ? s.shape[i + 1] | 0 : BOUNDARY_AFTER_INT;
  out[k++] = BIAS_KEY;
  out[k++] = mix(mix(T.PrevBigram, p1), hl);
  out[k++] = mix(mix(T.NextBigram, hl), n1);
  out[k++] = mix(mix(mix(T.ShapeTrigram, s1), hs), t1);
  out[k++] = mix(mix(T.PrevWordShape, p1), hs);
  if (i === 0) out[k++] = mix(T.First, hs);
  if (s.allCaps) out[k++] = mix(T.AllCaps, hs);
  return k;
}

/** The gazetteer keys of a token's marks (see gazetteerMarks): one per mark bit, and a "long" one per class bit when bit 31 is set. */
export function gazetteerKeys(out: Uint32Array, k: number, marks: number): number {
  for (let m = 0; m < 32; m++) {
    if (marks & (1 << m)) {
      out[k++] = gazetteerKey(m);
      if (marks & (1 << 31) && m < 16) out[k++] = gazetteerLongKey(m);
    }
  }
  return k;
}

/** Key of gazetteer mark bit m (0 … 31); few values, so the decoder sums their rows once per model. */
export function gazetteerKey(m: number): number {
  return mix(T.Gazetteer, m);
}

/** Key of mark bit m (0 … 15) inside a phrase of three or more tokens. */
export function gazetteerLongKey(m: number): number {
  return mix(T.GazetteerLong, m);
}

/** Every static key of every token of a sentence (training). */
export function extractSentence(rawTokens: readonly string[], lexicon: Lexicon, sports = false): SentenceFeatures {
  const s = prepareSentence(rawTokens, lexicon, sports);
  const n = s.length;
  const offsets = new Int32Array(n + 1);
  const keys = new Uint32Array(n * MAX_PER_TOKEN);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    for (const role of ROLES) k = roleKeys(keys, k, s, role, i + role);
    k = pairKeys(keys, k, s, i);
  }
  offsets[n] = k;
  return { ...s, offsets, keys: keys.slice(0, k) };
}

/**
 * Gazetteer marks per token: bit (class × 4 + position) for every phrase of
 * the lexicon that covers it (position B/I/L/U as in the labels), and bit 31
 * when a covering phrase has three or more tokens. `marks` comes zeroed.
 */
function gazetteerMarks(lower: Uint32Array, recs: readonly TokenRecord[], n: number, lexicon: Lexicon, marks: Uint32Array): Uint32Array {
  const max = lexicon.maxPhrase;
  if (max === 0) return marks;
  const filter = keyFilterOf(lexicon.phrases);
  for (let s = 0; s < n; s++) {
    // No one-token phrase or prefix starts here (most tokens): nothing to hash.
    if (!recs[s].phrase) continue;
    // Keys fold left (phraseKey), so each longer phrase costs one mix; the
    // table marks prefixes of longer phrases, so most starts stop at once.
    let key = PHRASE_SEED;
    for (let e = s + 1; e <= n && e - s <= max; e++) {
      key = mix(key, lower[e - 1]);
      // The one-token step is in the word's cached record (the same lookup, done once per word).
      const mask = e === s + 1 ? recs[s].phrase : filter.mayHold(key) ? lexicon.phrases.get(key) : 0;
      if (!mask) break;
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
      if (!(mask & PHRASE_PREFIX)) break;
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
  sentence: SentenceBasics,
  i: number,
  previous: number,
  previous2: number,
  memory: number,
): number {
  let k = labelKeys(out, 0, previous, previous2);
  out[k++] = labelWordKey(previous, sentence.lower[i]);
  if (memory >= 0) k = memoryKeys(out, k, memory, isCapitalised(sentence.forms[i]) ? 1 : 0);
  return k;
}

/**
 * The dynamic keys that depend on the previous two labels alone. The labels
 * are few (LABEL_COUNT²), so the decoder sums their rows once per model.
 */
export function labelKeys(out: Uint32Array, k: number, previous: number, previous2: number): number {
  out[k++] = mix(T.PrevLabel, previous);
  out[k++] = mix(mix(T.PrevLabels, previous), previous2);
  return k;
}

/** The dynamic key of the previous label with the token's lower-case form (hash). */
export function labelWordKey(previous: number, lower: number): number {
  return mix(mix(T.PrevLabelWord, previous), lower);
}

/** The document-memory keys (memory ≥ 0, capital 0/1); few values, so also summed once per model. */
export function memoryKeys(out: Uint32Array, k: number, memory: number, capital: number): number {
  out[k++] = mix(T.Memory, memory);
  out[k++] = mix(mix(T.MemoryShape, memory), capital);
  return k;
}

/** Most dynamic keys per token. */
export const MAX_DYNAMIC = 8;
