// The decoder's document memory (decoder.ts DocumentMemory): the class a
// capitalised form last got, keyed by the form's 32-bit hash. Every token
// asks it once. A Map keyed by hashes above 2^31 boxes each key as a heap
// number and hashes it as a double; this open-addressing table of int32 pairs
// answers the same questions without allocating.

/** What the decoder reads and writes; a Map<number, number> is one too (the trainer uses a Map). */
export interface DocumentMemory {
  get(key: number): number | undefined;
  set(key: number, value: number): unknown;
}

/** A DocumentMemory for non-negative values; keys are any 32-bit integers (compared as int32). */
export class FormMemory implements DocumentMemory {
  /** Pairs (key, value + 1); value 0 marks an empty pair. */
  private slots = new Int32Array(128);
  private size = 0;

  get(key: number): number | undefined {
    const at = this.find(key | 0);
    const stored = this.slots[at + 1];
    return stored === 0 ? undefined : stored - 1;
  }

  set(key: number, value: number): this {
    if ((this.size + 1) * 4 > this.slots.length * 3 / 2) this.grow();
    const at = this.find(key | 0);
    if (this.slots[at + 1] === 0) this.size++;
    this.slots[at] = key | 0;
    this.slots[at + 1] = value + 1;
    return this;
  }

  /** Index of the pair holding `key`, or of the empty pair where it would go. */
  private find(key: number): number {
    const mask = this.slots.length - 2;
    let at = ((Math.imul(key, 0x9e3779b1) >>> 0) << 1) & mask;
    while (this.slots[at + 1] !== 0 && this.slots[at] !== key) at = (at + 2) & mask;
    return at;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.size = 0;
    for (let at = 0; at < old.length; at += 2) if (old[at + 1] !== 0) this.set(old[at], old[at + 1] - 1);
  }
}
