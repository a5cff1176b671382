/**
 * Go to definition on actors: from any mention to the actor's defining
 * mention (the first that carries the full name); from the definition to
 * itself; from a mention the analysis could not settle, to every candidate's
 * definition, so the editor shows the choice instead of a silent guess.
 */
import type { Location } from 'vscode-languageserver';
import type { Analysis, Span } from '../analysis/types';
import type { LineIndex } from './convert';
import { actorById, actorMentionAt } from './lookup';

/** Definition spans for the mention at `offset` (empty when there is none). */
export function definitionSpans(analysis: Analysis, offset: number): Span[] {
  const hit = actorMentionAt(analysis, offset);
  if (!hit) return [];
  const ids = [hit.actor.id, ...(hit.mention.candidates ?? []).filter((id) => id !== hit.actor.id)];
  const spans: Span[] = [];
  for (const id of ids) {
    const actor = actorById(analysis, id);
    if (actor && !spans.some((s) => s.start === actor.definition.start && s.end === actor.definition.end)) spans.push(actor.definition);
  }
  return spans;
}

/** The `textDocument/definition` handler body. */
export function definition(uri: string, analysis: Analysis | undefined, lines: LineIndex, offset: number): Location[] {
  if (!analysis) return [];
  return definitionSpans(analysis, offset).map((span) => lines.location(uri, span));
}
