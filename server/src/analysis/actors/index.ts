// Actor resolution: who is who in an article. Names are grouped first
// (names.ts), titles and appositions teach roles (titles.ts,
// appositions.ts), then one pass in text order resolves shared surnames,
// descriptions and pronouns by salience (resolve.ts); build.ts shapes the
// result as SCHEMA.md actors.
import type { Actor, ArticleDocument, Entity } from '../types';
import { findFurniture } from '../claims/furniture';
import { findAppositions } from './appositions';
import { buildActors } from './build';
import { findDescriptions } from './descriptions';
import { learnGender, learnPersons, learnPersonsFromPronouns, learnPlaces } from './learn';
import type { Draft, DraftMention } from './model';
import { clusterNames, nameMentions, rescanNames } from './names';
import { resolveInContext } from './resolve';
import { applyTitles, nationalityTokens } from './titles';
import { tokenView, type Tok } from './tokens';

/**
 * Groups the mentions of each person and organisation: names, aliases,
 * titles, descriptions and pronouns, in the SCHEMA.md shape. Pure; never
 * throws on odd input (no entities → no actors).
 */
export function resolveActors(document: ArticleDocument, entities: Entity[]): Actor[] {
  const view = tokenView(document);
  const names = nameMentions(view, entities);
  if (!names.length) return [];
  const drafts: Draft[] = [];
  clusterNames(view, names, drafts);
  names.push(...rescanNames(view, names, drafts));
  names.sort((a, b) => a.mention.start - b.mention.start);
  const titled = applyTitles(view, names, entities, drafts);
  const blocked = new Uint8Array(view.toks.length + 1);
  for (const { mention } of names) for (let k = mention.first; k < mention.last; k++) blocked[k] = 1;
  const appositions = findAppositions(view, names, blocked, drafts);
  learnPlaces(view, names, entities, drafts);
  learnPersons(drafts);
  learnPersonsFromPronouns(view, names, drafts);
  learnGender(view, drafts);
  const places = tokensOfType(view, entities, PLACES);
  const generic = findDescriptions(view, drafts, blocked, places, nationalityTokens(view, entities));
  const fixed = [...titled, ...appositions];
  // A description found by title or apposition wins over a generic one opening at the same
  // word, unless that one is a possessor inside it ("the agency" in "the agency’s director").
  const starts = new Set(fixed.map((d) => d.start));
  const possessor = (d: DraftMention): boolean => /^['’]s$/.test(view.toks[d.last]?.lower ?? '');
  const descriptions = [...fixed, ...generic.filter((d) => !starts.has(d.start) || possessor(d))];
  const thing = tokensOfType(view, entities, THINGS);
  const resolved = resolveInContext(view, drafts, names.map((n) => n.mention), descriptions, thing);
  // "Related: He quit after 20 years", "Read more about her": a pronoun or description in page furniture belongs
  // to another article; names there are still mentions (SCHEMA.md keeps entities in furniture).
  const { furniture } = findFurniture(document);
  for (const m of resolved) {
    if (furniture.size && (m.kind === 'pronoun' || m.kind === 'description') && furniture.has(m.sentence)) continue;
    (drafts[m.actor as number] as Draft).mentions.push(m);
  }
  return buildActors(view, drafts, document.footnoteDefinitions.map((f) => f.content));
}

/** Named things that are not actors: "it" may mean one of them. */
const THINGS = new Set(['place', 'work', 'event']);
const PLACES = new Set(['place']);

/** 1 at each token index covered by an entity of the given types (one past the last token too, always 0): read per token, an array, not a set. */
function tokensOfType(view: { toks: Tok[] }, entities: Entity[], types: Set<string>): Uint8Array {
  const out = new Uint8Array(view.toks.length + 1);
  let k = 0;
  for (const e of entities) {
    if (!types.has(e.type)) continue;
    while (k < view.toks.length && (view.toks[k] as Tok).end <= e.start) k++;
    for (let j = k; j < view.toks.length && (view.toks[j] as Tok).start < e.end; j++) out[j] = 1;
  }
  return out;
}

export type { DraftMention };
