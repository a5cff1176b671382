import { partitionPoint } from '../partition';
import type { Actor, Entity, EntityType, Span } from '../types';

const NAME_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place']);

/**
 * Makes the entity list agree with the actors: a name or alias mention of an
 * actor is one entity of the actor's type. The tagger decides token by token
 * and may call "Halden Robotics" a person and "ASA" another; actor resolution
 * sees the whole article (an abbreviation, "the company", a title) and is the
 * better judge, and a hover that says "person" over a company undermines both.
 * In a title mention only the type of the name inside changes: entities leave titles out.
 */
export function alignEntitiesWithActors(entities: Entity[], actors: Actor[], text: string): Entity[] {
  const replacements: Entity[] = [];
  const dropped = new Set<Entity>();
  const near = touching(entities);
  for (const actor of actors) {
    for (const mention of actor.mentions) {
      if (mention.kind === 'title') {
        // "Mayor Lena Park": the entity is the name inside, at the mention's end; only its type may be wrong.
        // A name among the role words ("City" in "City manager Elena Sorensen") is another actor's and keeps its type.
        for (const e of near(mention)) {
          if (!NAME_TYPES.has(e.type) || e.type === actor.type || e.start < mention.start || e.end !== mention.end) continue;
          dropped.add(e);
          replacements.push({ ...e, type: actor.type });
        }
        continue;
      }
      if (mention.kind !== 'name' && mention.kind !== 'alias') continue;
      const candidates = near(mention);
      const inside = candidates.filter(
        (e) => NAME_TYPES.has(e.type) && e.start >= mention.start && e.end <= mention.end,
      );
      const overlapping = candidates.some(
        (e) => e.start < mention.end && e.end > mention.start && !inside.includes(e),
      );
      // Never cut across a date, an amount or a name that reaches outside the mention;
      // and a place stays a place: countries and towns are no actors, so a place
      // inside a name mention says more about resolution than about the place.
      // (Except a transcript's speaker label, "BERG: Why …": a name in capitals before a colon is someone speaking.)
      if (overlapping || (inside.some((e) => e.type === 'place') && !speakerLabel(mention, text))) continue;
      if (inside.length === 1 && inside[0].start === mention.start && inside[0].end === mention.end && inside[0].type === actor.type) continue;
      for (const e of inside) dropped.add(e);
      replacements.push({ start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), type: actor.type });
    }
  }
  if (replacements.length === 0) return entities;
  return entities
    .filter((e) => !dropped.has(e))
    .concat(replacements)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A mention in capitals at the start of a line, right before a colon: a transcript's speaker label. */
function speakerLabel(mention: Span, text: string): boolean {
  const words = text.slice(mention.start, mention.end);
  const lineStart = mention.start === 0 || /\n[\s"“]*$/.test(text.slice(Math.max(0, mention.start - 4), mention.start));
  return lineStart && text[mention.end] === ':' && /^\p{Lu}[\p{Lu}'’.\s-]+$/u.test(words);
}

/**
 * The entities that touch a span (overlap it or meet its ends), in list
 * order: a binary search over their starts and a walk back while a prefix's
 * furthest end still reaches the span. Scanning every entity for every
 * mention made long articles quadratic (0.5 s of 2.4 s on 0.5 MB).
 */
function touching(entities: Entity[]): (span: Span) => Entity[] {
  const order = entities.map((_, i) => i).sort((a, b) => entities[a].start - entities[b].start);
  const starts = order.map((i) => entities[i].start);
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const i of order) maxEnd.push((max = Math.max(max, entities[i].end)));
  return (span) => {
    const found: number[] = [];
    for (let k = partitionPoint(starts.length, (j) => starts[j] <= span.end) - 1; k >= 0 && maxEnd[k] >= span.start; k--) {
      if (entities[order[k]].end >= span.start) found.push(order[k]);
    }
    return found.sort((a, b) => a - b).map((i) => entities[i]);
  };
}
