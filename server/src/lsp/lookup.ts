/**
 * Finding what sits at an offset of an analysis: the actor mention, the
 * entity, the claim. Shared by hover, definition, references, highlights and
 * rename so they agree on what "the thing under the cursor" is.
 */
import { partitionPoint } from '../analysis/partition';
import type { Actor, Analysis, Claim, Entity, Mention, Span } from '../analysis/types';

/** An actor together with one of its mentions. */
export interface ActorMention {
  actor: Actor;
  mention: Mention;
}

/**
 * The span that holds `offset`: one that contains it, else one that ends
 * exactly there (a cursor just after a word still means that word).
 */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let touching: T | undefined;
  let best: T | undefined;
  for (const span of spans) {
    if (span.start <= offset && offset < span.end) {
      // The narrowest containing span is the most specific answer.
      if (!best || span.end - span.start < best.end - best.start) best = span;
    } else if (span.end === offset && span.end > span.start) {
      touching ??= span;
    }
  }
  return best ?? touching;
}

/** The actor mention under the cursor, if any. */
export function actorMentionAt(analysis: Analysis, offset: number): ActorMention | undefined {
  const all: (Mention & { actor: Actor })[] = [];
  for (const actor of analysis.actors) for (const mention of actor.mentions) all.push({ ...mention, actor });
  // The definition span is a mention too, but an actor whose definition is not
  // among its mentions (a stage bug) must still answer from its definition.
  for (const actor of analysis.actors) {
    if (!actor.mentions.some((m) => sameSpan(m, actor.definition))) {
      const text = analysis.document.text.slice(actor.definition.start, actor.definition.end);
      all.push({ ...actor.definition, text, kind: 'name', actor });
    }
  }
  const hit = spanAt(all, offset);
  if (!hit) return undefined;
  const { actor, ...mention } = hit;
  return { actor, mention };
}

/** The entity under the cursor, if any. */
export function entityAt(analysis: Analysis, offset: number): Entity | undefined {
  return spanAt(analysis.entities, offset);
}

/** The claim (sentence) under the cursor, if any. */
export function claimAt(analysis: Analysis, offset: number): Claim | undefined {
  return spanAt(analysis.claims, offset);
}

/** The actor with this id. */
export function actorById(analysis: Analysis, id: string): Actor | undefined {
  return analysis.actors.find((a) => a.id === id);
}

/** Whether two spans are the same range. */
export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Whether two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Entities that are the same thing as `entity`: same type, same words (case and spacing aside). */
export function sameEntities(analysis: Analysis, entity: Entity): Entity[] {
  const key = entityKey(entity);
  return analysis.entities.filter((e) => e.type === entity.type && entityKey(e) === key);
}

/** How entities are grouped: type plus lower-cased text with collapsed spaces. */
export function entityKey(entity: Entity): string {
  return entity.text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Spans indexed for "does anything overlap / contain this span?" in
 * O(log n), so per-token checks stay linear overall on articles with tens of
 * thousands of entities and claims.
 */
export class SpanIndex {
  private readonly starts: number[];
  /** maxEnd[i] = the largest end among the first i + 1 spans by start. */
  private readonly maxEnd: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const s of sorted) {
      max = Math.max(max, s.end);
      this.maxEnd.push(max);
    }
  }

  /** Whether some span shares at least one code unit with `span`. */
  overlapsAny(span: Span): boolean {
    const i = this.lastStartBefore(span.end, false);
    return i >= 0 && this.maxEnd[i] > span.start;
  }

  /** Whether some span contains all of `span`. */
  containsAny(span: Span): boolean {
    const i = this.lastStartBefore(span.start, true);
    return i >= 0 && this.maxEnd[i] >= span.end;
  }

  /** Index of the last span whose start is < `limit` (≤ when `inclusive`), or -1. */
  private lastStartBefore(limit: number, inclusive: boolean): number {
    const starts = this.starts;
    return partitionPoint(starts.length, inclusive ? (i) => starts[i] <= limit : (i) => starts[i] < limit) - 1;
  }
}

/** A function from offset to block index (-1 outside prose), by binary search over the sentences. */
export function blockLookup(analysis: Analysis): (offset: number) => number {
  const sentences = analysis.document.sentences;
  const blocks = analysis.document.blocks;
  // Both lists are in text order and disjoint: the first one ending after `offset` is the only one that may hold it.
  return (offset) => {
    const s = sentences[partitionPoint(sentences.length, (i) => sentences[i].end <= offset)];
    if (s && s.start <= offset) return s.block;
    const b = partitionPoint(blocks.length, (i) => blocks[i].end <= offset);
    return b < blocks.length && blocks[b].start <= offset ? b : -1;
  };
}
