import type { ArticleDocument, Entity } from '../types';

/** A trained tagger of names (person, organisation, place, nationality …), loaded by the host. */
export interface NameTagger {
  tag(document: ArticleDocument): Entity[];
}

/** Every entity of the document, in text order: always-exact patterns plus names from the tagger. */
export function findEntities(document: ArticleDocument, tagger?: NameTagger): Entity[] {
  const found: Entity[] = tagger ? tagger.tag(document) : [];
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
