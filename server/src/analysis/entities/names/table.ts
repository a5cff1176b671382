// An open-addressing hash table from non-zero 32-bit keys to 32-bit values,
// held in one typed array of (key, value) pairs. It is the storage of the
// model's weight rows and of every lexicon: compact, cheap to load, and
// faster than a JavaScript Map keyed by numbers. Key and value share a slot,
// so a lookup reads one cache line, not one in a key array and another in a
// value array (the tagger does several lookups per token).

/** Uint32 → Uint32 map; key 0 marks an empty slot, so keys must be non-zero. */
export class HashTable {
  /** Pairs (key, value); the pair of slot i is at 2i, 2i + 1. */
  private readonly slots: Uint32Array;
  /** Mask over slot indexes. */
  private readonly mask: number;
  size = 0;

  /** A table for about `expected` entries (capacity a power of two, at least twice that). */
  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Uint32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /** Index (into `slots`) of the pair holding `key`, or of the empty pair where it would go. */
  private slot(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    const slots = this.slots;
    while (slots[i << 1] !== 0 && slots[i << 1] !== key) i = (i + 1) & this.mask;
    return i << 1;
  }

  /** The value stored under `key`, or `missing`. */
  get(key: number, missing = 0): number {
    const at = this.slot(key);
    return this.slots[at] === key ? this.slots[at + 1] : missing;
  }

  /** Stores a value; the table must have room (constructed for the expected size). */
  set(key: number, value: number): void {
    const at = this.slot(key);
    if (this.slots[at] === 0) {
      if ((this.size + 1) * 4 > (this.mask + 1) * 3) throw new Error('HashTable full');
      this.slots[at] = key;
      this.size++;
    }
    this.slots[at + 1] = value;
  }

  /** Calls `visit` with every stored key and value (in slot order). */
  forEach(visit: (key: number, value: number) => void): void {
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += 2) if (slots[at] !== 0) visit(slots[at], slots[at + 1]);
  }
}
