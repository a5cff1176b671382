import type { Actor, Entity, EntityType } from '../types';

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
  for (const actor of actors) {
    for (const mention of actor.mentions) {
      if (mention.kind === 'title') {
        // "Mayor Lena Park": the entity is the name inside; only its type may be wrong.
        for (const e of entities) {
          if (!NAME_TYPES.has(e.type) || e.type === actor.type || e.start < mention.start || e.end > mention.end) continue;
          dropped.add(e);
          replacements.push({ ...e, type: actor.type });
        }
        continue;
      }
      if (mention.kind !== 'name' && mention.kind !== 'alias') continue;
      const inside = entities.filter(
        (e) => NAME_TYPES.has(e.type) && e.start >= mention.start && e.end <= mention.end,
      );
      const overlapping = entities.some(
        (e) => e.start < mention.end && e.end > mention.start && !inside.includes(e),
      );
      // Never cut across a date, an amount or a name that reaches outside the mention;
      // and a place stays a place: countries and towns are no actors, so a place
      // inside a name mention says more about resolution than about the place.
      if (overlapping || inside.some((e) => e.type === 'place')) continue;
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
