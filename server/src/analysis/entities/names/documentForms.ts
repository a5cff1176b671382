// The document-level rules after tagging (consistency.ts, geography.ts)
// each walk the document's tokens and compare normalised forms; normalising
// every token once per document, not once per rule and lookup, keeps them
// cheap.
import { normalizeToken } from './normalize';

/** A document as sentences of raw token texts. */
export type Forms = readonly (readonly string[])[];

/** What the rules read of a document's tokens. */
export interface DocumentForms {
  /** `normalizeToken` of every token, by sentence. */
  normal: readonly (readonly string[])[];
  /** Flat number of each sentence's first token: token (s, i) is `base[s] + i` (numeric keys, no key string per token). */
  base: readonly number[];
}

const memo = new WeakMap<Forms, DocumentForms>();

/** The normalised forms of `forms`, computed on the first call for that array (which must not change afterwards). */
export function documentForms(forms: Forms): DocumentForms {
  return memo.get(forms) ?? rememberDocumentForms(forms, forms.map((tokens) => tokens.map(normalizeToken)));
}

/**
 * Records `normal` (normalizeToken of every token of `forms`) as the forms'
 * normalised forms: the tagger normalises every token anyway, and hands its
 * forms over so that the rules after it need not normalise them again.
 */
export function rememberDocumentForms(forms: Forms, normal: readonly (readonly string[])[]): DocumentForms {
  const base: number[] = [];
  let at = 0;
  for (const tokens of forms) {
    base.push(at);
    at += tokens.length;
  }
  const found = { normal, base };
  memo.set(forms, found);
  return found;
}
