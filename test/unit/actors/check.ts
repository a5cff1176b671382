// The one helper of the actor tests: resolve an inline article whose names
// are given (as a tagger would), then ask which actor a mention belongs to.
import { strict as assert } from 'node:assert';
import { resolveActors } from '../../../server/src/analysis/actors';
import { buildDocument } from '../../../server/src/analysis/text/document';
import type { Actor, Entity, EntityType, Mention } from '../../../server/src/analysis/types';

/** The resolved article and questions about it. */
export interface Resolved {
  text: string;
  actors: Actor[];
  /** The actor holding the mention that is the `nth` occurrence of `needle` (exact span), if any. */
  actorOf(needle: string, nth?: number): Actor | undefined;
  /** That mention itself. */
  mentionOf(needle: string, nth?: number): Mention | undefined;
  /** The actor named `name`; fails the test when there is none. */
  actor(name: string): Actor;
  /** The text of an actor's definition span. */
  definitionText(name: string): string;
}

/** Every whole-word occurrence of `needle`, as start offsets. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(i);
  }
  return out;
}

/**
 * Resolves `text` with the entities a tagger would give: every whole-word
 * occurrence of each key of `names`, longest first, never overlapping.
 */
export function check(text: string, names: Record<string, EntityType>, format: 'plain' | 'markdown' = 'plain'): Resolved {
  const entities: Entity[] = [];
  const taken = new Uint8Array(text.length);
  for (const name of Object.keys(names).sort((a, b) => b.length - a.length)) {
    for (const start of occurrences(text, name)) {
      const end = start + name.length;
      if (taken.subarray(start, end).some((x) => x)) continue;
      taken.fill(1, start, end);
      entities.push({ start, end, text: name, type: names[name] as EntityType });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  const actors = resolveActors(buildDocument(text, format), entities);
  for (const a of actors) {
    for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text, 'mention text matches its span');
    assert.ok(a.mentions.some((m) => m.start === a.definition.start && m.end === a.definition.end), `definition of ${a.name} is one of its mentions`);
    for (let k = 1; k < a.mentions.length; k++) assert.ok(a.mentions[k]!.start >= a.mentions[k - 1]!.end, `mentions of ${a.name} in text order, disjoint: ${a.mentions[k - 1]!.text} / ${a.mentions[k]!.text}`);
  }
  const find = (needle: string, nth = 0): { actor: Actor; mention: Mention } | undefined => {
    const start = occurrences(text, needle)[nth];
    if (start === undefined) throw new Error(`fixture has no occurrence ${nth} of ${needle}`);
    for (const actor of actors) {
      const mention = actor.mentions.find((m) => m.start === start && m.end === start + needle.length);
      if (mention) return { actor, mention };
    }
    return undefined;
  };
  return {
    text,
    actors,
    actorOf: (needle, nth) => find(needle, nth)?.actor,
    mentionOf: (needle, nth) => find(needle, nth)?.mention,
    actor(name) {
      const a = actors.find((x) => x.name === name);
      assert.ok(a, `no actor named ${name}; actors: ${actors.map((x) => x.name).join(', ')}`);
      return a;
    },
    definitionText(name) {
      const a = this.actor(name);
      return text.slice(a.definition.start, a.definition.end);
    },
  };
}
