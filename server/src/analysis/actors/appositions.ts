// Rule: apposition. A noun phrase set off by commas right after a name
// ("Marsh, 58, a former finance ministry official", "Dolores Achebe,
// president of …") or right before it ("Its chief executive, Colin Mather")
// describes that actor; it also teaches the actor a role, an age, a gender.
import { descriptionMention } from './clauses';
import { DEFINITE, INDEFINITE, KIN_GENDER, ORG_NOUNS, PERSON_ROLES, POSSESSIVE_DET, ROLE_GENDER, SPORT_ROLES, TITLE_MODIFIERS, hasOrganisationWord } from './lexicon';
import type { Draft, DraftMention } from './model';
import type { NameMention } from './names';
import { scanPhrase } from './phrases';
import type { Tok, TokenView } from './tokens';

/** Descriptions in apposition to the given name mentions, each linked to its name. */
export function findAppositions(view: TokenView, names: NameMention[], blocked: Uint8Array, drafts: Draft[]): DraftMention[] {
  const out: DraftMention[] = [];
  for (const item of names) {
    const age = ageBeside(view, item.mention);
    if (age !== undefined && item.mention.actor !== undefined) (drafts[item.mention.actor] as Draft).age ??= age;
    const after = appositionAfter(view, item, blocked);
    const before = appositionBefore(view, item, blocked);
    for (const d of [after, before]) {
      if (!d) continue;
      d.link = item.mention;
      out.push(d);
      if (item.mention.actor !== undefined) learn(drafts[item.mention.actor] as Draft, d);
      // "Leeds United FC, the club …": an organisation whose name does not say what it is learns it here.
      const org = item.mention.actor !== undefined ? (drafts[item.mention.actor] as Draft) : undefined;
      if (org && org.type === 'organization' && !org.head && d.head && ORG_NOUNS.has(d.head)) org.head = d.head;
    }
  }
  return out;
}

function appositionAfter(view: TokenView, item: NameMention, blocked: Uint8Array): DraftMention | undefined {
  const m = item.mention;
  const sentence = m.sentence;
  const tok = (k: number): Tok | undefined => (view.toks[k]?.sentence === sentence ? view.toks[k] : undefined);
  let k = m.last;
  if (tok(k)?.text === '(') {
    while (tok(k) && tok(k)?.text !== ')' && k < m.last + 5) k++;
    k++;
  }
  if (tok(k)?.text !== ',') return undefined;
  k++;
  let age: number | undefined;
  if (tok(k)?.kind === 'number' && tok(k + 1)?.text === ',') {
    age = Number(tok(k)?.text);
    k += 2;
  }
  // "López Obrador, who served as the capital's mayor from 2000": a relative clause that equates the name with its
  // role describes it as an apposition does.
  if (tok(k)?.lower === 'who') {
    const skip = equatingVerb(tok, k + 1);
    if (skip === 0) return undefined;
    k += 1 + skip;
  }
  const opener = tok(k);
  if (!opener || opener.kind !== 'word') return undefined;
  // "Wang Wentao, China's commerce minister,": a named possessor (a place, or an actor) opens the apposition.
  const possessor = opener.cap && possessiveMark(opener, tok(k + 1)) && tok(k + 2)?.kind === 'word' ? k + 2 : -1;
  if (blocked[k] && possessor < 0) return undefined;
  const determined = possessor >= 0 || DEFINITE.has(opener.lower) || POSSESSIVE_DET.has(opener.lower) || INDEFINITE.has(opener.lower);
  const bareRole = !determined && PERSON_ROLES.has(opener.lower) && !/^\p{Lu}/u.test(opener.text);
  if (!determined && !bareRole) return undefined;
  const phrase = scanPhrase(view, possessor >= 0 ? possessor : k, blocked, bareRole);
  const lastWord = phrase.words[phrase.words.length - 1];
  if (lastWord === undefined) return undefined;
  const head = (view.toks[lastWord] as Tok).lower;
  // "Eastfield, the busiest of the four": a superlative or an ordinary number before "of" picks one of a group; it
  // names no role or body.
  if ((/[a-z]est$/.test(head) || head === 'first' || head === 'last') && tok(lastWord + 1)?.lower === 'of') return undefined;
  // "…, the club Bellamy supported": a name right after is fine when the head is a known role or institution.
  if (blocked[lastWord + 1] && !PERSON_ROLES.has(head) && !ORG_NOUNS.has(head)) return undefined;
  if (item.type === 'person' && ORG_NOUNS.has(head) && !PERSON_ROLES.has(head)) return undefined;
  // "captain Joe Hartley, their 11th goal of the season": after a person, the phrase must be headed by a word for one.
  if (item.type === 'person' && !personNoun(view.toks[lastWord] as Tok)) return undefined;
  // "Xi Jinping, the Chinese president,": an "organisation" with nothing of one in its name may be a person the
  // tagger mistyped; the office teaches it (learn.ts learnPersons), kin does not.
  if (item.type === 'organization' && (KIN_GENDER.has(head) || (PERSON_ROLES.has(head) && (item.words.length < 2 || item.words.length > 3 || hasOrganisationWord(item.words))))) return undefined;
  // "In a letter seen by Reuters, the union said …", "According to Reuters, the company has …": after a name that a
  // preposition governs, a phrase the next word runs on from opens the main clause; it is no apposition.
  // ("According to figures from the Dairy Producers Association, the two companies together buy …", "In a letter seen
  // by Reuters, the union, which represents …, said": the name may have its article, and in an adjunct opening the
  // sentence the comma after the name closes the adjunct, whatever follows the phrase.)
  const governed = PREPOSITION_BEFORE_NAME.has(tok(m.first - 1)?.lower ?? '') || (tok(m.first - 1)?.lower === 'the' && PREPOSITION_BEFORE_NAME.has(tok(m.first - 2)?.lower ?? ''));
  if (governed && (CLAUSE_VERBS.has(tok(lastWord + 1)?.lower ?? '') || opensSentence(view, m.first))) return undefined;
  const d = description(view, k, lastWord + 1, head);
  if (age !== undefined && item.mention.actor !== undefined) d.age = age;
  return d;
}

/** True when the adjunct holding the name at `first` opens its sentence ("According to …", "In a letter seen by …"). */
function opensSentence(view: TokenView, first: number): boolean {
  const sentence = (view.toks[first] as Tok).sentence;
  for (let k = first - 1; k >= first - 12; k--) {
    const t = view.toks[k];
    if (t === undefined || t.sentence !== sentence) {
      const opener = view.toks[k + 1] as Tok;
      return opener.lower === 'according' || PREPOSITION_BEFORE_NAME.has(opener.lower);
    }
    if (t.text === ',') return false;
  }
  return false;
}

/** Prepositions that put a name inside an adjunct ("seen by Reuters", "according to Reuters", "in Geneva"). */
const PREPOSITION_BEFORE_NAME = new Set(['by', 'to', 'from', 'with', 'in', 'at', 'for', 'on', 'of', 'about', 'after', 'before', 'against']);

/** Verbs (and auxiliaries) that, right after a noun phrase, make it a clause's subject ("the union said"). */
const CLAUSE_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);

/** How many tokens of an equating verb stand at `k` ("is", "was", "served as", "has been", "became"), 0 when none. */
function equatingVerb(tok: (k: number) => Tok | undefined, k: number): number {
  const w = tok(k)?.lower ?? '';
  if (w === 'is' || w === 'was' || w === 'became' || w === 'remains') return 1;
  if ((w === 'served' || w === 'serves' || w === 'worked') && tok(k + 1)?.lower === 'as') return 2;
  if ((w === 'has' || w === 'had') && tok(k + 1)?.lower === 'been') return 2;
  return 0;
}

function appositionBefore(view: TokenView, item: NameMention, blocked: Uint8Array): DraftMention | undefined {
  const m = item.mention;
  const tok = (k: number): Tok | undefined => (view.toks[k]?.sentence === m.sentence ? view.toks[k] : undefined);
  // Persons get this from titles.ts; an organisation may follow its description directly
  // ("the Swedish engineering group Atlas Verk").
  const direct = item.type === 'organization' && tok(m.first - 1)?.kind === 'word' && ORG_NOUNS.has(tok(m.first - 1)?.lower ?? '');
  let first = m.first;
  // "Her husband, the painter Jan Kowalczyk": a role with its article may stand between the comma and the name.
  const article = tok(first - 2)?.lower ?? '';
  if (item.type === 'person' && PERSON_ROLES.has(tok(first - 1)?.lower ?? '') && (DEFINITE.has(article) || INDEFINITE.has(article)) && tok(first - 3)?.text === ',') first -= 2;
  else if (item.type === 'person') {
    // "Korvastan's leader, Prime Minister Emil Tarasyan,": a title of capitalised words between the comma and the name.
    let k = first - 1;
    while (k >= first - 4 && tok(k)?.kind === 'word' && /^\p{Lu}/u.test(tok(k)?.text ?? '') && (PERSON_ROLES.has(tok(k)!.lower) || TITLE_MODIFIERS.has(tok(k)!.lower))) k--;
    if (k < first - 1 && PERSON_ROLES.has(tok(first - 1)!.lower) && tok(k)?.text === ',') first = k + 1;
  }
  // "The miners' union, the Sindicato Unificado …,": an organisation's name keeps its article after the comma.
  if (item.type === 'organization' && !direct && tok(first - 1)?.lower === 'the' && tok(first - 2)?.text === ',') first--;
  if (tok(first - 1)?.text !== ',' && !direct) return undefined;
  const fits = (k: number): boolean => {
    const t = tok(k);
    if (!t || t.kind !== 'word' || blocked[k]) return false;
    return item.type === 'person' ? PERSON_ROLES.has(t.lower) || KIN_GENDER.has(t.lower) : ORG_NOUNS.has(t.lower);
  };
  let headIndex = direct ? first - 1 : first - 2;
  // "the humanitarian coordinator for the region, Samuel Okonkwo": the head may stand before a short phrase of its own.
  if (!direct && !fits(headIndex)) {
    for (let p = headIndex; p >= headIndex - 3; p--) {
      if (blocked[p] || tok(p)?.kind !== 'word') break;
      if (HEAD_PREPOSITIONS.has(tok(p)!.lower) && fits(p - 1)) {
        headIndex = p - 1;
        break;
      }
    }
  }
  if (!fits(headIndex)) return undefined;
  const headTok = tok(headIndex)!;
  for (let k = headIndex - 1; k >= headIndex - 6; k--) {
    const t = tok(k);
    // A place's name is no actor's, so it is not blocked: "Korvastan's leader" opens with it all the same.
    // ("China's foreign ministry spokesperson, Lin Jian,": a place's name owns the phrase wherever it opens it.)
    if (t && (blocked[k] || t.cap) && possessiveMark(tok(k), tok(k + 1))) {
      // "Nexora’s chief executive, Tom Hill": a named possessor opens the description.
      let p = k;
      while (blocked[p - 1] && tok(p - 1)) p--;
      // "The United Nations' coordinator": the article of the possessor's name opens the description too.
      if (DEFINITE.has(tok(p - 1)?.lower ?? '')) p--;
      return description(view, p, headIndex + 1, headTok.lower);
    }
    if (!t || blocked[k]) return undefined;
    if (DEFINITE.has(t.lower) || POSSESSIVE_DET.has(t.lower)) {
      const d = description(view, k, headIndex + 1, headTok.lower);
      if (POSSESSIVE_DET.has(t.lower)) d.possessor = k;
      return d;
    }
    if (t.kind !== 'word' && !possessiveMark(tok(k - 1), t)) return undefined;
  }
  return undefined;
}

/** True for a word that can name a person: a role, a kin word, an agent noun (-er, -or, -ist, -ian …) or a capitalised one ("a Democrat"). */
function personNoun(t: Tok): boolean {
  if (PERSON_ROLES.has(t.lower) || KIN_GENDER.has(t.lower) || SPORT_ROLES.has(t.lower) || t.cap) return true;
  return /(?:er|or|ist|ian|ant|ent|ee|man|woman|person|ive|ic)s?$/.test(t.lower) || PERSON_NOUNS.has(t.lower);
}

/** Person nouns that neither the role lists nor the agent endings hold. */
const PERSON_NOUNS = new Set(['graduate', 'citizen', 'child', 'expert', 'rookie', 'substitute', 'star', 'icon', 'legend', 'hero', 'champion', 'runner-up', 'fan', 'heir', 'staff']);

/** Prepositions that open a phrase after a role noun ("coordinator for the region", "minister of finance"). */
const HEAD_PREPOSITIONS = new Set(['for', 'of', 'in', 'at', 'on', 'to']);

/** True for "'s" after a word, or a lone apostrophe after a plural ("the United Nations' coordinator"). */
function possessiveMark(word: Tok | undefined, mark: Tok | undefined): boolean {
  const m = mark?.lower ?? '';
  return /^['’]s$/.test(m) || ((m === "'" || m === '’') && /s$/.test(word?.lower ?? '') && word!.end === mark!.start);
}

function description(view: TokenView, first: number, last: number, head: string): DraftMention {
  const d = descriptionMention(view, first, last, head);
  if (POSSESSIVE_DET.has((view.toks[first] as Tok).lower)) d.possessor = first;
  return d;
}

/** What an apposition teaches about its actor: age, role, gender. */
export function learn(draft: Draft, d: DraftMention): void {
  if (d.age !== undefined) draft.age ??= d.age;
  const head = d.head ?? '';
  if (PERSON_ROLES.has(head) && !KIN_GENDER.has(head)) draft.roles.add(head);
  const g = KIN_GENDER.get(head) ?? ROLE_GENDER.get(head);
  if (g) draft.gender ??= g;
}

/** "Marsh, 58, …": the age set off by commas right after a name. */
function ageBeside(view: TokenView, m: DraftMention): number | undefined {
  const [comma, age, close] = [view.toks[m.last], view.toks[m.last + 1], view.toks[m.last + 2]];
  if (comma?.text !== ',' || age?.kind !== 'number' || close?.text !== ',' || close.sentence !== m.sentence) return undefined;
  const n = Number(age.text);
  return n > 0 && n < 120 ? n : undefined;
}

const COPULA = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);

/** "Reyes was mayor from 2015", "Mokoena, who became trade minister": a role given by a copula. */
export function roleByCopula(view: TokenView, m: DraftMention): string | undefined {
  let k = m.last;
  if (view.toks[k]?.text === ',' && view.toks[k + 1]?.lower === 'who') k += 2;
  if (!COPULA.has(view.toks[k]?.lower ?? '')) return undefined;
  k++;
  while (k < m.last + 6 && /^(the|a|an|former|acting|interim|then|now|also)$/.test(view.toks[k]?.lower ?? '')) k++;
  const words: string[] = [];
  while (k < m.last + 8 && view.toks[k]?.kind === 'word' && view.toks[k]?.sentence === m.sentence && !view.toks[k]?.cap) words.push((view.toks[k++] as Tok).lower);
  const role = [...words].reverse().find((w) => PERSON_ROLES.has(w) && !KIN_GENDER.has(w));
  return role && words.indexOf(role) <= 2 ? role : undefined;
}
