// "Reid has gone after Trump as a “human leech”", "Black Lawmakers Rip Donald
// Trump As A ‘Disgusting Fraud’": a verb of any kind, its short object, then
// "as" and a quotation labels that object in the subject's own words. The
// verb need not be a verb of saying (the quotation is what was said), so this
// reading runs once per sentence, for sentences no cue governs, rather than
// as a cue word: words that never report ("gone", "pounding") stay out of the
// per-word cue gate.
import type { CueMatch } from '../lexicon';
import { lemmaOf } from '../lemma';
import type { SentenceView } from '../view';
import { AUXILIARIES, DETERMINERS, PRONOUNS, isCapitalized } from '../words';
import { inSubordinateClause } from './clauses';
import { phraseEndingAt, skipLeft, type TokenRange } from './source';

/** What namedAs() finds: the verb (with its particle) as cue, the subject as source, the label as content. */
export interface NamedAs {
  cue: TokenRange;
  source: TokenRange;
  content: TokenRange;
  match: CueMatch;
}

/** Reflexive objects ("characterizes herself as …"). */
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself']);

/** Particles a verb takes before its object ("gone after Trump", "lashed out at him"). */
const PARTICLES = new Set(['after', 'at', 'out', 'on', 'into', 'off', 'down', 'up']);
/** Verbs of being, seeing and knowing before "as": a description, not words said ("known as", "seen as", "served as"). */
const NOT_NAMING = new Set(['be', 'is', 'was', 'are', 'were', 'been', 'being', 'known', 'seen', 'see', 'sees', 'saw', 'view', 'views', 'viewed', 'regard', 'regards', 'regarded', 'serve', 'serves', 'served', 'work', 'works', 'worked', 'act', 'acts', 'acted', 'such', 'same', 'dress', 'dressed',
  // SCHEMA.md's named non-cues stay non-cues, quotation or not.
  'defend', 'defends', 'defended', 'defending', 'propose', 'proposes', 'proposed', 'proposing', 'refuse', 'refuses', 'refused', 'refusing']);

/** The naming of an object "as" a quotation, when the sentence has one outside quotations. */
export function namedAs(v: SentenceView): NamedAs | undefined {
  const n = v.tokens.length;
  for (let k = 2; k + 1 < n; k++) {
    if (v.lower[k] !== 'as' || v.quoted[k]) continue;
    const label = v.quoteMark[k + 1] ? k + 1 : ['a', 'an', 'the'].includes(v.lower[k + 1]!) && v.quoteMark[k + 2] ? k + 2 : -1;
    if (label < 0) continue;
    const found = namingBefore(v, k);
    if (found) return { ...found, content: { first: k + 1, last: n - 1 } };
  }
  return undefined;
}

/** The verb, its particle and the subject before the object that ends right before "as" at `as`. */
function namingBefore(v: SentenceView, as: number): { cue: TokenRange; source: TokenRange; match: CueMatch } | undefined {
  // The object: at most four words, a name, a pronoun or a short noun phrase ("Trump", "him", "the plan").
  let k = as - 1;
  const objectEnd = k;
  while (k >= 0 && objectEnd - k < 4 && v.tokens[k]!.kind === 'word' && !AUXILIARIES.has(v.lower[k]!) && (isCapitalized(v.tokens[k]!.text) || PRONOUNS.has(v.lower[k]!) || REFLEXIVES.has(v.lower[k]!) || DETERMINERS.has(v.lower[k]!) || v.lower[k] === "'s" || v.lower[k] === '’s')) k--;
  // ("defended his campaign manager as …": lower-case nouns after a determiner or possessive.)
  if (k === objectEnd) {
    let d = k;
    while (d > 0 && objectEnd - d < 4 && /^[a-z-]+$/.test(v.tokens[d]!.text) && !DETERMINERS.has(v.lower[d]!)) d--;
    if (d < objectEnd && DETERMINERS.has(v.lower[d]!)) k = d - 1;
  }
  if (k === objectEnd || k < 1) return undefined;
  const verbLast = k;
  const verbFirst = PARTICLES.has(v.lower[k]!) ? k - 1 : k;
  const verb = v.lower[verbFirst]!;
  // A verb is a word of letters: lower case, or capitalised in a title-case headline ("Rip").
  if (verbFirst < 1 || v.tokens[verbFirst]!.kind !== 'word' || !/^[a-z]{3,}$/i.test(verb) || NOT_NAMING.has(verb) || AUXILIARIES.has(verb) || DETERMINERS.has(verb)) return undefined;
  // "was billed as “…”": a passive names with no subject speaking.
  // ("has been steadily pounding Trump as …" is active: an -ing form after "been".)
  const before = skipAdverbs(v, verbFirst - 1);
  if (!verb.endsWith('ing') && ['was', 'were', 'is', 'are', 'been', 'be'].includes(v.lower[before]!)) return undefined;
  let left = skipLeft(v, verbFirst - 1);
  // ("Harry Reid, in particular, has been pounding …": a short aside between commas stands between subject and verb.)
  if (left > 0 && v.tokens[left]!.text === ',') {
    let open = left - 1;
    while (open > 0 && left - open <= 4 && v.tokens[open]!.text !== ',') open--;
    left = v.tokens[open]?.text === ',' ? open - 1 : -1;
  }
  const source = left >= 0 ? phraseEndingAt(v, left) : undefined;
  if (!source || source.last - source.first > 9 || inSubordinateClause(v, verbFirst)) return undefined;
  const phrase = v.lower.slice(verbFirst, verbLast + 1).join(' ');
  return { cue: { first: verbFirst, last: verbLast }, source, match: { length: verbLast - verbFirst + 1, phrase, lemma: lemmaOf(verb), reliability: 0.5, belief: false } };
}

/** The index left of `k` past -ly adverbs ("was steadily"). */
function skipAdverbs(v: SentenceView, k: number): number {
  while (k > 0 && /^[a-z]{3,}ly$/.test(v.lower[k]!)) k--;
  return k;
}
