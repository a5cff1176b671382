// What the tagger knows about a word or phrase beyond its weights: the
// gazetteers. Per word (keyed by the hash of its lower-case form) one packed
// 32-bit record; per phrase (keyed by the hash of its token sequence) a class
// bit mask. Built by `npm run train` from the training data (5-fold while
// training, so the model does not learn to trust lists that contain its own
// answers) and from npm country / given-name lists.
import { hashString } from './hash';
import { lowerForm } from './normalize';
import { HashTable } from './table';

/** The two gazetteer tables the features read. */
export interface Lexicon {
  /** lower-case word hash → packed WordInfo bits */
  words: HashTable;
  /** phrase hash (see phraseKey) → class bit mask (bit c for CLASSES[c]) */
  phrases: HashTable;
  /** Longest phrase in `phrases`, in tokens. */
  maxPhrase: number;
}

// Packed word record layout.
/** 3 bits per class (PER, ORG, LOC, MISC) at bits 0..11: share of its uses inside such names, 0 none, 1..4. */
export const SHARE_BITS = 3;
/** Bits 12..14: how often it is capitalised away from sentence starts, 0 unknown, 1..5. */
export const CAP_SHIFT = 12;
/** Bits 15..16: its usual case, 0 unknown, 1 lower, 2 Title, 3 UPPER (truecases headlines). */
export const CASE_SHIFT = 15;
export const CASE_LOWER = 1;
export const CASE_TITLE = 2;
export const CASE_UPPER = 3;
/** Flag bits from the external lists and the small closed word classes. */
export const FLAG_COUNTRY = 1 << 17;
export const FLAG_CITY = 1 << 18;
export const FLAG_GIVEN = 1 << 19;
export const FLAG_DEMONYM = 1 << 20;
export const FLAG_TITLE = 1 << 21;
export const FLAG_ORG_SUFFIX = 1 << 22;
/** Bits 23..25: log2 bucket of how often the word was seen (0 unseen). */
export const FREQ_SHIFT = 23;

/** Phrase-table bit: the key is also the beginning of a longer phrase (keep extending). */
export const PHRASE_PREFIX = 1 << 8;

/** Share bucket (0..4) of a class's share of a word's uses. */
export function shareBucket(share: number): number {
  return share <= 0 ? 0 : 1 + Math.min(3, Math.floor(share * 4));
}

/** Capitalisation bucket (1..5) of a capitalised share. */
export function capBucket(share: number): number {
  return 1 + Math.min(4, Math.floor(share * 5));
}

/** Share bucket of class `cls` in a packed word record. */
export function shareOf(info: number, cls: number): number {
  return (info >>> (cls * SHARE_BITS)) & 7;
}

/** Usual case of a word (CASE_*), 0 when unknown. */
export function caseOf(info: number): number {
  return (info >>> CASE_SHIFT) & 3;
}

/**
 * An ordinary word: usually written in lower case, and never inside a
 * person, organisation or place name in the training text ("Reporter",
 * "Duties"; not "Green", a surname too). Post-tagging rules drop names made
 * of such words where capitals mislead the model (headlines, bylines).
 */
export function isOrdinaryWord(lexicon: Lexicon, form: string): boolean {
  const info = wordInfo(lexicon, form);
  return caseOf(info) === CASE_LOWER && shareOf(info, 0) === 0 && shareOf(info, 1) === 0 && shareOf(info, 2) === 0;
}

/** An empty lexicon (tests, and a model without gazetteers). */
export function emptyLexicon(): Lexicon {
  return { words: new HashTable(1), phrases: new HashTable(1), maxPhrase: 0 };
}

/** The packed record of a word form (normalised by the caller), 0 when unknown. */
export function wordInfo(lexicon: Lexicon, form: string): number {
  return lexicon.words.get(hashString(lowerForm(form)));
}
