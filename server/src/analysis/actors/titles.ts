// Rule: titles. A role right before a person's name ("President Tokayev",
// "Brazilian Foreign Trade Minister Rodrigo Prates", "Mr Smith", "co-founder
// Ivo Brandt") is one title mention with it, and teaches the actor its role.
// With a determiner in front ("his Kazakh counterpart Kassym-Jomart Tokayev")
// the role is a description of its own and the name stays a name.
import type { Entity } from '../types';
import { opensClause } from './clauses';
import { ABBREVIATED_ROLES, DEFINITE, HONORIFIC_GENDER, INDEFINITE, PERSON_ROLES, PHRASE_BREAKERS, POSSESSIVE_DET, ROLE_GENDER, SHARED_ROLES, TITLE_MODIFIERS } from './lexicon';
import { nationStem, type Draft, type DraftMention } from './model';
import type { NameMention } from './names';
import type { Tok, TokenView } from './tokens';

/** What stands before a name: the role words, and whether a determiner makes them a description. */
export interface TitleRun {
  /** First token of the role words. */
  first: number;
  /** One past the last role token (the name's first token). */
  last: number;
  /** First token of the determiner or possessor, when there is one. */
  determiner?: number;
  honorific?: string;
}

/** Finds the role words right before token `nameFirst`, if any. `nations` holds the token indexes of nationality entities. */
export function titleBefore(view: TokenView, nameFirst: number, nations: Set<number>, named: () => Set<number> = () => new Set()): TitleRun | undefined {
  const sentence = (view.toks[nameFirst] as Tok).sentence;
  const at = (k: number): Tok | undefined => {
    const t = view.toks[k];
    return t && t.sentence === sentence ? t : undefined;
  };
  let k = nameFirst - 1;
  if (at(k)?.text === '.' && (HONORIFIC_GENDER.has(`${at(k - 1)?.lower}.`) || abbreviatedRole(view, k - 1))) k--; // "Mr." split in two
  // "Minister of Commerce Wang Jianguo", "Governor of the Central Bank Ana Ruiz": a role, "of" and the capitalised
  // words of its field stand before the name; the role word opens the title.
  const field = roleOfField(k, at);
  if (field !== undefined) k = field;
  const adjacent = at(k);
  if (!adjacent || adjacent.kind !== 'word') return undefined;
  const honorific = HONORIFIC_GENDER.has(adjacent.lower) || HONORIFIC_GENDER.has(`${adjacent.lower}.`);
  if (!honorific && !PERSON_ROLES.has(adjacent.lower) && !abbreviatedRole(view, k)) return undefined;
  // Lower-case role words only count as a title when they are roles, not plain nouns before a name.
  let first = k;
  // "Civil Protection Minister Nikos Stavridis", "Team principal Greta Lindahl": capitalised words of the office's
  // field before the role are the role's own, up to three of them, none a word of another name or a determiner.
  let fields = 0;
  for (let j = k - 1; ; j--) {
    const t = at(j);
    if (!t || t.kind !== 'word') break;
    const fits =
      nations.has(j) ||
      PERSON_ROLES.has(t.lower) ||
      abbreviatedRole(view, j) !== undefined ||
      TITLE_MODIFIERS.has(t.lower);
    const field = !fits && fields < 3 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isDeterminerWord(t.lower) && !PHRASE_BREAKERS.has(t.lower) && !OPENING_WORDS.has(t.lower) && !HONORIFIC_GENDER.has(t.lower) && !named().has(j);
    if (!fits && !field) break;
    if (field) fields++;
    first = j;
  }
  const run: TitleRun = { first, last: nameFirst };
  if (honorific) run.honorific = adjacent.lower.replace(/\.$/, '');
  const before = at(first - 1);
  const isDet = (t: Tok | undefined): boolean => !!t && t.lower !== 'that' && (DEFINITE.has(t.lower) || POSSESSIVE_DET.has(t.lower) || INDEFINITE.has(t.lower));
  // "her longtime rival Tomas Berg": adjectives between the determiner and the role.
  let det = first - 1;
  // Ages count as adjectives too ("The 29-year-old striker Jamal Price").
  const adjective = (t: Tok | undefined): boolean =>
    !!t && ((t.kind === 'word' && /^[\p{Ll}\d]/u.test(t.text) && !PHRASE_BREAKERS.has(t.lower)) || t.kind === 'number' || t.text === '-');
  while (det > first - 6 && !isDet(at(det)) && adjective(at(det))) det--;
  if (isDet(at(det))) run.determiner = det;
  else if (before && /^['’]s$/.test(before.lower)) {
    // "Kazakhstan’s President Tokayev": the possessor opens the description.
    let p = first - 2;
    while (at(p - 1)?.kind === 'word' && /^\p{Lu}/u.test(at(p - 1)?.text ?? '')) p--;
    if (at(p)) run.determiner = p;
  }
  return run;
}

/**
 * Applies titles to every person name mention: the mention grows into a
 * title mention, or a description mention is added before it. Returns the
 * descriptions made (their actor is the name's actor, or undecided yet).
 */
export function applyTitles(view: TokenView, names: NameMention[], entities: Entity[], drafts: Draft[]): DraftMention[] {
  const nations = nationalityTokens(view, entities);
  // (Built only when a title asks: most articles' names have no capitalised words of a field before their role.)
  let namedTokens: Set<number> | undefined;
  const named = (): Set<number> => (namedTokens ??= entityTokens(view, entities));
  const made: DraftMention[] = [];
  for (const { mention, type } of names) {
    if ((type !== 'person' && type !== 'organization') || mention.kind === 'alias') continue;
    const inner: TitleRun | undefined = type === 'person' && mention.nameFirst !== undefined ? { first: mention.first, last: mention.nameFirst } : undefined;
    const run = inner ?? titleBefore(view, mention.first, nations, named);
    if (!run) continue;
    // An organisation takes only a description in front ("the auditor Kessler & Marr"), never a title.
    if (type === 'organization' && (run.determiner === undefined || !SHARED_ROLES.has((view.toks[run.last - 1] as Tok).lower))) continue;
    const roleToks = view.toks.slice(run.first, run.last).filter((t) => t.kind === 'word' && t.text !== '.');
    const targets = mention.actor !== undefined ? [mention.actor] : [];
    for (const d of targets) learnRole(drafts[d] as Draft, view, run, roleToks, nations);
    if (run.determiner !== undefined) {
      const det = view.toks[run.determiner] as Tok;
      const end = view.toks[run.last - 1] as Tok;
      const description: DraftMention = {
        start: det.start,
        end: end.end,
        kind: 'description',
        sentence: det.sentence,
        first: run.determiner,
        last: run.last,
        subject: opensClause(view, run.determiner, run.last),
        link: mention,
      };
      if (mention.actor !== undefined) description.actor = mention.actor;
      made.push(description);
    } else if (!inner) {
      mention.first = run.first;
      mention.start = (view.toks[run.first] as Tok).start;
      mention.kind = 'title';
      mention.subject = opensClause(view, run.first, mention.last);
      mention.roleWords = roleToks.map((t) => t.lower.replace(/\.$/, ''));
    }
  }
  return made;
}

/** The role word of "<Role> of (the) <Field …>" ending at token `k` (its field's last word), if there is one. */
function roleOfField(k: number, at: (k: number) => Tok | undefined): number | undefined {
  let j = k;
  while (j > k - 4 && at(j)?.kind === 'word' && /^\p{Lu}/u.test(at(j)!.text) && !PERSON_ROLES.has(at(j)!.lower)) j--;
  if (j === k) return undefined;
  if (at(j)?.lower === 'the') j--;
  if (at(j)?.lower !== 'of') return undefined;
  const role = at(j - 1);
  return role && role.kind === 'word' && /^\p{Lu}/u.test(role.text) && PERSON_ROLES.has(role.lower) ? j - 1 : undefined;
}

/** Abbreviated titles written without their dot in British style, none of them a word of its own. */
const DOTLESS_ROLES = new Set(['cllr', 'insp', 'supt', 'sgt', 'det', 'capt', 'cmdr', 'lt', 'cpl']);

/** The role an abbreviated title stands for ("Sen." → senator), written with a capital and a dot (or a dot token after it). */
function abbreviatedRole(view: TokenView, k: number): string | undefined {
  const t = view.toks[k];
  if (!t || t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return undefined;
  // Only with its dot: "Sen" alone or "Gen Z" is no title. (British style drops the dot of a few that are no word:
  // "Det Insp Sarah Coombes", "Cllr Alice Smart", "Sgt Tom Hale".)
  if (!t.text.endsWith('.') && view.toks[k + 1]?.text !== '.' && !DOTLESS_ROLES.has(t.lower)) return undefined;
  return ABBREVIATED_ROLES.get(t.lower.replace(/\.$/, ''));
}

function learnRole(draft: Draft, view: TokenView, run: TitleRun, roleToks: Tok[], nations: Set<number>): void {
  const words: string[] = [];
  for (let k = run.first; k < run.last; k++) {
    const t = view.toks[k] as Tok;
    if (nations.has(k)) draft.nations.add(nationStem(t.text));
    else if (t.kind === 'word' && t.text !== '.') words.push(abbreviatedRole(view, k) ?? t.lower.replace(/\.$/, ''));
  }
  if (run.honorific) {
    const g = HONORIFIC_GENDER.get(run.honorific) ?? HONORIFIC_GENDER.get(`${run.honorific}.`);
    if (g) draft.gender ??= g;
  }
  for (const w of words) {
    if (PERSON_ROLES.has(w)) draft.roles.add(w);
    const g = ROLE_GENDER.get(w);
    if (g) draft.gender ??= g;
  }
  if (words.length > 1) draft.roles.add(words.join(' '));
  if (words.length > 2) draft.roles.add(words.slice(-2).join(' '));
  const text = roleToks.map((t) => t.text).join(' ');
  // The fullest wording of the role wins ("Chinese President" over "President").
  if (!run.honorific && text && text.length > (draft.roleText?.length ?? 0)) draft.roleText = text;
}

/** Words that open a sentence before a title without being part of it ("So", "Then", "Yesterday"). */
const OPENING_WORDS = new Set(['so', 'then', 'now', 'yesterday', 'today', 'meanwhile', 'however', 'still', 'yet', 'even', 'only', 'later', 'earlier', 'instead', 'indeed', 'here', 'there', 'why', 'how', 'what', 'asked', 'thanks', 'dear', 'says', 'said']);

/** Words that open a noun phrase rather than name an office ("The", "His", "Every"). */
function isDeterminerWord(lower: string): boolean {
  return DEFINITE.has(lower) || POSSESSIVE_DET.has(lower) || INDEFINITE.has(lower) || lower === 'that' || lower === 'this';
}

/** Token indexes covered by entities other than nationalities (a name, a place, a date: no part of a role). */
function entityTokens(view: TokenView, entities: Entity[]): Set<number> {
  const out = new Set<number>();
  let k = 0;
  for (const e of entities) {
    if (e.type === 'nationality') continue;
    while (k < view.toks.length && (view.toks[k] as Tok).end <= e.start) k++;
    for (let j = k; j < view.toks.length && (view.toks[j] as Tok).start < e.end; j++) out.add(j);
  }
  return out;
}

/** Token indexes covered by nationality entities ("Chinese", "South African"). */
export function nationalityTokens(view: TokenView, entities: Entity[]): Set<number> {
  const out = new Set<number>();
  let k = 0;
  for (const e of entities) {
    if (e.type !== 'nationality') continue;
    while (k < view.toks.length && (view.toks[k] as Tok).end <= e.start) k++;
    for (let j = k; j < view.toks.length && (view.toks[j] as Tok).start < e.end; j++) out.add(j);
  }
  return out;
}
