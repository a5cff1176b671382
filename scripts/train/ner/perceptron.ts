// The averaged perceptron over BILOU labels, trained greedily left to right
// exactly as the tagger decodes (previous labels and document memory come
// from the model's own predictions), then averaged, quantised and pruned to
// sparse integer rows.
import { dynamicKeys, MAX_DYNAMIC, type SentenceFeatures } from '../../../server/src/analysis/entities/names/features';
import { closeOpenSpan, remember, type DocumentMemory } from '../../../server/src/analysis/entities/names/decoder';
import { choose, LABEL_COUNT } from '../../../server/src/analysis/entities/names/labels';
import { LABEL_BITS } from '../../../server/src/analysis/entities/names/model';

/** A training document: featurised sentences with gold labels. */
export interface TrainingDocument {
  sentences: { features: SentenceFeatures; gold: Uint8Array }[];
}

const L = LABEL_COUNT;

/** Deterministic PRNG (mulberry32) for the epoch order. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Perceptron {
  private readonly index = new Map<number, number>();
  private keys = new Uint32Array(1 << 16);
  private w = new Float64Array((1 << 16) * L);
  private u = new Float64Array((1 << 16) * L);
  private count = 0;
  private clock = 1;

  /** Row of a feature key; −1 when unknown and `create` is false. */
  private row(key: number, create: boolean): number {
    const r = this.index.get(key);
    if (r !== undefined) return r;
    if (!create) return -1;
    if (this.count === this.keys.length) this.grow();
    this.keys[this.count] = key;
    this.index.set(key, this.count);
    return this.count++;
  }

  private grow(): void {
    const size = this.keys.length * 2;
    const keys = new Uint32Array(size);
    keys.set(this.keys);
    const w = new Float64Array(size * L);
    w.set(this.w);
    const u = new Float64Array(size * L);
    u.set(this.u);
    this.keys = keys;
    this.w = w;
    this.u = u;
  }

  private score(keys: Uint32Array, from: number, to: number, scores: Float64Array): void {
    for (let k = from; k < to; k++) {
      const r = this.index.get(keys[k]);
      if (r === undefined) continue;
      const base = r * L;
      for (let l = 0; l < L; l++) scores[l] += this.w[base + l];
    }
  }

  private update(keys: Uint32Array, from: number, to: number, gold: number, guess: number): void {
    for (let k = from; k < to; k++) {
      const base = this.row(keys[k], true) * L;
      this.w[base + gold] += 1;
      this.u[base + gold] += this.clock;
      this.w[base + guess] -= 1;
      this.u[base + guess] -= this.clock;
    }
  }

  /** One pass over the documents in the given order; returns the token error count. */
  epoch(docs: readonly TrainingDocument[]): number {
    let errors = 0;
    const scores = new Float64Array(L);
    const dynamic = new Uint32Array(MAX_DYNAMIC);
    for (const doc of docs) {
      const memory: DocumentMemory = new Map();
      for (const { features, gold } of doc.sentences) {
        const labels = new Uint8Array(features.length);
        let previous = 0;
        let previous2 = 0;
        for (let i = 0; i < features.length; i++) {
          scores.fill(0);
          const from = features.offsets[i];
          const to = features.offsets[i + 1];
          this.score(features.keys, from, to, scores);
          const d = dynamicKeys(dynamic, features, i, previous, previous2, memory.get(features.exact[i]) ?? -1);
          this.score(dynamic, 0, d, scores);
          let guess = 0;
          for (let l = 1; l < L; l++) if (scores[l] > scores[guess]) guess = l;
          const chosen = choose(scores, previous);
          const fixedGuess = chosen & 255;
          if (chosen >> 8 !== previous) {
            previous = chosen >> 8;
            labels[i - 1] = previous;
          }
          if (guess !== gold[i]) {
            errors++;
            this.update(features.keys, from, to, gold[i], guess);
            this.update(dynamic, 0, d, gold[i], guess);
          }
          this.clock++;
          labels[i] = fixedGuess;
          previous2 = previous;
          previous = fixedGuess;
        }
        closeOpenSpan(labels, features.length);
        remember(features, labels, memory);
      }
    }
    return errors;
  }

  /**
   * Averaged weights, quantised to integers (`scale` units per 1.0) with
   * entries below `threshold` units dropped; rows left empty are dropped.
   */
  export(scale: number, threshold: number): { weightKeys: Uint32Array; rowStarts: Uint32Array; entries: Int32Array } {
    const keys: number[] = [];
    const starts: number[] = [0];
    const entries: number[] = [];
    const order = Array.from({ length: this.count }, (_, i) => i).sort((a, b) => this.keys[a] - this.keys[b]);
    const limit = (1 << (31 - LABEL_BITS)) - 1;
    for (const r of order) {
      const before = entries.length;
      for (let l = 0; l < L; l++) {
        const avg = this.w[r * L + l] - this.u[r * L + l] / this.clock;
        const q = Math.max(-limit, Math.min(limit, Math.round(avg * scale)));
        if (Math.abs(q) >= threshold) entries.push((q << LABEL_BITS) | l);
      }
      if (entries.length > before) {
        keys.push(this.keys[r]);
        starts.push(entries.length);
      }
    }
    return { weightKeys: Uint32Array.from(keys), rowStarts: Uint32Array.from(starts), entries: Int32Array.from(entries) };
  }

  get features(): number {
    return this.count;
  }
}
