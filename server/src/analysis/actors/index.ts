import type { Actor, ArticleDocument, Entity } from '../types';

/** Groups the mentions of each person and organisation (issue 4 fills this in). */
export function resolveActors(_document: ArticleDocument, _entities: Entity[]): Actor[] {
  return [];
}
