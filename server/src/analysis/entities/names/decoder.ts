// Greedy left-to-right decoding: each token takes the best label allowed
// after the previous one (BILOU constraints), with the previous labels and
// the document memory as features. Greedy decoding is what the model was
// trained with, and it is several times faster than Viterbi for ~1 point.
import {
  BIAS_KEY, contextKeys, gazetteerKey, gazetteerLongKey, labelKeys, labelWordKey, MAX_GROUP, memoryKeys, prepareSentence, roleKeys, ROLES,
  SentenceArena, type SentenceBasics,
} from './features';
import { isSportsDocument } from './domain';
import { rememberDocumentForms } from './documentForms';
import { mix } from './hash';
import { HashTable } from './table';
import { choose, classOf, INSIDE, LABEL_COUNT, labelOf, LAST, BEGIN, positionOf, spansOf, UNIT } from './labels';
import type { NameModel } from './model';
import { FormMemory, type DocumentMemory } from './memory';
import { WeightRows } from './rows';
import { isCapitalised } from './normalize';
import type { WordIds } from '../../text/wordIds';

/** A name found in sentence `sentence`, tokens `[start, end)`, of class `cls` (index into CLASSES). */
export interface TokenSpan {
  sentence: number;
  start: number;
  end: number;
  cls: number;
}

/** The indexed weight rows of each model (built on first use). */
const rowIndexes = new WeakMap<NameModel, WeightRows>();

function rowsOf(model: NameModel): WeightRows {
  let rows = rowIndexes.get(model);
  if (!rows) rowIndexes.set(model, (rows = new WeightRows(model)));
  return rows;
}

/** Adds the weight rows of keys[from, to) to scores[at, at + LABEL_COUNT) (an offset, not a subarray: no view per token). */
function addRows(model: NameModel, keys: Uint32Array, from: number, to: number, scores: Int32Array, at = 0): void {
  rowsOf(model).addAll(keys, from, to, scores, at);
}

/** Adds the weight row of one key to scores[at, at + LABEL_COUNT). */
function addRow(model: NameModel, key: number, scores: Int32Array, at: number): void {
  rowsOf(model).add(key, scores, at);
}

/** Adds a pre-summed row (LABEL_COUNT values at `from`) to scores[at, at + LABEL_COUNT). */
function addSummed(summed: Int32Array, from: number, scores: Int32Array, at: number): void {
  for (let l = 0; l < LABEL_COUNT; l++) scores[at + l] += summed[from + l];
}

/**
 * Document memory: the class that a capitalised form last got in this
 * document (keyed by the form's hash), read as a feature by later mentions.
 */
export type { DocumentMemory } from './memory';

/**
 * Summed weight rows per form and role: most features of a token depend on
 * one word only (itself, or a neighbour at −2 … +2), so their sums are looked
 * up once per distinct form, for all five roles, instead of once per token
 * and feature. Slot 0 holds the sentence-boundary rows. Cleared when full.
 */
const CACHE_SIZE = 1 << 14;
const STRIDE = ROLES.length * LABEL_COUNT;

/** Memory values are class × 2 + (whole one-word name): 0 … 7 (see `remember`). */
const MEMORY_VALUES = 8;

class FormCache {
  private table = new HashTable(CACHE_SIZE);
  private used = 2;
  readonly pool = new Int32Array(CACHE_SIZE * STRIDE);
  private readonly keys = new Uint32Array(MAX_GROUP);
  /**
   * Summed rows of the keys that take few values, so that a token reads one
   * row instead of looking up each key (the sums are integers: the order of
   * the additions does not change them). `labelRows` at (previous ×
   * LABEL_COUNT + previous2) × LABEL_COUNT; `memoryRows` at (memory × 2 +
   * capital) × LABEL_COUNT. The bias row is in every form's role-0 row.
   */
  readonly labelRows = new Int32Array(LABEL_COUNT * LABEL_COUNT * LABEL_COUNT);
  readonly memoryRows = new Int32Array(MEMORY_VALUES * 2 * LABEL_COUNT);
  /** The row of each gazetteer mark bit (32), then of each "long" bit (16), at bit × LABEL_COUNT. */
  readonly gazetteerRows = new Int32Array(48 * LABEL_COUNT);
  /**
   * The row of the previous label with the word (labelWordKey), for each previous label, at
   * slot × LABEL_COUNT, packed as WeightRows.rowOf gives it. Every token adds one such row and
   * its key depends on the form and the previous label alone: looked up here once per form, the
   * decoder adds it without hashing and probing the weight table per token.
   */
  readonly wordRows = new Int32Array(CACHE_SIZE * LABEL_COUNT);
  /** 1 at slot when the form is capitalised (the memory keys' capital bit). */
  readonly capitals = new Uint8Array(CACHE_SIZE);
  readonly rows: WeightRows;
  /**
   * The slot of each token number (text/wordIds.ts) of `wordGeneration`, 0 when not yet known:
   * outside capitals headlines and sports reports a token's form, hence its slot, follows from
   * its raw text, so a token whose word was seen reads its slot from this array instead of
   * hashing into the table (a probe into 256 KB, often a cache miss). Emptied with the table.
   */
  private byWord = new Int32Array(1024);
  private wordGeneration = -1;

  constructor(private readonly model: NameModel) {
    this.rows = rowsOf(model);
    for (let previous = 0; previous < LABEL_COUNT; previous++) {
      for (let previous2 = 0; previous2 < LABEL_COUNT; previous2++) {
        const at = (previous * LABEL_COUNT + previous2) * LABEL_COUNT;
        addRows(model, this.keys, 0, labelKeys(this.keys, 0, previous, previous2), this.labelRows, at);
      }
    }
    for (let memory = 0; memory < MEMORY_VALUES; memory++) {
      for (const capital of [0, 1]) {
        addRows(model, this.keys, 0, memoryKeys(this.keys, 0, memory, capital), this.memoryRows, (memory * 2 + capital) * LABEL_COUNT);
      }
    }
    for (let m = 0; m < 32; m++) this.rows.add(gazetteerKey(m), this.gazetteerRows, m * LABEL_COUNT);
    for (let m = 0; m < 16; m++) this.rows.add(gazetteerLongKey(m), this.gazetteerRows, (32 + m) * LABEL_COUNT);
    for (const domain of [0, 1]) {
      const empty = { ...EMPTY, domain };
      ROLES.forEach((role, r) => {
        if (role === 0) return;
        const at = domain * STRIDE + r * LABEL_COUNT;
        const row = this.pool.subarray(at, at + LABEL_COUNT);
        addRows(model, this.keys, 0, roleKeys(this.keys, 0, empty, role, role < 0 ? -1 : 0), row);
      });
    }
  }

  /** The slot of token j's form (its role rows at slot × STRIDE in `pool`), computed on first sight of the form. */
  slotOf(s: SentenceBasics, j: number): number {
    const key = s.domain ? mix(s.exact[j], 0x5f) : s.exact[j];
    const slot = this.table.get(key, 0);
    // The first sight is a method of its own: inlined here, it used up the inlining budget of
    // staticScores, whose other calls then passed hash values above 2^31 as heap numbers.
    return slot === 0 ? this.fill(s, j, key) : slot;
  }

  /** Writes the slot of every token of `s` into `slots` (call `reserve(s.length)` first). */
  slotsOf(s: SentenceBasics, slots: Int32Array): void {
    const n = s.length;
    const ids = s.ids;
    if (!ids || s.allCaps || s.domain !== 0) {
      for (let j = 0; j < n; j++) slots[j] = this.slotOf(s, j);
      return;
    }
    if (ids.generation !== this.wordGeneration) {
      this.byWord.fill(0);
      this.wordGeneration = ids.generation;
    }
    for (let j = 0; j < n; j++) {
      const id = ids.of[j];
      if (id >= this.byWord.length) this.growByWord(id);
      let slot = this.byWord[id];
      if (slot === 0) this.byWord[id] = slot = this.slotOf(s, j);
      slots[j] = slot;
    }
  }

  private growByWord(id: number): void {
    let size = this.byWord.length;
    while (size <= id) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.byWord);
    this.byWord = grown;
  }

  /**
   * Makes room for the forms of a sentence of n tokens before its slots are taken: emptied
   * mid-sentence, the cache would hand an earlier token's slot to a later form.
   */
  reserve(n: number): void {
    if (this.used + Math.min(n, CACHE_SIZE - 2) > CACHE_SIZE) {
      this.table = new HashTable(CACHE_SIZE);
      this.used = 2;
      this.byWord.fill(0);
    }
  }

  /** Computes the five role rows of token j's form into a new slot. */
  private fill(s: SentenceBasics, j: number, key: number): number {
    const model = this.model;
    if (this.used === CACHE_SIZE) this.reserve(CACHE_SIZE);
    const slot = this.used++;
    this.table.set(key, slot);
    const base = slot * STRIDE;
    this.pool.fill(0, base, base + STRIDE);
    ROLES.forEach((role, r) => {
      const row = this.pool.subarray(base + r * LABEL_COUNT, base + (r + 1) * LABEL_COUNT);
      addRows(model, this.keys, 0, roleKeys(this.keys, 0, s, role, j), row);
      if (role === 0) addRow(model, BIAS_KEY, row, 0);
    });
    for (let previous = 0; previous < LABEL_COUNT; previous++) {
      this.wordRows[slot * LABEL_COUNT + previous] = this.rows.rowOf(labelWordKey(previous, s.lower[j]));
    }
    this.capitals[slot] = isCapitalised(s.forms[j]) ? 1 : 0;
    return slot;
  }
}

const caches = new WeakMap<NameModel, FormCache>();

function cacheOf(model: NameModel): FormCache {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new FormCache(model)));
  return cache;
}
const EMPTY: SentenceBasics = {
  length: 0, forms: [], normal: [], lowers: [], lower: new Uint32Array(0), exact: new Uint32Array(0),
  shape: new Uint32Array(0), info: new Uint32Array(0), allCaps: false, gazetteer: new Uint32Array(0), domain: 0,
};

// Scratch buffers: decoding is synchronous and single-threaded, so one set serves every call.
const PAIR_KEYS = new Uint32Array(MAX_GROUP);
const LABEL_SCORES = new Int32Array(LABEL_COUNT);
const DYNAMIC_KEYS = new Uint32Array(MAX_GROUP);
/** The form-cache slot of each token of the sentence last passed to staticScores (decodeSentence reads them too). */
let SLOTS = new Int32Array(64);
let STATIC_SCORES = new Int32Array(64 * LABEL_COUNT);
/** staticScores unrolls the five roles when they are the usual ones (else the plain loop). */
const FIVE_ROLES = ROLES.join() === '0,-1,-2,1,2';

/**
 * Static label scores of every token of a sentence, `n × LABEL_COUNT` (the
 * first entries of the returned array). It is a scratch buffer, valid until
 * the next call.
 */
export function staticScores(model: NameModel, s: SentenceBasics): Int32Array {
  const cache = cacheOf(model);
  const n = s.length;
  if (SLOTS.length < n) SLOTS = new Int32Array(n * 2);
  const slots = SLOTS;
  cache.reserve(n);
  cache.slotsOf(s, slots);
  const rowAt = (j: number): number => slots[j] * STRIDE;
  const pool = cache.pool;
  const rows = cache.rows;
  const gazetteer = cache.gazetteerRows;
  if (STATIC_SCORES.length < n * LABEL_COUNT) STATIC_SCORES = new Int32Array(n * 2 * LABEL_COUNT);
  const scores = STATIC_SCORES;
  const keys = PAIR_KEYS;
  const boundary = s.domain * STRIDE;
  for (let i = 0; i < n; i++) {
    const at = i * LABEL_COUNT;
    // The five role rows (ROLES: the token, −1, −2, +1, +2) summed label by label with one store each;
    // the sums are integers, so the order of the additions does not change them.
    if (FIVE_ROLES) {
      const f0 = rowAt(i);
      const f1 = (i >= 1 ? rowAt(i - 1) : boundary) + LABEL_COUNT;
      const f2 = (i >= 2 ? rowAt(i - 2) : boundary) + 2 * LABEL_COUNT;
      const f3 = (i + 1 < n ? rowAt(i + 1) : boundary) + 3 * LABEL_COUNT;
      const f4 = (i + 2 < n ? rowAt(i + 2) : boundary) + 4 * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) scores[at + l] = pool[f0 + l] + pool[f1 + l] + pool[f2 + l] + pool[f3 + l] + pool[f4 + l];
    } else {
      scores.fill(0, at, at + LABEL_COUNT);
      for (let r = 0; r < ROLES.length; r++) {
        const j = i + ROLES[r];
        const from = (j >= 0 && j < n ? rowAt(j) : boundary) + r * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++) scores[at + l] += pool[from + l];
      }
    }
    // The pair keys (features.ts pairKeys): keys[0] is the bias, whose row is already in the
    // token's role-0 row; the gazetteer marks' rows come summed per bit.
    const k = contextKeys(keys, 0, s, i);
    rows.addAll(keys, 1, k, scores, at);
    const marks = s.gazetteer[i];
    if (marks !== 0) {
      for (let m = 0; m < 32; m++) {
        if (!(marks & (1 << m))) continue;
        addSummed(gazetteer, m * LABEL_COUNT, scores, at);
        if (marks & (1 << 31) && m < 16) addSummed(gazetteer, (32 + m) * LABEL_COUNT, scores, at);
      }
    }
  }
  return scores;
}

/** Labels one sentence into `labels`, given its static scores; updates the memory. */
export function decodeSentence(
  model: NameModel,
  sentence: SentenceBasics,
  memory: DocumentMemory,
  labels: Uint8Array,
): void {
  const fixed = staticScores(model, sentence);
  const { labelRows, memoryRows, rows, wordRows, capitals } = cacheOf(model);
  const slots = SLOTS;
  const scores = LABEL_SCORES;
  const dynamic = DYNAMIC_KEYS;
  let previous = 0;
  let previous2 = 0;
  for (let i = 0; i < sentence.length; i++) {
    // The dynamic keys (features.ts dynamicKeys): the label pair and the memory from their summed rows, the word by lookup.
    const at = i * LABEL_COUNT;
    const pair = (previous * LABEL_COUNT + previous2) * LABEL_COUNT;
    const slot = slots[i];
    const remembered = memory.get(sentence.exact[i]) ?? -1;
    if (remembered >= 0 && remembered < MEMORY_VALUES) {
      const m = (remembered * 2 + capitals[slot]) * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) scores[l] = fixed[at + l] + labelRows[pair + l] + memoryRows[m + l];
    } else {
      for (let l = 0; l < LABEL_COUNT; l++) scores[l] = fixed[at + l] + labelRows[pair + l];
      if (remembered >= 0) rows.addAll(dynamic, 0, memoryKeys(dynamic, 0, remembered, capitals[slot]), scores, 0);
    }
    rows.addRowAt(wordRows[slot * LABEL_COUNT + previous], scores, 0);
    const chosen = choose(scores, previous);
    const best = chosen & 255;
    if (chosen >> 8 !== previous) {
      previous = chosen >> 8;
      labels[i - 1] = previous;
    }
    labels[i] = best;
    previous2 = previous;
    previous = best;
  }
  closeOpenSpan(labels, sentence.length);
  remember(sentence, labels, memory);
}

/** A sentence cannot end inside a name: a final B becomes U, a final I becomes L. */
export function closeOpenSpan(labels: Uint8Array, length: number): void {
  if (length === 0) return;
  const last = labels[length - 1];
  const cls = classOf(last);
  if (cls < 0) return;
  if (positionOf(last) === BEGIN) labels[length - 1] = labelOf(cls, UNIT);
  else if (positionOf(last) === INSIDE) labels[length - 1] = labelOf(cls, LAST);
}

/**
 * Stores the class of every capitalised token inside a found name, and
 * whether it was a whole one-word name (class × 2 + 1) or part of a longer one
 * (class × 2): "Severn" inside "Severn Valley Agency" says little about
 * "Severn" alone.
 */
export function remember(sentence: SentenceBasics, labels: Uint8Array, memory: DocumentMemory): void {
  for (let i = 0; i < sentence.length; i++) {
    const cls = classOf(labels[i]);
    if (cls >= 0 && isCapitalised(sentence.forms[i])) {
      memory.set(sentence.exact[i], cls * 2 + (positionOf(labels[i]) === UNIT ? 1 : 0));
    }
  }
}

/**
 * Tags a whole document given as sentences of token texts; `ids`, the numbers
 * of the tokens (text/wordIds.ts) when the caller has them, spare a lookup by text.
 */
export function tagSentences(model: NameModel, sentences: readonly (readonly string[])[], ids?: WordIds): TokenSpan[] {
  const memory: DocumentMemory = new FormMemory();
  const found: TokenSpan[] = [];
  const sports = isSportsDocument(sentences);
  let labels = new Uint8Array(64);
  let tokenCount = 0;
  for (const tokens of sentences) tokenCount += tokens.length;
  const arena = new SentenceArena(tokenCount);
  // The normalised and lower-case forms the document-level rules read, made here as a by-product (see documentForms.ts).
  const normal: (readonly string[])[] = [];
  const lower: (readonly string[])[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const tokens = sentences[s];
    normal.push([]);
    lower.push([]);
    if (tokens.length === 0) continue;
    if (labels.length < tokens.length) labels = new Uint8Array(tokens.length * 2);
    const features = prepareSentence(tokens, model.lexicon, sports, arena, ids && { of: ids.bySentence[s], generation: ids.generation });
    normal[s] = features.normal;
    lower[s] = features.lowers;
    decodeSentence(model, features, memory, labels);
    for (const span of spansOf(labels, tokens.length)) found.push({ sentence: s, start: span.start, end: span.end, cls: span.cls });
  }
  rememberDocumentForms(sentences, normal, lower);
  return found;
}
