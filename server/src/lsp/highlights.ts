/**
 * Document highlights: on an actor mention, every mention of that actor (the
 * definition marked as a "write", the rest as "read"); on any other entity,
 * its other occurrences (the same words with the same type).
 */
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import type { Analysis } from '../analysis/types';
import type { LineIndex } from './convert';
import { actorMentionAt, entityAt, sameEntities, sameSpan } from './lookup';

/** The `textDocument/documentHighlight` handler body. */
export function highlights(analysis: Analysis | undefined, lines: LineIndex, offset: number): DocumentHighlight[] {
  if (!analysis) return [];
  const hit = actorMentionAt(analysis, offset);
  if (hit) {
    return hit.actor.mentions.map((m) => ({
      range: lines.range(m),
      kind: sameSpan(m, hit.actor.definition) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
  }
  const entity = entityAt(analysis, offset);
  if (!entity) return [];
  return sameEntities(analysis, entity).map((e) => ({ range: lines.range(e), kind: DocumentHighlightKind.Text }));
}
