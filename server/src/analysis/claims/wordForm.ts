// One record per written form of a token, shared by every sentence view. The
// claim rules ask several questions of each word that depend on the word
// alone (its normalised lower case, its check-worthiness cue bits, whether it
// can open a reporting cue), and each used to be a Map lookup per token.
// The view now looks the record up once per token; the answers are memo slots
// on it that their own modules fill on first use.
import { ByWordId } from '../text/wordIds';
import { norm } from './words';

/** What the claim rules know of one written form of a token. */
export interface WordForm {
  /** The normalised lower case (`norm`). */
  readonly lower: string;
  /** Check-worthiness cue bits of `lower` (checkworthy/index.ts), -1 until first asked. */
  checkworthyBits: number;
  /** The lexicon `opensCue` was judged for (attribution/cueGate.ts), undefined until first asked. */
  cueLexicon: object | undefined;
  /** Whether a cue of `cueLexicon` can start at this word. */
  opensCue: boolean;
}

/** Records already made, per token text (bounded: the words of a language, not of one text). */
const forms = new Map<string, WordForm>();
const FORMS_LIMIT = 50_000;

/** The record of a token's written form. */
export function wordForm(text: string): WordForm {
  let form = forms.get(text);
  if (form === undefined) {
    form = { lower: norm(text), checkworthyBits: -1, cueLexicon: undefined, opensCue: false };
    if (forms.size >= FORMS_LIMIT) forms.clear();
    forms.set(text, form);
  }
  return form;
}

/** Records by the token's number (text/wordIds.ts): an array read where `wordForm` compares strings. */
const byNumber = new ByWordId<WordForm>();

/** The record of a token's written form, given the token's number and its generation. */
export function wordFormById(id: number, generation: number, text: string): WordForm {
  let form = byNumber.get(id, generation);
  if (form === undefined) byNumber.set(id, generation, (form = wordForm(text)));
  return form;
}
