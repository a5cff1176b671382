// What the article says about its actors beyond their names: the country a
// person is tied to ("China’s Xi"), gender from a given name, and that an
// "organisation" with a gender, an age or an office is a person.
import type { Entity } from '../types';
import givenNames from './givenNames.json';
import { WORLD_FEMALE, WORLD_MALE } from './givenNamesWorld';
import { PERSON_ROLES, hasOrganisationWord } from './lexicon';
import { nationStem, type Draft } from './model';
import type { NameMention } from './names';
import { tokensIn, type Tok, type TokenView } from './tokens';

const FEMALE = new Set([...givenNames.female.split(' '), ...WORLD_FEMALE]);
const MALE = new Set([...givenNames.male.split(' '), ...WORLD_MALE]);

/** The gender a given name tells, when the name lists know it as one only ("michelle" → "f"). */
export function genderOfGivenName(word: string | undefined): 'f' | 'm' | undefined {
  if (word === undefined) return undefined;
  return FEMALE.has(word) ? 'f' : MALE.has(word) ? 'm' : undefined;
}

/** True for a word the name lists know as a given name ("Dean" is a name before it is a title). */
export function isGivenName(word: string): boolean {
  return FEMALE.has(word) || MALE.has(word);
}

/** "China’s Xi": the place in the possessive before a person's name ties them to it. */
export function learnPlaces(view: TokenView, names: NameMention[], entities: Entity[], drafts: Draft[]): void {
  const placeEnds = new Map<number, string>();
  for (const e of entities) {
    if (e.type !== 'place') continue;
    const [, last] = tokensIn(view, e);
    if (last > 0) placeEnds.set(last - 1, e.text);
  }
  for (const { mention } of names) {
    if (mention.actor === undefined) continue;
    const marker = view.toks[mention.first - 1];
    if (!marker || !/^['’]s$/.test(marker.lower)) continue;
    const place = placeEnds.get(mention.first - 2);
    if (place) (drafts[mention.actor] as Draft).nations.add(nationStem(place));
  }
}

/** A person's gender from their given name, when the name list knows it and nothing else said otherwise. */
export function learnGender(view: TokenView, drafts: Draft[]): void {
  void view;
  for (const d of drafts) {
    if (d.type !== 'person' || d.gender || d.fullTokens.length < 2) continue;
    const given = d.fullTokens[0] as string;
    // (The Vietnamese middle word first: the compromise lexicon lists the family name "Nguyen" as a man's given name.)
    const vietnamese = vietnameseGender(d.fullTokens);
    if (vietnamese) d.gender = vietnamese;
    else if (FEMALE.has(given)) d.gender = 'f';
    else if (MALE.has(given)) d.gender = 'm';
  }
}

/** The commonest Vietnamese family names, which open a Vietnamese name ("Nguyen Thi Hoa"). */
const VIETNAMESE_FAMILY_NAMES = new Set('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong luong mai'.split(' '));

/** "Nguyen Thi Hoa", "Tran Van Minh": a Vietnamese name's middle word "Thi" marks a woman, "Van" a man. */
function vietnameseGender(tokens: readonly string[]): 'f' | 'm' | undefined {
  if (tokens.length < 3 || !VIETNAMESE_FAMILY_NAMES.has(tokens[0]!)) return undefined;
  return tokens[1] === 'thi' ? 'f' : tokens[1] === 'van' ? 'm' : undefined;
}

/** Roles an organisation can hold as well as a person ("a rival", "the regulator", "an investor"). */
const SHARED_ROLES = new Set(['rival', 'ally', 'partner', 'investor', 'regulator', 'owner', 'leader', 'head', 'chair', 'boss', 'friend', 'neighbour', 'neighbor', 'predecessor', 'successor', 'opponent', 'colleague', 'counterpart', 'auditor', 'administrator', 'suspect', 'victim', 'witness', 'defendant']);

/**
 * An "organisation" the article gives a gender ("Mr. Tokayev"), an age
 * ("Mokoena, 52,") or a person's office in apposition ("Xi Jinping, the
 * Chinese president,") is a person, when nothing in its own name says
 * organisation (no head noun, no legal form): the tagger guessed from two
 * words it had never seen.
 */
export function learnPersons(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.type !== 'organization' || !plainName(d)) continue;
    const office = [...d.roles].some((r) => PERSON_ROLES.has(r) && !SHARED_ROLES.has(r));
    if (d.gender || d.age !== undefined || office) d.type = 'person';
  }
}

/**
 * "Xi Jinping said the talks were useful. He said …": a sentence that opens
 * with "He" or "She" right after one whose subject is an "organisation" with
 * no organisation word in its name, when no person is named in either, makes
 * that name a person's (and gives the gender).
 */
export function learnPersonsFromPronouns(view: TokenView, names: NameMention[], drafts: Draft[]): void {
  for (let s = 1; s < view.sentences.length; s++) {
    const range = view.sentences[s]!;
    const opener = view.toks[range.first];
    const gender = opener?.lower === 'he' ? 'm' : opener?.lower === 'she' ? 'f' : undefined;
    if (!gender) continue;
    const before = names.filter((n) => n.mention.sentence === s - 1 || (n.mention.sentence === s && n.mention.first < range.first + 3));
    const actors = new Set(before.map((n) => n.mention.actor).filter((a): a is number => a !== undefined));
    if ([...actors].some((a) => drafts[a]!.type === 'person')) continue;
    const subject = before.find((n) => n.mention.sentence === s - 1 && n.mention.first === view.sentences[s - 1]!.first);
    const d = subject?.mention.actor !== undefined ? drafts[subject.mention.actor] : undefined;
    if (!d || d.type !== 'organization' || !plainName(d) || d.fullTokens.length < 2) continue;
    d.type = 'person';
    d.gender ??= gender;
  }
}

/** A name of at most three words with nothing of an organisation in it (no head noun, legal form or trade word). */
function plainName(d: Draft): boolean {
  return !d.head && d.fullTokens.length <= 3 && !hasOrganisationWord(d.fullTokens);
}

export type { Tok };
