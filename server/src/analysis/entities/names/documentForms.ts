// The document-level rules after tagging (consistency.ts, geography.ts)
// each walk the document's tokens and compare normalised forms; normalising
// every token once per document, not once per rule and lookup, keeps them
// cheap.
import { lowerForm, normalizeToken } from './normalize';

/** A document as sentences of raw token texts. */
export type Forms = readonly (readonly string[])[];

/** What the rules read of a document's tokens. */
export interface DocumentForms {
  /** `normalizeToken` of every token, by sentence. */
  normal: readonly (readonly string[])[];
  /**
   * `lowerForm` of every normalised form, by sentence: lower case, digits folded to 0. For a test
   * against a list of words without digits, quotes or dashes, it answers as `toLowerCase` of the
   * raw or normalised token would, without making a string per test.
   */
  lower: readonly (readonly string[])[];
  /** Flat number of each sentence's first token: token (s, i) is `base[s] + i` (numeric keys, no key string per token). */
  base: readonly number[];
}

const memo = new WeakMap<Forms, DocumentForms>();

/** The normalised forms of `forms`, computed on the first call for that array (which must not change afterwards). */
export function documentForms(forms: Forms): DocumentForms {
  const known = memo.get(forms);
  if (known) return known;
  const normal = forms.map((tokens) => tokens.map(normalizeToken));
  return rememberDocumentForms(forms, normal, normal.map((tokens) => tokens.map(lowerForm)));
}

/**
 * Records `normal` (normalizeToken of every token of `forms`) and `lower`
 * (lowerForm of each of those) as the forms' normalised and lower-case forms:
 * the tagger makes both for every token anyway, and hands them over so that
 * the rules after it need not make them again.
 */
export function rememberDocumentForms(forms: Forms, normal: readonly (readonly string[])[], lower: readonly (readonly string[])[]): DocumentForms {
  const base: number[] = [];
  let at = 0;
  for (const tokens of forms) {
    base.push(at);
    at += tokens.length;
  }
  const found = { normal, lower, base };
  memo.set(forms, found);
  return found;
}
