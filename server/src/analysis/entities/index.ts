import { partitionPoint } from '../partition';
import type { ArticleDocument, Entity } from '../types';
import { isBoilerplate } from '../text/boilerplate';
import { findPatternEntities } from './patterns';

/** A trained tagger of names (person, organisation, place, nationality …), loaded by the host. */
export interface NameTagger {
  tag(document: ArticleDocument): Entity[];
}

/** Every entity of the document, in text order: always-exact patterns plus names from the tagger. */
export function findEntities(document: ArticleDocument, tagger?: NameTagger): Entity[] {
  const patterns = findPatternEntities(document);
  // A name overlapping a date, amount or percentage loses: the patterns are exact.
  // A page prompt in title case ("Read More") looks like a name to a tagger but is furniture.
  const names = (tagger ? tagger.tag(document) : []).filter((n) => !overlapsAny(patterns, n) && !isBoilerplate(n.text));
  return [...patterns, ...names].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether `span` overlaps one of `sorted` (disjoint, in text order): a binary search, not a scan. */
function overlapsAny(sorted: Entity[], span: Entity): boolean {
  const lo = partitionPoint(sorted.length, (i) => sorted[i].end <= span.start);
  return lo < sorted.length && sorted[lo].start < span.end;
}
