// An open-addressing hash table from non-zero 32-bit keys to 32-bit values,
// held in two typed arrays. It is the storage of the model's weight rows and
// of every lexicon: compact, cheap to load (the arrays are the file), and
// faster than a JavaScript Map keyed by numbers.

/** Uint32 → Uint32 map; key 0 marks an empty slot, so keys must be non-zero. */
export class HashTable {
  readonly keys: Uint32Array;
  readonly values: Uint32Array;
  private readonly mask: number;
  size = 0;

  /** A table for about `expected` entries, or one wrapping stored arrays (capacity a power of two). */
  constructor(expected: number, keys?: Uint32Array, values?: Uint32Array) {
    if (keys && values) {
      this.keys = keys;
      this.values = values;
      this.mask = keys.length - 1;
      for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.size++;
      return;
    }
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.values = new Uint32Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    const keys = this.keys;
    while (keys[i] !== 0 && keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** The value stored under `key`, or `missing`. */
  get(key: number, missing = 0): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.values[i] : missing;
  }

  /** Stores a value; the table must have room (constructed for the expected size). */
  set(key: number, value: number): void {
    const i = this.slot(key);
    if (this.keys[i] === 0) {
      if ((this.size + 1) * 4 > this.keys.length * 3) throw new Error('HashTable full');
      this.keys[i] = key;
      this.size++;
    }
    this.values[i] = value;
  }
}
