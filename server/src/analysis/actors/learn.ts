// What the article says about its actors beyond their names: the country a
// person is tied to ("China’s Xi") and gender from a given name.
import type { Entity } from '../types';
import givenNames from './givenNames.json';
import { nationStem, type Draft } from './model';
import type { NameMention } from './names';
import { tokensIn, type Tok, type TokenView } from './tokens';

const FEMALE = new Set(givenNames.female.split(' '));
const MALE = new Set(givenNames.male.split(' '));

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
    if (FEMALE.has(given)) d.gender = 'f';
    else if (MALE.has(given)) d.gender = 'm';
  }
}

export type { Tok };
