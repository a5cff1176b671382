/**
 * Closed word classes the claim rules reason with. Small, hand-written lists
 * of function words: English grammar, not vocabulary of any one article.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Determiners and possessive pronouns: a word after one of these is a noun ("his pledge", "the call"). */
export const DETERMINERS = set('a an the his her its their our my your this these those every each');

/** Auxiliaries and modals that may sit between a subject and its verb ("Xi has said"). */
export const AUXILIARIES = set(
  "is are was were be been being am has have had having do does did will would could can should may might must shall 've 're 'll 'd",
);

/** Adverbs that may sit between a subject and a reporting verb ("he later said", "she also told"). */
export const CUE_ADVERBS = set(
  'also later earlier previously again then further once repeatedly reportedly publicly privately recently already often still first separately subsequently initially similarly just too however meanwhile frequently long twice even now',
);

/** Words that end a clause when read leftwards from a cue. */
export const CLAUSE_LINKS = set('and but or nor so yet then');

/** Relative pronouns: a cue right after one heads a relative clause ("who said"). */
export const RELATIVE_PRONOUNS = set("who whom whose which that who've who'd who'll who're");

/** Subordinators: a cue in their clause does not govern the sentence ("when he said", "than Hale promised"). */
export const SUBORDINATORS = set(
  'when whenever where after before because although though if unless since until while whereas than as whether once why how',
);

/** A preposition, or "to" and "of", which the list leaves out: a word that takes an object ("close to her", "To which"). */
export function takesObject(w: string | undefined): boolean {
  return w !== undefined && (PREPOSITIONS.has(w) || w === 'to' || w === 'of');
}

/** Negations: "has not commented", "never said", "declined to comment". */
export const NEGATIONS = set("not never no n't cannot didn't don't doesn't won't wouldn't hasn't haven't hadn't isn't wasn't");

/** Prepositions, for telling a participle phrase ("announced after …") from a verb. */
export const PREPOSITIONS = set(
  'after before by in on at for from with during over under since until into about against among between through across without within',
);

/**
 * Prepositions the core list leaves out because they rarely open an adjunct
 * before a cue, but that still join a noun phrase to its modifier ("residents
 * near the river", "observers around the country").
 */
export const PHRASE_PREPOSITIONS = set('near around across behind beyond outside inside throughout toward towards along amid despite via above below upon onto beside alongside like per including');

/** Personal pronouns that can be a source. */
export const PRONOUNS = set('he she they it we i you him her them us');

/** Vague quantifiers: "Not everyone welcomed …", "Nobody should …" describe no checkable fact. */
export const VAGUE_SUBJECTS = set('everyone everybody nobody someone somebody anyone anybody');

/** Nouns that make a source a document rather than a person or body. */
export const DOCUMENT_NOUNS = set(
  'report reports memo memos filing filings statement statements study studies survey surveys data figures document documents letter letters article articles results records analysis analyses paper papers review poll polls polling average averages tally census audit release website note notes minutes transcript filing estimates estimate projections forecast assessment investigation inquiry ruling judgment indictment complaint lawsuit affidavit email emails post tweet blog video videos footage recording recordings slide chart',
);

/** Month names and weekdays: date words, never names of actors. */
export const MONTHS = set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Opening and closing quotation marks (double and the typographic single opener). */
export const OPEN_QUOTES = new Set(['“', '«', '‘', '„']);
export const CLOSE_QUOTES = new Set(['”', '»', '’']);

/** Normalised forms already computed: articles repeat their words, and every sentence view needs them. */
const normalised = new Map<string, string>();
const NORMALISED_LIMIT = 50_000;

/** Lower-case a token and unify apostrophes (memoised per text; the memo is emptied when it grows large). */
export function norm(text: string): string {
  let form = normalised.get(text);
  if (form !== undefined) return form;
  const lower = text.toLowerCase();
  form = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  if (normalised.size >= NORMALISED_LIMIT) normalised.clear();
  normalised.set(text, form);
  return form;
}

/** True for a word that starts with a capital letter. */
export function isCapitalized(text: string): boolean {
  // An ASCII first character, the common case, is tested without the regex (called per token by several rules).
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

// Spelling tests the cue rules make on many words, by character code: a
// regex call per test was a visible share of the attribution pass.

/** `/^\d/`: the word starts with an ASCII digit ("2,000", "9/11"). */
export function startsWithAsciiDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** `/[^s]s$/`: an -s ending that is not -ss ("reports", not "press"). */
export function endsInSingleS(w: string): boolean {
  const n = w.length;
  return n >= 2 && w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) !== 115;
}

/** True when characters `from` to `to` (exclusive) of `w` are all ASCII lower-case letters. */
function lowerAsciiRun(w: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = w.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** `/^[a-z]+$/`: one or more ASCII lower-case letters and nothing else. */
export function isLowerAsciiWord(w: string): boolean {
  return w.length > 0 && lowerAsciiRun(w, 0, w.length);
}

/** `/^[a-z]{3,}ly$/`: an -ly adverb of ASCII letters ("formally", "publicly"), but not a noun or verb in -ly ("rally", "family", "reply"). */
export function isLyAdverb(w: string): boolean {
  const n = w.length;
  return n >= 5 && w.charCodeAt(n - 1) === 121 && w.charCodeAt(n - 2) === 108 && lowerAsciiRun(w, 0, n - 2) && !LY_NOUNS.has(w);
}

/** Nouns and verbs that end in -ly: "the rally said", "the family said" have a subject, not an adverb. */
const LY_NOUNS = set('rally family assembly supply reply monopoly anomaly tally bully belly jelly homily apply imply rely comply multiply july italy folly melancholy');

/** An -ly adverb at token `k` of a sentence: lower case in the text too ("Megyn Kelly said" is a name). */
export function isAdverbAt(lower: readonly string[], text: string, k: number): boolean {
  return isLyAdverb(lower[k]!) && !isCapitalized(text);
}
