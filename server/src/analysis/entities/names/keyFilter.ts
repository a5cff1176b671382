// A Bloom filter over the keys of a HashTable, for tables probed mostly for
// keys they do not hold. The phrase gazetteer is one: a word that opens some
// phrase ("the", "new", "president") sends the tagger to look up its pair
// with the next word, and on news text nearly every such pair is no phrase
// (7 of 343 on the seed article). The table is megabytes, so each miss is a
// cache miss; the filter (8 bits a key, both bits of a key in one 32-bit
// word) answers most of them from a few lines. A false "maybe" only costs the
// probe it would have cost anyway.
import type { HashTable } from './table';

export class KeyFilter {
  /** How many keys the table held when the filter was built (a table only grows). */
  readonly size: number;
  private readonly words: Int32Array;
  /** 32 − log2(words): key >>> shift is a key's word. */
  private readonly shift: number;

  /** A filter over every key of `table`. */
  constructor(table: HashTable) {
    this.size = table.size;
    let bits = 1 << 10;
    while (bits < table.size * 8) bits *= 2;
    this.words = new Int32Array(bits >>> 5);
    this.shift = 32 - Math.log2(bits >>> 5);
    table.forEach((key) => {
      this.words[key >>> this.shift] |= bitsOf(key);
    });
  }

  /** False when the table surely lacks `key`; true when it may hold it. */
  mayHold(key: number): boolean {
    const bits = bitsOf(key);
    return (this.words[key >>> this.shift] & bits) === bits;
  }
}

const filters = new WeakMap<HashTable, KeyFilter>();

/** The filter of `table`, built on first use and again when keys were added since. */
export function keyFilterOf(table: HashTable): KeyFilter {
  let filter = filters.get(table);
  if (!filter || filter.size !== table.size) filters.set(table, (filter = new KeyFilter(table)));
  return filter;
}

/** The two bits of a key within its word: from its low five bits and from five bits of a second hash. */
function bitsOf(key: number): number {
  return (1 << (key & 31)) | (1 << (Math.imul(key, 0x9e3779b1) >>> 27));
}
