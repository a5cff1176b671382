/**
 * Find all references on actors: every mention of the actor under the cursor
 * (names, titles, descriptions, pronouns), the definition included only when
 * the client asks for declarations.
 */
import type { Location } from 'vscode-languageserver';
import type { Analysis, Span } from '../analysis/types';
import type { LineIndex } from './convert';
import { actorMentionAt, sameSpan } from './lookup';

/** Mention spans of the actor at `offset`, in text order. */
export function referenceSpans(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[] {
  const hit = actorMentionAt(analysis, offset);
  if (!hit) return [];
  const { actor } = hit;
  const spans: Span[] = actor.mentions.filter((m) => includeDeclaration || !sameSpan(m, actor.definition));
  if (includeDeclaration && !spans.some((s) => sameSpan(s, actor.definition))) spans.push(actor.definition);
  return [...spans].sort((a, b) => a.start - b.start);
}

/** The `textDocument/references` handler body. */
export function references(uri: string, analysis: Analysis | undefined, lines: LineIndex, offset: number, includeDeclaration: boolean): Location[] {
  if (!analysis) return [];
  return referenceSpans(analysis, offset, includeDeclaration).map((span) => lines.location(uri, span));
}
