/**
 * Document symbols (the outline): "Actors" first, each actor with its mention
 * count, then the other entities grouped by type ("Places", "Dates" …), each
 * distinct entity once with its number of occurrences. Person and organisation
 * entities that are already actor mentions are not listed twice.
 */
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { Analysis, Entity, EntityType, Span } from '../analysis/types';
import type { LineIndex } from './convert';
import { entityKey, SpanIndex } from './lookup';
import { actorTypeName } from '../analysis/describe';
import { oneLine } from './claimText';

/** Group titles, in outline order. */
const GROUPS: [EntityType, string][] = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
  ['nationality', 'Nationalities'],
  ['date', 'Dates'],
  ['money', 'Amounts'],
  ['percent', 'Percentages'],
  ['quantity', 'Quantities'],
  ['event', 'Events'],
  ['work', 'Works'],
];

/** The symbol kind of each entity type, matching the semantic token super types. */
const KINDS: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Variable,
  organization: SymbolKind.Class,
  place: SymbolKind.Namespace,
  nationality: SymbolKind.TypeParameter,
  date: SymbolKind.Number,
  money: SymbolKind.Number,
  percent: SymbolKind.Number,
  quantity: SymbolKind.Number,
  event: SymbolKind.EnumMember,
  work: SymbolKind.String,
};

/** The outline of an analysis, hierarchical. */
export function documentSymbols(analysis: Analysis, lines: LineIndex): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const actors = analysis.actors.map((actor): DocumentSymbol => {
    const spans: Span[] = [actor.definition, ...actor.mentions];
    const count = actor.mentions.length;
    return {
      name: actor.name,
      detail: `${actorTypeName(actor.type)} · ${count === 1 ? '1 mention' : `${count} mentions`}${actor.role ? ` · ${oneLine(actor.role, 40)}` : ''}`,
      kind: KINDS[actor.type],
      range: lines.range(cover(spans)),
      selectionRange: lines.range(actor.definition),
    };
  });
  if (actors.length) out.push(group('Actors', SymbolKind.Namespace, actors, lines, analysis.actors.flatMap((a) => [a.definition, ...a.mentions])));
  const actorMentions = new SpanIndex(analysis.actors.flatMap((a) => a.mentions));
  for (const [type, title] of GROUPS) {
    const entities = analysis.entities.filter(
      (e) => e.type === type && !((type === 'person' || type === 'organization') && actorMentions.overlapsAny(e)),
    );
    if (!entities.length) continue;
    const byKey = new Map<string, Entity[]>();
    for (const e of entities) {
      const key = entityKey(e);
      const same = byKey.get(key);
      if (same) same.push(e);
      else byKey.set(key, [e]);
    }
    const children = [...byKey.values()].map((same): DocumentSymbol => {
      const first = same[0];
      return {
        name: oneLine(first.text, 80) || first.type,
        detail: same.length === 1 ? 'once' : `${same.length} times`,
        kind: KINDS[type],
        range: lines.range(first),
        selectionRange: lines.range(first),
      };
    });
    out.push(group(title, SymbolKind.Namespace, children, lines, entities));
  }
  return out;
}

/** A group node whose range covers its children (the protocol requires it). */
function group(name: string, kind: SymbolKind, children: DocumentSymbol[], lines: LineIndex, spans: Span[]): DocumentSymbol {
  const range = lines.range(cover(spans));
  return { name, detail: String(children.length), kind, range, selectionRange: { start: range.start, end: range.start }, children };
}

/** The smallest span covering all of `spans`. */
function cover(spans: Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return Number.isFinite(start) ? { start, end } : { start: 0, end: 0 };
}

/** The same outline flattened, for clients without hierarchical symbol support. */
export function flatSymbols(uri: string, symbols: DocumentSymbol[], container?: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const s of symbols) {
    out.push({ name: s.name, kind: s.kind, location: { uri, range: s.selectionRange }, ...(container ? { containerName: container } : {}) });
    if (s.children) out.push(...flatSymbols(uri, s.children, s.name));
  }
  return out;
}
