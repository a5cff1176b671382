/**
 * Finding what sits at an offset of an analysis: the actor mention, the
 * entity, the claim. Shared by hover, definition, references, highlights and
 * rename so they agree on what "the thing under the cursor" is.
 */
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

/** Index of the block (paragraph) that holds an offset, or -1. */
export function blockOf(analysis: Analysis, offset: number): number {
  const sentence = analysis.document.sentences.find((s) => s.start <= offset && offset < s.end);
  if (sentence) return sentence.block;
  return analysis.document.blocks.findIndex((b) => b.start <= offset && offset < b.end);
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
