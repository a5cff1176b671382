// Counting gazetteers out of training text: per word, its share inside each
// class of name, how often it is capitalised away from a sentence start, its
// usual case and frequency; per phrase (a whole gold name), its classes.
// While training, one is built per fold from the other folds' documents, so
// the features look on training text as they will on unseen text.
import { hashString, phraseKey } from '../../../server/src/analysis/entities/names/hash';
import { classOf, spansOf } from '../../../server/src/analysis/entities/names/labels';
import {
  CAP_SHIFT, capBucket, CASE_LOWER, CASE_SHIFT, CASE_TITLE, CASE_UPPER, FLAG_CITY, FLAG_COUNTRY,
  FLAG_DEMONYM, FLAG_GIVEN, FLAG_ORG_SUFFIX, FLAG_TITLE, FREQ_SHIFT, PHRASE_PREFIX, SHARE_BITS, shareBucket, type Lexicon,
} from '../../../server/src/analysis/entities/names/lexicon';
import {
  isAllCaps, isAllCapsSentence, isCapitalised, lowerForm, normalizeToken,
} from '../../../server/src/analysis/entities/names/normalize';
import { HashTable } from '../../../server/src/analysis/entities/names/table';
import type { ConllDocument } from './conll';
import { ORG_SUFFIXES, TITLE_WORDS, type ExternalLists } from './external';

interface WordCount {
  total: number;
  cls: number[];
  nonInitial: number;
  capitalised: number;
  cases: number[];
}

/** The arrays of a built lexicon, as the model file stores them. */
export interface LexiconArrays {
  wordKeys: Uint32Array;
  wordValues: Uint32Array;
  phraseKeys: Uint32Array;
  phraseValues: Uint32Array;
  maxPhrase: number;
}

const LOC = 2;

export class LexiconBuilder {
  private readonly words = new Map<string, WordCount>();
  private readonly phrases = new Map<string, number[]>();

  private word(lower: string): WordCount {
    let w = this.words.get(lower);
    if (!w) {
      w = { total: 0, cls: [0, 0, 0, 0], nonInitial: 0, capitalised: 0, cases: [0, 0, 0] };
      this.words.set(lower, w);
    }
    return w;
  }

  /** Counts case and frequency of unlabelled sentences (and labelled ones, through addDocument). */
  addSentence(raw: readonly string[]): void {
    const forms = raw.map(normalizeToken);
    const caps = isAllCapsSentence(forms);
    forms.forEach((f, i) => {
      const w = this.word(lowerForm(f));
      w.total++;
      if (i === 0 || caps || f.toLowerCase() === f.toUpperCase()) return;
      const prev = forms[i - 1];
      if (prev === '.' || prev === '"' || prev === ':' || prev === '?' || prev === '!') return;
      w.nonInitial++;
      if (isCapitalised(f)) w.capitalised++;
      w.cases[f.length > 1 && isAllCaps(f) ? 2 : isCapitalised(f) ? 1 : 0]++;
    });
  }

  /** Counts a labelled document: everything addSentence counts, plus class shares and phrases. */
  addDocument(doc: ConllDocument): void {
    for (const s of doc.sentences) {
      this.addSentence(s.tokens);
      s.tokens.forEach((t, i) => {
        const c = classOf(s.labels[i]);
        if (c >= 0) this.word(lowerForm(normalizeToken(t))).cls[c]++;
      });
      for (const span of spansOf(s.labels)) {
        const key = s.tokens.slice(span.start, span.end).map((t) => lowerForm(normalizeToken(t))).join(' ');
        let counts = this.phrases.get(key);
        if (!counts) this.phrases.set(key, (counts = [0, 0, 0, 0]));
        counts[span.cls]++;
      }
    }
  }

  /** Packs the counts (plus the external lists) into lexicon tables. */
  build(external: ExternalLists): { lexicon: Lexicon; arrays: LexiconArrays } {
    const flags = new Map<string, number>();
    const flag = (word: string, bit: number) => {
      const l = lowerForm(normalizeToken(word));
      flags.set(l, (flags.get(l) ?? 0) | bit);
    };
    const phraseMasks = new Map<string, number>();
    for (const [key, counts] of this.phrases) {
      const total = counts.reduce((a, b) => a + b, 0);
      let mask = 0;
      counts.forEach((c, cls) => {
        if (c * 4 >= total) mask |= 1 << cls;
      });
      phraseMasks.set(key, mask);
    }
    const addPlace = (name: string, bit: number) => {
      const words = name.split(/\s+/);
      if (words.length === 1) flag(name, bit);
      else {
        const key = words.map((w) => lowerForm(normalizeToken(w))).join(' ');
        phraseMasks.set(key, (phraseMasks.get(key) ?? 0) | (1 << LOC));
      }
    };
    for (const p of external.places) addPlace(p, FLAG_COUNTRY);
    for (const c of external.cities) addPlace(c, FLAG_CITY);
    for (const g of external.givenNames) flag(g, FLAG_GIVEN);
    for (const d of external.demonyms) if (!d.includes(' ')) flag(d, FLAG_DEMONYM);
    for (const t of TITLE_WORDS) flag(t, FLAG_TITLE);
    for (const o of ORG_SUFFIXES) flag(o, FLAG_ORG_SUFFIX);

    const keys = new Set([...this.words.keys(), ...flags.keys()]);
    const wordKeys = new Uint32Array(keys.size);
    const wordValues = new Uint32Array(keys.size);
    let n = 0;
    for (const key of [...keys].sort()) {
      const w = this.words.get(key);
      let value = flags.get(key) ?? 0;
      if (w) {
        const named = w.cls.reduce((a, b) => a + b, 0);
        if (named > 0) w.cls.forEach((c, cls) => (value |= shareBucket(c / w.total) << (cls * SHARE_BITS)));
        if (w.nonInitial > 0) value |= capBucket(w.capitalised / w.nonInitial) << CAP_SHIFT;
        const [lo, ti, up] = w.cases;
        if (lo + ti + up > 0) {
          const c = up > ti && up > lo ? CASE_UPPER : ti >= lo ? CASE_TITLE : CASE_LOWER;
          value |= c << CASE_SHIFT;
        }
        value |= Math.min(7, Math.floor(Math.log2(w.total + 1))) << FREQ_SHIFT;
      }
      if (value === 0) continue;
      wordKeys[n] = hashString(key);
      wordValues[n] = value >>> 0;
      n++;
    }
    // Every beginning of a longer phrase is marked, so lookups can stop early.
    for (const key of [...phraseMasks.keys()]) {
      const words = key.split(' ');
      for (let k = 1; k < words.length; k++) {
        const prefix = words.slice(0, k).join(' ');
        phraseMasks.set(prefix, (phraseMasks.get(prefix) ?? 0) | PHRASE_PREFIX);
      }
    }
    const phraseList = [...phraseMasks.entries()].filter(([, m]) => m).sort();
    const phraseKeys = new Uint32Array(phraseList.length);
    const phraseValues = new Uint32Array(phraseList.length);
    let maxPhrase = 0;
    phraseList.forEach(([key, mask], i) => {
      const words = key.split(' ');
      const hashes = words.map(hashString);
      maxPhrase = Math.max(maxPhrase, words.length);
      phraseKeys[i] = phraseKey(hashes, 0, hashes.length);
      phraseValues[i] = mask;
    });
    const arrays = {
      wordKeys: wordKeys.slice(0, n), wordValues: wordValues.slice(0, n), phraseKeys, phraseValues,
      maxPhrase: Math.min(maxPhrase, 8),
    };
    const words = new HashTable(n);
    for (let i = 0; i < n; i++) words.set(arrays.wordKeys[i], arrays.wordValues[i]);
    const phrases = new HashTable(phraseKeys.length);
    for (let i = 0; i < phraseKeys.length; i++) phrases.set(phraseKeys[i], phraseValues[i]);
    return { lexicon: { words, phrases, maxPhrase: arrays.maxPhrase }, arrays };
  }
}
