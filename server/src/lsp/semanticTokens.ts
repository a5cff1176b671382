/**
 * Semantic tokens: every entity by its type, every actor mention that is not
 * already an entity (descriptions, pronouns) by its actor's type; modifiers
 * `definition` (an actor's defining mention) and `unsourced` (inside a claim
 * that carries an unsourced diagnostic). The legend order is part of the
 * protocol: package.json contributes the same types in the same order.
 */
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { Analysis, EntityType, Span } from '../analysis/types';
import type { LineIndex } from './convert';
import { flaggedClaims } from './diagnostics';
import { sameSpan, SpanIndex } from './lookup';
import type { MarginaliaSettings } from './settingsModel';

/** Token types, in legend order (the client contributes them with superTypes). */
export const TOKEN_TYPES: readonly EntityType[] = [
  'person',
  'organization',
  'place',
  'nationality',
  'date',
  'money',
  'percent',
  'event',
  'work',
  'quantity',
];
/** Token modifiers, in legend order. */
export const TOKEN_MODIFIERS = ['definition', 'unsourced'] as const;

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** One token before encoding. */
export interface Token extends Span {
  type: EntityType;
  modifiers: number;
}

const DEFINITION = 1 << 0;
const UNSOURCED = 1 << 1;

/**
 * The tokens of an analysis, in text order, never overlapping (when two
 * overlap the earlier, longer one wins), each within one line.
 */
export function buildTokens(analysis: Analysis, settings: MarginaliaSettings, lines: LineIndex): Token[] {
  const raw: Token[] = [];
  const definitions = new SpanIndex(analysis.actors.map((a) => a.definition));
  const flagged = new SpanIndex(flaggedClaims(analysis, settings));
  const entities = new SpanIndex(analysis.entities);
  const modifiersOf = (span: Span): number => (definitions.containsAny(span) ? DEFINITION : 0) | (flagged.containsAny(span) ? UNSOURCED : 0);
  for (const entity of analysis.entities) {
    if (TOKEN_TYPES.includes(entity.type)) raw.push({ start: entity.start, end: entity.end, type: entity.type, modifiers: modifiersOf(entity) });
  }
  for (const actor of analysis.actors) {
    for (const mention of actor.mentions) {
      if (entities.overlapsAny(mention)) continue;
      // A title mention ("President Xi Jinping") usually holds an entity; the rest of it stays plain.
      const modifiers = modifiersOf(mention) | (sameSpan(mention, actor.definition) ? DEFINITION : 0);
      raw.push({ start: mention.start, end: mention.end, type: actor.type, modifiers });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const tokens: Token[] = [];
  let reach = 0;
  for (const token of raw) {
    if (token.end <= token.start || token.start < reach) continue;
    for (const part of lines.splitByLine(token)) tokens.push({ ...token, ...part });
    reach = token.end;
  }
  return tokens;
}

/** Encodes tokens (optionally only those meeting `range`) as LSP relative integers. */
export function encodeTokens(tokens: readonly Token[], lines: LineIndex, range?: Range): SemanticTokens {
  const window = range ? lines.span(range) : undefined;
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const token of tokens) {
    if (window && !(token.start < window.end && window.start < token.end)) continue;
    const { line, character } = lines.positionAt(token.start);
    data.push(
      line - prevLine,
      line === prevLine ? character - prevChar : character,
      token.end - token.start,
      TOKEN_TYPES.indexOf(token.type),
      token.modifiers,
    );
    prevLine = line;
    prevChar = character;
  }
  return { data };
}

/** The `full` and `range` handler body. */
export function semanticTokens(analysis: Analysis | undefined, settings: MarginaliaSettings, lines: LineIndex, range?: Range): SemanticTokens {
  if (!analysis) return { data: [] };
  return encodeTokens(buildTokens(analysis, settings, lines), lines, range);
}
