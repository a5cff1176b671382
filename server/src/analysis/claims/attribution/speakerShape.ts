// Whether a phrase read as a cue's source can be a speaker at all, by its
// shape: a pronoun with words after it, a name with its own past verb, a
// causative "let", a participle with its preposition, a gerund with its
// infinitive all make a clause, not a noun phrase; a phrase ending in a
// preposition or "to" stopped inside one. candidateAt() (verbal.ts) asks
// holdsClause() and DANGLING once it has a source.
import type { SentenceView } from '../view';
import { DETERMINERS, PREPOSITIONS, PRONOUNS, isCapitalized, startsWithAsciiDigit } from '../words';
import type { TokenRange } from './source';

/** Subject pronouns: inside a longer source they start a clause of their own ("we also need rent" + "rules"). */
export const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they']);

/** True when a subject pronoun sits inside the source with words after it: a clause, not a noun phrase. */
export function holdsClause(v: SentenceView, r: TokenRange): boolean {
  // "all the experts I interviewed": a pronoun and a past verb closing the phrase are a relative clause inside it.
  // ("He and Chairman Bob Goodlatte both condemned": a pronoun joined by "and" is half of a coordinated subject.)
  for (let k = r.first; k < r.last; k++) if (SUBJECT_PRONOUNS.has(v.lower[k]!) && v.lower[k + 1] !== 'and' && !(k === r.last - 1 && /ed$/.test(v.lower[r.last]!))) return true;
  // "PolitiFact rated 22% of Democratic claims": a past verb between a name and a number is the phrase's own verb.
  for (let k = r.first + 1; k < r.last; k++) if (/^[a-z]{2,}ed$/.test(v.tokens[k]!.text) && isCapitalized(v.tokens[k - 1]!.text) && v.tokens[k - 1]!.kind === 'word' && startsWithAsciiDigit(v.lower[k + 1]!)) return true;
  // "Carson appeared on Sunday interview shows amid news reports", "Mook convened senior staff … to map out plans": a
  // past verb after a name, inside the phrase, is that name's verb ("People briefed on the move", "Catholics polled" are
  // participles of a subject).
  for (let k = r.first + 1; k < r.last; k++) if (/^[a-z]{3,}ed$/.test(v.tokens[k]!.text) && !REDUCED_PARTICIPLES.has(v.lower[k]!) && isCapitalized(v.tokens[k - 1]!.text) && v.tokens[k - 1]!.kind === 'word' && !DETERMINERS.has(v.lower[k - 1]!)) return true;
  // "Readers may not let editorials tell them …": a causative verb in the phrase makes the cue its complement.
  // ("Let me just say", "Let's take a look": the writer speaks.)
  for (let k = r.first; k < r.last; k++) if (CAUSATIVES.has(v.lower[k]!) && !FIRST_PERSON_OBJECTS.has(v.lower[k + 1]!)) return true;
  // "The line was lifted from the script Democrats used", "…, compared to 11% of Democratic claims.": a participle with
  // its preposition is a verb, no subject.
  if (/^[a-z]+ed$/.test(v.tokens[r.first]!.text) && (PREPOSITIONS.has(v.lower[r.first + 1] ?? '') || v.lower[r.first + 1] === 'to')) return true;
  // "… in contempt of Congress for refusing to testify about the set-up Clinton": a gerund after a preposition, with
  // its infinitive, is a clause ("Democrats trying to regain control … say" is a subject with its participle).
  for (let k = r.first + 1; k + 2 <= r.last; k++) {
    if (PREPOSITIONS.has(v.lower[k - 1]!) && /^[a-z]{3,}ing$/.test(v.tokens[k]!.text) && v.lower[k + 1] === 'to' && /^[a-z]+$/.test(v.tokens[k + 2]!.text) && !DETERMINERS.has(v.lower[k + 2]!) && !PRONOUNS.has(v.lower[k + 2]!)) return true;
  }
  return false;
}

/** Participles that describe a subject after its noun ("People briefed on the talks", "Republicans polled", "officials involved"). */
const REDUCED_PARTICIPLES = new Set(['briefed', 'polled', 'surveyed', 'interviewed', 'involved', 'asked', 'contacted', 'quoted', 'cited', 'named', 'based', 'affiliated', 'connected', 'linked', 'tied', 'aligned', 'allied', 'registered', 'elected', 'appointed', 'employed', 'hired', 'assigned', 'tasked', 'charged', 'familiarized', 'questioned', 'reached', 'authorized', 'unauthorized', 'released', 'published', 'conducted', 'posted', 'issued', 'filed', 'obtained', 'reviewed', 'owned', 'backed', 'funded', 'sponsored', 'commissioned', 'compiled', 'prepared', 'produced', 'signed', 'dated', 'sent', 'written', 'titled', 'entitled', 'called', 'known', 'led', 'run', 'headed', 'chaired', 'aged', 'concerned', 'opposed', 'devoted', 'dedicated', 'focused', 'committed', 'interested', 'accused', 'convicted', 'killed', 'wounded', 'injured', 'arrested', 'detained', 'displaced', 'stationed', 'deployed', 'gathered', 'assembled', 'seated', 'located', 'headquartered']);

/** Words that cannot end a phrase: prepositions and the infinitive's "to". */
export const DANGLING = new Set([...PREPOSITIONS, 'of', 'to']);

/** Verbs whose object does what the verb after it says ("let editorials tell them"). */
const CAUSATIVES = new Set(['let', 'lets', 'letting']);
const FIRST_PERSON_OBJECTS = new Set(['me', 'us', "'s", '’s']);
