// The model's weight rows indexed for decoding. The model file keeps a
// feature's row in three places (its key in one array, its row number in a
// second, the row's bounds in a third), so each lookup touched three cache
// lines before reaching the weights; the decoder does about ten lookups per
// token, and in a whole analysis those lines are rarely still cached. Here
// one open-addressing slot holds the key next to the row's start and length,
// so a lookup reads one line, then the weights. Most looked-up keys have no
// row (two in three on news text: word pairs the model never kept), so a
// small Bloom filter (9 bits a key, ~64 KB) answers "no row" first without
// touching the table; a false "maybe" only costs the probe. Both of a key's
// bits lie in one 32-bit word of it (a blocked filter): one load, and one
// cache line where the filter is not cached, instead of two.
import { LABEL_BITS, type NameModel } from './model';

const LABEL_MASK = (1 << LABEL_BITS) - 1;
/** Row start in the low 24 bits of a slot's second word, row length in the high 8. */
const START_BITS = 24;
const START_MASK = (1 << START_BITS) - 1;

/** The two filter bits of a key within its word: from its low five bits and from five bits of a second hash. */
function bitsOf(key: number): number {
  return (1 << (key & 31)) | (1 << (Math.imul(key, 0x9e3779b1) >>> 27));
}

/** Feature key → weight row, for adding rows to label scores. */
export class WeightRows {
  /**
   * Pairs (key, start | length << 24); key 0 marks an empty slot (feature keys are never 0).
   * Int32, and keys compared as int32: a uint32 key above 2^31 passed to `add` is a heap number.
   */
  private readonly slots: Int32Array;
  /** Mask over slot pairs, times two: (index << 1) & mask is a pair's first word. */
  private readonly mask: number;
  private readonly entries: Int32Array;
  /** Bloom filter over the keys: two bits a key, in the word its high bits choose (see `bitsOf`). */
  private readonly filter: Int32Array;
  /** 32 − log2(words of the filter): key >>> wordShift is a key's word. */
  private readonly wordShift: number;

  /** Indexes every row of `model`; throws on a row that cannot be packed (not a model `npm run train` writes). */
  constructor(model: NameModel) {
    const { weights, rowStarts, entries } = model;
    let capacity = 16;
    while (capacity < weights.size * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity * 2 - 1;
    this.entries = entries;
    let filterBits = 1 << 10;
    while (filterBits < weights.size * 8) filterBits *= 2;
    this.filter = new Int32Array(filterBits >>> 5);
    this.wordShift = 32 - Math.log2(filterBits >>> 5);
    weights.forEach((key, row) => {
      const start = rowStarts[row];
      const length = rowStarts[row + 1] - start;
      if (start > START_MASK || length < 0 || length > 255) throw new Error('name model: a weight row cannot be indexed');
      let at = this.first(key);
      while (this.slots[at] !== 0) at = (at + 2) & this.mask;
      this.slots[at] = key;
      this.slots[at + 1] = start | (length << START_BITS);
      this.filter[key >>> this.wordShift] |= bitsOf(key);
    });
  }

  /** First word of the slot pair where the probe for `key` starts (the same hash as HashTable). */
  private first(key: number): number {
    return ((Math.imul(key, 0x9e3779b1) >>> 0) << 1) & this.mask;
  }

  /** Adds the row of `key` (if the model has one) to scores[at, at + LABEL_COUNT). */
  add(key: number, scores: Int32Array, at: number): void {
    key |= 0;
    const bits = bitsOf(key);
    if ((this.filter[key >>> this.wordShift] & bits) !== bits) return;
    const slots = this.slots;
    let i = this.first(key);
    for (;;) {
      const found = slots[i];
      if (found === key) break;
      if (found === 0) return;
      i = (i + 2) & this.mask;
    }
    this.addRowAt(slots[i + 1], scores, at);
  }

  /**
   * Where the row of `key` lies, packed as the slots hold it (start | length << 24), 0 when
   * the model has none (an empty row): for callers that look a key up once and add its row often.
   */
  rowOf(key: number): number {
    key |= 0;
    const slots = this.slots;
    for (let i = this.first(key); ; i = (i + 2) & this.mask) {
      const found = slots[i];
      if (found === key) return slots[i + 1];
      if (found === 0) return 0;
    }
  }

  /** Adds the row that `rowOf` returned to scores[at, at + LABEL_COUNT). */
  addRowAt(packed: number, scores: Int32Array, at: number): void {
    const entries = this.entries;
    let e = packed & START_MASK;
    const end = e + (packed >>> START_BITS);
    for (; e < end; e++) {
      const entry = entries[e];
      scores[at + (entry & LABEL_MASK)] += entry >> LABEL_BITS;
    }
  }

  /** Adds the rows of keys[from, to). */
  addAll(keys: Uint32Array, from: number, to: number, scores: Int32Array, at: number): void {
    for (let k = from; k < to; k++) this.add(keys[k] | 0, scores, at);
  }
}
