// Where a cue stands in its sentence's clauses: a relative or subordinate
// clause does not attribute the main one (SCHEMA.md), except an "as" clause
// that comments on it ("As the minister put it, …") and a free relative after
// a pointing subject and a copula ("That was what Liz Wahl said").
import type { SentenceView } from '../view';
import { AUXILIARIES, CUE_ADVERBS, DETERMINERS, MONTHS, PHRASE_PREPOSITIONS, PREPOSITIONS, RELATIVE_PRONOUNS, SUBORDINATORS, isAdverbAt, isCapitalized, takesObject } from '../words';
import { IRREGULAR_PAST, PERFECT_AUXILIARIES, SUBJECT_PRONOUNS, prepositionalAside, skipLeft } from './source';
import { NUMBER_WORDS } from './acts';

/**
 * "As the minister put it, …" / "…, as Mr. Bown observed, …": an "as" clause
 * whose cue closes it (a comma or the sentence end right after the cue, or
 * after "it") attributes the main clause instead of modifying it.
 */
export function commentClause(v: SentenceView, i: number): boolean {
  let k = i + 1;
  if (v.lower[k] === 'it') k++;
  // "As Clinton told the New York Daily News, …", "as one employee told Palo Alto Weekly, …": the hearer told.
  if (TOLD.has(v.lower[i]!)) k = afterHearer(v, k);
  // "As Ms. Simonyan put it in a statement to a colleague in July, …": adjuncts of place, time and
  // medium may stand between the cue and the comma, but no clause ("that", a quotation, a verb of its own).
  if (PREPOSITIONS.has(v.lower[k] ?? '') || TIME_ADVERBS.has(v.lower[k] ?? '')) {
    let m = k;
    while (m < v.tokens.length && m - k <= 12 && v.tokens[m]!.text !== ',' && !v.quoteMark[m] && v.lower[m] !== 'that' && !(AUXILIARIES.has(v.lower[m]!) && !isCapitalized(v.tokens[m]!.text))) m++; // "in May" is no modal
    if (v.tokens[m]?.text === ',' || m === v.tokens.length - 1) k = m;
  }
  const t = v.tokens[k];
  // ("As John Cornyn … put it: “…”": a colon closes the comment too, before the words it introduces.)
  return t === undefined || t.text === ',' || t.text === ':' || (t.kind === 'punct' && k === v.tokens.length - 1);
}

/** Forms of "tell", whose hearer stands between the cue and the end of an "as" clause. */
const TOLD = new Set(['told', 'tells', 'tell']);
/** Hearers named without a capital. */
const PLAIN_HEARERS = new Set(['reporters', 'journalists', 'me', 'us', 'him', 'her', 'them']);

/** The token after the hearer of "told" starting at `k` (a name, "the" and a name, or a plain hearer, with a parenthesis), or `k`. */
function afterHearer(v: SentenceView, k: number): number {
  if (PLAIN_HEARERS.has(v.lower[k] ?? '')) return k + 1;
  let m = v.lower[k] === 'the' ? k + 1 : k;
  const start = m;
  while (m < v.tokens.length && m - k <= 8 && v.tokens[m]!.kind === 'word' && isCapitalized(v.tokens[m]!.text)) m++;
  if (m === start) return k;
  // "the Associated Press (AP)": an abbreviation in parentheses goes with the name.
  if (v.tokens[m]?.text === '(' && v.tokens[m + 2]?.text === ')') m += 3;
  return m;
}

/** Time words that open an adjunct without a preposition ("as he told reporters last week, …"). */
const TIME_ADVERBS = new Set(['last', 'this', 'earlier', 'yesterday', 'today', 'recently', 'once', 'repeatedly', 'often']);

/** True when the cue sits in a relative or subordinate clause of its own comma segment. */
export function inSubordinateClause(v: SentenceView, i: number, j = i, belief = false): boolean {
  const nearest = skipLeft(v, i - 1);
  // Tokens of an apposition or aside passed over: they do not lengthen the clause ("which Apple's chief executive, Tim Cook, called").
  let skipped = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = v.tokens[k]!;
    // "… when a nurse, Priya Anand, reported …": a name in apposition, set off by commas, is inside the clause.
    if (t.text === ',' && k === nearest) {
      // "… since Clinton, at Monday's debate, cited …": a short prepositional aside is inside the clause too.
      // ("… after the Huffington Post, which originally said …, said …": so is a relative clause set off by commas.)
      // ("… after Perdana Digital, the country's biggest chipmaker, cut its forecast": so is a description in apposition.)
      const open = Math.max(appositionOpening(v, k), prepositionalAside(v, k), relativeAsideOpening(v, k), descriptionAppositionOpening(v, k));
      if (open > 0) {
        skipped += k - open + 1;
        k = open;
        continue;
      }
    }
    // A hyphen with spaces around it is a dash ("In May 2013 - four months after … - the State Department told").
    const spacedHyphen = t.text === '-' && v.tokens[k - 1] !== undefined && v.tokens[k - 1]!.end < t.start && v.tokens[k + 1] !== undefined && v.tokens[k + 1]!.start > t.end;
    // "exporters who, analysts say, sold …": a cue set off by commas right after a relative pronoun is inside its clause.
    // ("All of which, he said, would help …": a relative that opens the sentence links it to the one before; its clause is the main one.)
    if (t.text === ',' && i - k - 1 <= 4 && (WH_RELATIVES.has(v.lower[k - 1] ?? '') || relativeThat(v, k - 1)) && k >= 2 && (v.tokens[k - 2]!.kind === 'word' || v.tokens[k - 2]!.text === ',') && !PREPOSITIONS.has(v.lower[k - 2]!) && v.lower[k - 2] !== 'of' && v.tokens[j + 1]?.text === ',') return true;
    if (v.quoteMark[k] || (t.kind === 'punct' && t.text !== '-' && t.text !== '.') || spacedHyphen) return false;
    const w = v.lower[k]!;
    // "more than 2-1 in a poll", "since 2009": before a figure or a month these are prepositions, no clause.
    // ("More than six in 10 said": a figure spelt out is a figure too.)
    // ("More than a third of voters said", "more than half": so is a fraction.)
    const fraction = v.lower[k + 1] === 'half' || ((v.lower[k + 1] === 'a' || v.lower[k + 1] === 'one') && FRACTIONS.has(v.lower[k + 2] ?? ''));
    // ("Mrs. Clinton has since said": after a perfect's auxiliary "since" is an adverb.)
    if (w === 'since' && PERFECT_AUXILIARIES.has(v.lower[k - 1] ?? '')) continue;
    if ((w === 'than' || w === 'since') && (v.tokens[k + 1]?.kind === 'number' || MONTHS.has(v.lower[k + 1] ?? '') || NUMBER_WORDS.has(v.lower[k + 1] ?? '') || fraction)) continue;
    // "… put off deciding whether the group could question Clinton but said …": "but" straight before the cue joins it
    // to the verb whose object the question is, not to the question.
    if (OBJECT_QUESTIONS.has(w) && v.lower[nearest] === 'but') return false;
    // ("Ferdie Pacheco once said": "once" right before the cue is its adverb, no clause.)
    if (w === 'once' && k > nearest) continue;
    // ("…, after winning Ohio in the primary, Gov. John Kasich, said": a clause of a bare participle has no subject; the
    // name set off after its comma opens the main clause.)
    if (SUBORDINATORS.has(w) && skipped > 0 && /^[a-z]{3,}ing$/.test(v.lower[k + 1] ?? '')) return false;
    if (SUBORDINATORS.has(w)) return !(w === 'as' && commentClause(v, j));
    // "in what officials called a hate crime", "about double what Bradley said she expected": a free relative clause.
    // ("That was what Liz Wahl said", "Here is what he said:": after a pronoun and a copula it is the main clause's report.)
    // ("Here is what we know." reports no one's words: a belief keeps the clause subordinate.)
    if (w === 'what' && i - k - 1 - skipped <= 5 && i - k > 1) return belief || !reportedAsPredicate(v, k);
    // "One of the authors of that 2013 report, Ari Fleischer, said": no relative "that" follows a preposition; it is
    // the demonstrative of the phrase the preposition governs.
    if (w === 'that' && (PREPOSITIONS.has(v.lower[k - 1] ?? '') || v.lower[k - 1] === 'of' || PHRASE_PREPOSITIONS.has(v.lower[k - 1] ?? ''))) continue;
    // ("A senior administrator at one of the universities that fell, who spoke on condition of anonymity, said …": a
    // relative clause closed by the speaker's aside belongs to the subject; the cue after the aside is the main one.)
    if (RELATIVE_PRONOUNS.has(w) && skipped > 0 && w !== 'who' && asideClosesAt(v, k, i)) return false;
    if (RELATIVE_PRONOUNS.has(w)) {
      // "To which she said, …", "Which the minister denied.": a relative opening the sentence links it to the one
      // before (a connective relative); its clause is the sentence's main one.
      if (k === 0 || (k === 1 && takesObject(v.lower[0]))) return false;
      const between = i - k - 1;
      let adverbsOnly = true;
      for (let m = k + 1; m < i; m++) if (!CUE_ADVERBS.has(v.lower[m]!) && !AUXILIARIES.has(v.lower[m]!)) adverbsOnly = false;
      if (adverbsOnly) return true; // "who said", "who has also said"
      // "Residents who said they had reported cracks … gathered": a cue whose own subject pronoun stands inside a
      // relative clause's report ("who said they had") is deeper in that clause.
      if (k + 1 < i && SAYING_IN_RELATIVE.has(v.lower[k + 1]!) && SUBJECT_PRONOUNS.has(v.lower[skipLeft(v, i - 1)] ?? '')) return true;
      // "A report that the agency released on Monday found that …": the relative clause has its own past verb before
      // the cue, which then is the main clause's, with what it found after it.
      if (ownVerbBetween(v, k + 2, i) && (v.lower[j + 1] === 'that' || v.tokens[j + 1]?.text === ':')) return false;
      // "who in 2010 said", "which in the wake of the party's defeat in 2012 urged": no subject opens with a preposition.
      if (PREPOSITIONS.has(v.lower[k + 1] ?? '') && between - skipped <= 12) return true;
      if (w !== 'who' && between - skipped <= 5) return true; // "which the minister announced"
      // "which linguists at the University of Tessaly warned in 2019 could lose …", "which the city's finance office has
      // blamed on …": a longer subject, when the clause's gap follows the cue (a verb with no subject of its own, or the
      // object's preposition); "A report that the agency released on Monday found that …" has a clause after its cue.
      if (w !== 'who' && between - skipped <= LONG_RELATIVE_SUBJECT && gapAfterCue(v, j)) return true;
      // ("Oraon, who party leaders said would be sworn in on November 28, has …": "who" with a subject of its own
      // before the cue and the verb the gap leaves after it.)
      if (w === 'who' && between - skipped <= 5 && !AUXILIARIES.has(v.lower[k + 1]!) && v.tokens[j + 1] !== undefined && GAP_VERBS.has(v.lower[j + 1]!)) return true;
      // "demonstrators, who have taken to the streets and called for …": a second verb of the relative clause.
      if (v.lower[nearest] === 'and' && (w === 'who' || w === 'which')) return true;
      return false;
    }
  }
  return false;
}

/** True when a past verb of a relative clause stands between `from` and the cue at `to` ("that the agency released on Monday"), not as an adjective after a determiner. */
function ownVerbBetween(v: SentenceView, from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (/^[a-z]{3,}ed$/.test(v.tokens[m]!.text) && !DETERMINERS.has(v.lower[m - 1] ?? '')) return true;
  return false;
}

/** Verbs of saying and thinking that open a relative clause's report ("who said they had reported …"). */
const SAYING_IN_RELATIVE = new Set(['said', 'say', 'says', 'told', 'claimed', 'claim', 'believed', 'believe', 'thought', 'think', 'felt', 'feel', 'insisted', 'insist', 'complained', 'complain', 'alleged', 'allege']);

/** True when "that" at `k` follows a lower-case noun inside the sentence ("a 2019 law that, officials say, covered …"), not a link or a verb. */
function relativeThat(v: SentenceView, k: number): boolean {
  if (v.lower[k] !== 'that' || k < 2) return false;
  const before = v.lower[k - 1]!;
  return /^[a-z]{3,}$/.test(v.tokens[k - 1]!.text) && !NOT_NOUNS_BEFORE_THAT.has(before) && !SUBORDINATORS.has(before) && !/(ed|ly)$/.test(before);
}

/** Words before "that" that make it a conjunction or a demonstrative, not a relative ("said that", "so that", "and that"). */
const NOT_NOUNS_BEFORE_THAT = new Set(['and', 'but', 'or', 'so', 'said', 'says', 'say', 'told', 'tells', 'think', 'thinks', 'believe', 'believes', 'know', 'knows', 'found', 'show', 'shows', 'all', 'like', 'such', 'now', 'given', 'except', 'note', 'notes', 'insist', 'insists', 'argue', 'argues', 'claim', 'claims', 'warn', 'warns', 'hope', 'hopes', 'fear', 'fears', 'suggest', 'suggests', 'mean', 'means', 'ensure', 'ensures', 'is', 'was', 'are', 'were', 'fact', 'sure']);

/** True when a comma between the relative pronoun at `k` and the cue at `i` opens the aside the scan skipped ("that fell, who spoke …,"). */
function asideClosesAt(v: SentenceView, k: number, i: number): boolean {
  for (let m = k + 1; m < i; m++) if (v.tokens[m]!.text === ',') return v.lower[m + 1] === 'who' || v.lower[m + 1] === 'which';
  return false;
}

/** Relative pronouns that cannot be demonstratives ("And that, Mr. Manafort said, was …" points back). */
const WH_RELATIVES = new Set(['who', 'whom', 'whose', 'which']);

/** The most tokens a relative clause's subject may hold before its cue when the gap follows the cue. */
const LONG_RELATIVE_SUBJECT = 10;

/** Finite verbs and modals that open a predicate with no subject of its own. */
const GAP_VERBS = new Set(['could', 'would', 'will', 'can', 'may', 'might', 'should', 'must', 'was', 'were', 'is', 'are', 'has', 'have', 'had']);

/**
 * True when the relative clause's gap follows the cue ending at `j`: a verb with no subject ("warned in 2019 could
 * lose"), after any adjunct of time, or the preposition the object's gap leaves ("has blamed on falling revenue").
 */
function gapAfterCue(v: SentenceView, j: number): boolean {
  let k = j + 1;
  // ("warned in 2019 could …": an adjunct of time between the cue and the gap.)
  if (v.lower[k] === 'in' && (v.tokens[k + 1]?.kind === 'number' || MONTHS.has(v.lower[k + 1] ?? ''))) k += 2;
  const next = v.lower[k] ?? '';
  return GAP_VERBS.has(next) || (k === j + 1 && (next === 'on' || next === 'for'));
}

/**
 * The index of the comma that opens a description in apposition after a name, closed by the comma at `close`
 * ("Perdana Digital, the country's biggest chipmaker by market value,"): a determiner after the comma, a
 * capitalised word before it, at most twelve words and no verb-like auxiliary between. -1 when there is none.
 */
function descriptionAppositionOpening(v: SentenceView, close: number): number {
  for (let k = close - 1; k >= 1 && close - k <= 12; k--) {
    const t = v.tokens[k]!;
    if (v.quoteMark[k] || AUXILIARIES.has(v.lower[k]!)) return -1;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== '’') {
      if (t.text !== ',') return -1;
      const before = v.tokens[k - 1]!;
      return DESCRIPTION_OPENERS.has(v.lower[k + 1] ?? '') && before.kind === 'word' && isCapitalized(before.text) ? k : -1;
    }
  }
  return -1;
}

/** Words that open a description in apposition ("the country's biggest chipmaker", "a unit of Vale"). */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/** Subjects that stand for what was said before a copula and "what" ("That was what …", "Here is what …"). */
const POINTING_SUBJECTS = new Set(['that', 'this', 'it', 'here', 'which', 'such']);
const COPULAS = new Set(['is', 'was', 'are', 'were', "'s", '’s']);

/** True when the "what" at `k` follows a pointing subject and a copula, with at most an adverb between ("That is exactly what …"). */
export function reportedAsPredicate(v: SentenceView, k: number): boolean {
  let c = k - 1;
  if (c >= 0 && (CUE_ADVERBS.has(v.lower[c]!) || isAdverbAt(v.lower, v.tokens[c]!.text, c))) c--;
  return c >= 1 && COPULAS.has(v.lower[c]!) && POINTING_SUBJECTS.has(v.lower[c - 1]!);
}

/**
 * The index of the comma that opens a name in apposition closed by the comma
 * at `close` (", Priya Anand,"): at most four capitalised words between two
 * commas, after a common noun. -1 when there is none.
 */
function appositionOpening(v: SentenceView, close: number): number {
  let k = close - 1;
  while (k >= 0 && close - k <= 4 && v.tokens[k]!.kind === 'word' && isCapitalized(v.tokens[k]!.text)) k--;
  if (k === close - 1 || k < 1 || v.tokens[k]!.text !== ',') return -1;
  return /^[a-z]+$/.test(v.tokens[k - 1]!.text) ? k : -1;
}

/**
 * The comma that opens a relative clause set off by commas and closed by the comma at `close` (", which
 * originally said it would …,"): no quotation inside, at most 25 tokens, after a word. -1 when there is none.
 */
function relativeAsideOpening(v: SentenceView, close: number): number {
  for (let k = close - 1; k >= 2 && close - k <= 25; k--) {
    if (v.quoteMark[k] || v.quoted[k]) return -1;
    if (v.tokens[k]!.text === ',' ) return (v.lower[k + 1] === 'which' || v.lower[k + 1] === 'who') && v.tokens[k - 1]!.kind === 'word' ? k : -1;
  }
  return -1;
}

/** Words that open a clause serving as a verb's object ("deciding whether …", "asked how …"), not an adverbial clause. */
const OBJECT_QUESTIONS = new Set(['whether', 'how', 'why']);
/** True when a subordinating word ("after", "because", "as") opens a clause between token `from` and the cue at `to`. */
export function subordinateBetween(v: SentenceView, from: number, to: number): boolean {
  // "Sullivan put off deciding whether the group could question Clinton but said …": a question put as the verb's
  // object has no say in who speaks next; a clause of time or cause ("after the maker cut …, blaming") does.
  for (let k = from; k < to; k++) if (SUBORDINATORS.has(v.lower[k]!) && !OBJECT_QUESTIONS.has(v.lower[k]!) && v.tokens[k + 1]?.kind === 'word') return true;
  return false;
}

/** Fractions after "a" that count people ("more than a third", "less than a quarter"). */
const FRACTIONS = new Set(['third', 'quarter', 'fifth', 'tenth', 'half', 'dozen', 'majority', 'handful']);

/** Finite verbs that open a main clause's predicate after a reduced relative ("The plan announced in March was dropped"). */
const FINITE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'may', 'might']);
/** Words a prepositional phrase of place or time may hold after its preposition ("in Jeddah", "in May 2023", "on the day"). */
const PHRASE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'last', 'next']);

/**
 * "A ceasefire agreed in Jeddah in May 2023 lasted less than a week": a past
 * participle right after its noun, then only prepositional phrases of place or
 * time, then the sentence's own verb, modifies the noun; it reports nothing.
 * ("Officials agreed in Jeddah that …", "The ministry said on Monday exports
 * rose": a clause or a new subject follows the phrases, and the verb reports.)
 */
export function reducedRelativeCue(v: SentenceView, i: number, j: number): boolean {
  if (!/^[a-z]+ed$/.test(v.tokens[i]!.text) || i === 0) return false;
  // Right after a common noun: a lower-case word that is no pronoun, auxiliary or adverb ("Axelrod tweeted after
  // Clinton argued …": after a name the -ed word is its verb).
  const prev = v.tokens[i - 1]!;
  // (At the sentence's start a common noun is capitalised too: "People briefed on the reshuffling were adamant …".)
  // ("The Crime Statistics Bureau cited in Trump's tweet does not exist": a name after "the" is a noun phrase too.)
  let name = i - 1;
  while (name > 0 && v.tokens[name]!.kind === 'word' && isCapitalized(v.tokens[name]!.text)) name--;
  const theName = name < i - 1 && v.lower[name] === 'the' && v.tokens[name + 1]!.kind === 'word' && isCapitalized(v.tokens[name + 1]!.text);
  if (!theName && (prev.kind !== 'word' || !/^[a-z]+$/.test(i === 1 ? prev.text.toLowerCase() : prev.text)) || AUXILIARIES.has(v.lower[i - 1]!) || CUE_ADVERBS.has(v.lower[i - 1]!) || NOT_NOUNS.has(v.lower[i - 1]!) || isAdverbAt(v.lower, prev.text, i - 1)) return false;
  let k = j + 1;
  let phrases = 0;
  while (k < v.tokens.length && PLACE_TIME_PREPOSITIONS.has(v.lower[k]!)) {
    k++;
    if (PHRASE_DETERMINERS.has(v.lower[k] ?? '')) k++;
    const from = k;
    // The phrase's object: names, figures and months, or one lower-case noun after a determiner.
    while (k < v.tokens.length && k - from < 4 && (v.tokens[k]!.kind === 'number' || (v.tokens[k]!.kind === 'word' && isCapitalized(v.tokens[k]!.text)) || MONTHS.has(v.lower[k]!))) k++;
    if (k === from && PHRASE_DETERMINERS.has(v.lower[from - 1] ?? '') && /^[a-z]+$/.test(v.tokens[k]?.text ?? '')) k++;
    // ("in Trump's tweet": a name's possessive and its noun.)
    if (k > from && (v.lower[k] === "'s" || v.lower[k] === '’s') && /^[a-z]+$/.test(v.tokens[k + 1]?.text ?? '')) k += 2;
    if (k === from) return false;
    phrases++;
  }
  if (phrases === 0) return false;
  const w = v.lower[k] ?? '';
  return FINITE_AUXILIARIES.has(w) || SAYS.has(w) || ((/^[a-z]+ed$/.test(v.tokens[k]?.text ?? '') || IRREGULAR_PAST.has(w)) && v.lower[k + 1] !== 'by');
}

/** Verbs of saying without "-ed" that follow a subject modified by a participle ("Officials briefed on the talks said"). */
const SAYS = new Set(['said', 'says', 'say', 'told', 'tell', 'tells']);

/** Prepositions of place and time that never open a clause ("after", "since", "before" may). */
const PLACE_TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'near', 'across', 'outside', 'inside', 'throughout']);

/** Words before an -ed word that are no noun it could modify ("he", "they", "and", "not"). */
const NOT_NOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'and', 'or', 'but', 'not', 'never', 'also', 'then', 'than', 'as', 'to']);

/** Forms of naming verbs that, after a comma, name the noun before them ("The vaccine, called NVX-14, …"). */
const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'nicknamed', 'codenamed', 'titled', 'entitled', 'branded']);

/**
 * A participle that modifies rather than reports: "one of the largest ever found", "the highest ever recorded"
 * (after "ever" and a comparison, nobody found or said anything), and a naming apposition ("The vaccine, called
 * NVX-14 and developed by …": the name follows, then a comma, "and" or the sentence's end).
 */
export function modifyingParticiple(v: SentenceView, i: number): boolean {
  const w = v.lower[i]!;
  if (v.lower[i - 1] === 'ever' && i >= 2 && (/(est|most|first|only|least)$/.test(v.lower[i - 2]!) || v.lower[i - 2] === 'than')) return true;
  if (!NAMING_PARTICIPLES.has(w) || v.tokens[i - 1]?.text !== ',') return false;
  // The name: capitalised words, codes and numbers (no quotation: 'called it "a disgrace"' is covered elsewhere).
  let k = i + 1;
  while (k < v.tokens.length && k - i <= 4 && v.tokens[k]!.kind !== 'punct' && (isCapitalized(v.tokens[k]!.text) || /\d/.test(v.tokens[k]!.text) || v.tokens[k]!.text === '-')) k++;
  if (k === i + 1) return false;
  const after = v.tokens[k];
  return after === undefined || after.text === ',' || after.text === '.' || v.lower[k] === 'and' || v.lower[k] === 'or' || after.text === ')';
}
