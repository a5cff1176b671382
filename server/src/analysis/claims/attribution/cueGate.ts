// Which word forms can open a cue at all. candidateAt() used to try every
// word of a sentence against the stance list, the adverb and auxiliary lists,
// the phrase lexicon, the plain cues and the classifier's word verdict: seven
// or so Map lookups per word, although nine words in ten can never be a cue
// whatever their neighbours. Each of those first tests depends on the word
// form alone, so their disjunction is worked out once per form and lexicon
// and read back with one lookup; the context tests still run on the words
// that pass, exactly as before.
import { AUXILIARIES, CUE_ADVERBS } from '../words';
import { mayBeClassified, type CueLexicon } from '../lexicon';
import { mayBePlainCue } from './plainCues';
import { mayBeOwnForecast } from './ownForecast';
import { isStanceWord } from './stance';
import { CONTINUES } from './contentless';
import type { WordForm } from '../wordForm';

/** Per lexicon, the verdict per word form (bounded: the words of a language, not of one text). */
const gates = new WeakMap<CueLexicon, Map<string, boolean>>();
const GATE_LIMIT = 50_000;

/** The word-alone tests of candidateAt(), in its order: false when no cue can start at a word of form `w`. */
function judge(lexicon: CueLexicon, w: string): boolean {
  if (isStanceWord(w)) return true;
  if (CUE_ADVERBS.has(w) || (AUXILIARIES.has(w) && w !== 'was' && w !== 'is')) return false;
  return CONTINUES.has(w) || lexicon.mayMatch(w) || mayBePlainCue(w) || mayBeClassified(w) || mayBeOwnForecast(w);
}

/** False when candidateAt() can find no cue at a word of lower-case form `w`, whatever its context. */
export function mayOpenCue(lexicon: CueLexicon, w: string): boolean {
  let forms = gates.get(lexicon);
  if (!forms) gates.set(lexicon, (forms = new Map()));
  let open = forms.get(w);
  if (open === undefined) {
    open = judge(lexicon, w);
    if (forms.size >= GATE_LIMIT) forms.clear();
    forms.set(w, open);
  }
  return open;
}

/** mayOpenCue() of a token's form, memoised on its record for the last lexicon asked (the shared one, nearly always). */
export function opensCue(lexicon: CueLexicon, form: WordForm): boolean {
  if (form.cueLexicon !== lexicon) {
    form.opensCue = mayOpenCue(lexicon, form.lower);
    form.cueLexicon = lexicon;
  }
  return form.opensCue;
}
