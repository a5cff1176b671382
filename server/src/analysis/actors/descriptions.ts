// Rule: definite descriptions. "the company", "the Chinese leader", "her
// sister", "the 52-year-old", "Valmora’s central bank", and in a headline a
// bare role ("as mayor holds off …"). This file only finds the candidate
// phrases and their head nouns; resolve.ts decides who, if anyone, they are.
import { KIN_GENDER, NEWSPAPER_NOUNS, ORG_NOUNS, PERSON_ROLES, PHRASE_BREAKERS, TITLE_MODIFIERS } from './lexicon';
import { nationStem, type Draft, type DraftMention } from './model';
import { ageAfter, scanPhrase } from './phrases';
import { isCapitalized, OPENS_DEFINITE, POSSESSIVE_WORD, type Tok, type TokenView } from './tokens';
import { descriptionMention } from './clauses';

/** The general roles and institutions, built once (they are constant), not copied per article. */
const GENERAL_HEADS: ReadonlySet<string> = new Set<string>([...PERSON_ROLES, ...ORG_NOUNS, ...NEWSPAPER_NOUNS, ...KIN_GENDER.keys()]);

/** Role words that are also adjectives ("the official figures", "the chief reason"). */
const ADJECTIVAL_ROLES = new Set(['official', 'chief', 'executive', 'general', 'principal', 'head', 'senior']);
/** Things those adjectives qualify: after one of them the phrase is no description of a person. */
const THINGS_AFTER_ADJECTIVE = new Set(
  'figure figures count counts tally data statistics estimate estimates result results record records document documents visit visits residence language name policy position statement report reports website account accounts rate rates toll line channels response reaction investigation inquiry reason reasons order orders election elections office offices secretary'.split(' '),
);

/** Words that can head a description. */
export interface HeadNouns {
  has(word: string): boolean;
  /**
   * False when no head of several words starts with `word` + " " (then no
   * pair "word next" need be built to be looked up): true for every part
   * before a space of every head.
   */
  mayOpenPair(word: string): boolean;
}

/** Every part before a space of the given heads ("chief" of "chief executive"). */
function pairOpeners(heads: Iterable<string>, into = new Set<string>()): Set<string> {
  for (const head of heads) for (let at = head.indexOf(' '); at >= 0; at = head.indexOf(' ', at + 1)) into.add(head.slice(0, at));
  return into;
}

/** pairOpeners of GENERAL_HEADS, built once. */
const GENERAL_PAIR_OPENERS: ReadonlySet<string> = pairOpeners(GENERAL_HEADS);

/** Nouns that can head a description in this article: general roles and institutions plus what the article taught. */
export function headNouns(drafts: Draft[]): HeadNouns {
  const learned = new Set<string>();
  for (const d of drafts) {
    for (const r of d.roles) learned.add(r);
    if (d.head) learned.add(d.head);
  }
  const learnedOpeners = pairOpeners(learned);
  return {
    has: (word) => GENERAL_HEADS.has(word) || learned.has(word),
    mayOpenPair: (word) => GENERAL_PAIR_OPENERS.has(word) || learnedOpeners.has(word),
  };
}

/**
 * Candidate descriptions, in text order. `blocked` marks name tokens;
 * `places` marks tokens of place entities (a place’s possessive opens a
 * description: "Valmora’s central bank"); `nations` marks nationality tokens.
 */
export function findDescriptions(
  view: TokenView,
  drafts: Draft[],
  blocked: Uint8Array,
  places: Uint8Array,
  nations: Set<number>,
): DraftMention[] {
  const heads = headNouns(drafts);
  const out: DraftMention[] = [];
  for (let i = 0; i < view.toks.length; i++) {
    const t = view.toks[i] as Tok;
    if (blocked[i] || t.kind !== 'word') continue;
    const opener = (t.classes & (OPENS_DEFINITE | POSSESSIVE_WORD)) !== 0;
    const placeOpener = places[i] && !(i > 0 && places[i - 1]) ? possessiveAfterPlace(view, i, places) : undefined;
    if (opener) {
      const age = ageAfter(view, i);
      if (age) {
        out.push(candidate(view, i, age.last + 1, 'year-old', { age: age.age }));
        continue;
      }
    }
    // "Pinecrest, the search company, had …", "Indonesia, the world's biggest producer of nickel, banned …": a phrase
    // in apposition to a place describes that place (or a name the tagger mistyped), no actor of the article.
    if (opener && !(t.classes & POSSESSIVE_WORD) && appositiveToPlace(view, i, places)) continue;
    // "Chile is the world's biggest copper producer": a place's predicate describes the place.
    if (opener && !(t.classes & POSSESSIVE_WORD) && predicateOfPlace(view, i, places)) continue;
    if (opener || placeOpener !== undefined) {
      const from = placeOpener ?? i;
      const phrase = scanPhrase(view, from, blocked);
      const segments = splitAtPossessives(phrase.words, phrase.possessives);
      for (const words of segments) {
        const last = words[words.length - 1];
        if (last === undefined) continue;
        const head = headOf(view, words, heads);
        // A place has roles and institutions ("Valmora’s central bank"), not relatives or partners.
        if (!head || (placeOpener !== undefined && KIN_GENDER.has(head.word))) continue;
        // "shook his head", "bowed her head": a head moved is the body's, no one's role.
        if (head.word === 'head' && HEAD_MOVES.has(view.toks[i - 1]?.lower ?? '')) continue;
        // "because the body never gets a chance to recover": a bare "the body" is the human body unless the article has
        // named a body as one ("the industry body", "the governing body" keep their modifier).
        if (head.word === 'body' && head.last === i + 1 && !drafts.some((x) => x.head === 'body')) continue;
        // "the vaccine group", "the placebo group": an arm of a study, no body of people who act.
        if (head.word === 'group' && STUDY_ARMS.has(view.toks[head.last - 1]?.lower ?? '')) continue;
        // "according to the data firm Comscore": a capitalised word right after the head is the name the phrase
        // describes, one the tagger missed; the phrase is that body, no earlier actor.
        if (namesUntaggedAfter(view, head.last, blocked)) continue;
        const stems = words.filter((w) => nations.has(w)).map((w) => nationStem((view.toks[w] as Tok).text));
        if (placeOpener !== undefined) stems.push(nationStem(t.text));
        const c = candidate(view, i, head.last + 1, head.word, { nations: stems });
        if (t.classes & POSSESSIVE_WORD) c.possessor = i;
        out.push(c);
      }
    }
  }
  out.push(...headlineRoles(view, drafts, blocked));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Calendar words that may follow a description capitalised ("the company Monday said"). */
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** True when the token after the head at `last` is a capitalised word of the same sentence that no name covers. */
function namesUntaggedAfter(view: TokenView, last: number, blocked: Uint8Array): boolean {
  const after = view.toks[last + 1];
  const head = view.toks[last] as Tok;
  if (!after || after.sentence !== head.sentence || after.kind !== 'word' || blocked[last + 1]) return false;
  return /^\p{Lu}\p{Ll}/u.test(after.text) && !CALENDAR.test(after.lower);
}

/** Copulas that equate a subject with the phrase after them. */
const COPULAS = new Set(['is', 'was', 'remains', 'remained', 'became', 'becomes']);

/** True when the determiner at `i` opens the predicate of a copula whose subject, right before it, is a place. */
function predicateOfPlace(view: TokenView, i: number, places: Uint8Array): boolean {
  const copula = view.toks[i - 1];
  const sentence = (view.toks[i] as Tok).sentence;
  return !!copula && copula.sentence === sentence && COPULAS.has(copula.lower) && places[i - 2] === 1 && view.toks[i - 2]?.sentence === sentence;
}

/** Words that show a clause, not a phrase, follows a comma after a place ("In Jakarta, the ministry said …"). */
const CLAUSE_WORDS = new Set('said says say told is are was were has have had will would can could may might must should did does do'.split(' '));

/**
 * True when the determiner at `i` follows "<place>," and its phrase closes with a comma (or the sentence's end,
 * soon) before any verb: an apposition to the place, not the subject of a clause after an opening place.
 */
function appositiveToPlace(view: TokenView, i: number, places: Uint8Array): boolean {
  const comma = view.toks[i - 1];
  const sentence = (view.toks[i] as Tok).sentence;
  if (comma?.text !== ',' || !places[i - 2] || comma.sentence !== sentence) return false;
  for (let k = i + 1; k < i + 12; k++) {
    const t = view.toks[k];
    if (!t || t.sentence !== sentence) return k - i <= 6;
    if (t.text === ',' || t.text === ';' || t.text === ')') return true;
    if (t.text === '.') return k - i <= 6;
    if (CLAUSE_WORDS.has(t.lower) || (t.kind === 'word' && /^\p{Ll}+ed$/u.test(t.text))) return false;
  }
  return false;
}

/** Words before "group" that make it an arm of a study ("the placebo group", "the control group"). */
const STUDY_ARMS = new Set(['vaccine', 'placebo', 'control', 'treatment', 'comparison', 'intervention', 'vaccinated', 'unvaccinated', 'age', 'test', 'study']);

/** Verbs of moving one's head ("shook his head"): "head" after them is the body part. */
const HEAD_MOVES = new Set('shook shake shakes shaking nodded nod nods nodding bowed bow bows bowing scratched scratching turned turning lowered raised hung hanging tilted tilting cocked ducked lifted held'.split(' '));

/** The token after a place name that is its possessive ’s (the place then opens a description). */
function possessiveAfterPlace(view: TokenView, i: number, places: Uint8Array): number | undefined {
  let k = i;
  while (places[k + 1]) k++;
  return /^['’]s$/.test(view.toks[k + 1]?.lower ?? '') ? k + 1 : undefined;
}

/** Prefixes of a phrase ending before each possessive marker, then the whole. */
function splitAtPossessives(words: number[], possessives: number[]): number[][] {
  const out = possessives.map((p) => words.filter((w) => w < p));
  out.push(words);
  return out.filter((w) => w.length);
}

/** The head: a two-word role ("chief executive") or one head noun, ending the phrase's words. */
function headOf(view: TokenView, words: number[], heads: HeadNouns): { word: string; last: number } | undefined {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as number;
    const tok = view.toks[w] as Tok;
    // ("The Prime Minister has defended …", "the Foreign Secretary": an office in capitals is a role, no name.)
    const office = PERSON_ROLES.has(tok.lower) && words.slice(0, k).every((x) => TITLE_MODIFIERS.has((view.toks[x] as Tok).lower) || PERSON_ROLES.has((view.toks[x] as Tok).lower));
    if (isCapitalized(tok) && k > 0 && !office) continue;
    const prev = k > 0 ? (view.toks[words[k - 1] as number] as Tok) : undefined;
    if (prev && heads.mayOpenPair(prev.lower) && heads.has(`${prev.lower} ${tok.lower}`)) return { word: `${prev.lower} ${tok.lower}`, last: w };
    if (heads.has(tok.lower)) {
      // "the official tally", "the chief reason": the role word is an adjective of a thing, and the phrase names no one.
      const next = view.toks[w + 1];
      if (next && next.sentence === tok.sentence && ADJECTIVAL_ROLES.has(tok.lower) && THINGS_AFTER_ADJECTIVE.has(next.lower)) return undefined;
      return { word: tok.lower, last: w };
    }
  }
  return undefined;
}

/** Bare role nouns in the headline ("as mayor holds off her sister", "as agency warns"). */
function headlineRoles(view: TokenView, drafts: Draft[], blocked: Uint8Array): DraftMention[] {
  const learned = new Set<string>();
  for (const d of drafts) {
    for (const r of d.roles) learned.add(r);
    if (d.head) learned.add(d.head);
  }
  const out: DraftMention[] = [];
  for (const range of view.sentences) {
    if (!range.headline) continue;
    for (let i = range.first; i < range.end; i++) {
      const t = view.toks[i] as Tok;
      if (blocked[i] || t.kind !== 'word' || isCapitalized(t) && i !== range.first) continue;
      const prev = view.toks[i - 1];
      // A bare role follows a function word ("as mayor holds off …"), not an adjective or a determiner.
      if (prev && prev.sentence === t.sentence && !(PHRASE_BREAKERS.has(prev.lower) || prev.kind === 'punct')) continue;
      const next = view.toks[i + 1];
      const two = next && next.sentence === t.sentence ? `${t.lower} ${next.lower}` : '';
      const word = learned.has(two) ? two : learned.has(t.lower) ? t.lower : undefined;
      if (!word) continue;
      const last = word === two ? i + 2 : i + 1;
      if (isCapitalized(view.toks[last]) || blocked[last]) continue;
      out.push(candidate(view, i, last, word, {}));
      i = last - 1;
    }
  }
  return out;
}

function candidate(view: TokenView, first: number, last: number, head: string, extra: { age?: number; nations?: string[] }): DraftMention {
  const c = descriptionMention(view, first, last, head);
  if (extra.age !== undefined) c.age = extra.age;
  if (extra.nations?.length) c.nations = extra.nations;
  return c;
}
