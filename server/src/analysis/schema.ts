import type { Analysis } from './types';

/** The reading-analysis JSON of ../shared/corpus/SCHEMA.md, version 1: exactly its fields, nothing more. */
export interface SchemaJson {
  version: 1;
  file: string;
  entities: { start: number; end: number; text: string; type: string }[];
  actors: {
    id: string;
    name: string;
    type: string;
    definition: { start: number; end: number };
    mentions: { start: number; end: number; text: string; kind: string }[];
  }[];
  claims: {
    start: number;
    end: number;
    text: string;
    checkworthy: string;
    sourced: boolean;
    attribution?: {
      cue: { start: number; end: number; text: string };
      source: { start: number; end: number; text: string; actor?: string };
    };
  }[];
}

/** Projects an analysis onto the SCHEMA.md shape (the editor-only fields are dropped). */
export function toSchemaJson(analysis: Analysis): SchemaJson {
  return {
    version: 1,
    file: analysis.file,
    entities: analysis.entities.map(({ start, end, text, type }) => ({ start, end, text, type })),
    actors: analysis.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      type: actor.type,
      definition: { start: actor.definition.start, end: actor.definition.end },
      mentions: actor.mentions.map(({ start, end, text, kind }) => ({ start, end, text, kind })),
    })),
    claims: analysis.claims.map((claim) => {
      const base = {
        start: claim.start,
        end: claim.end,
        text: claim.text,
        checkworthy: claim.checkworthy,
        sourced: claim.sourced,
      };
      if (!claim.sourced || !claim.attribution) return base;
      const { cue, source } = claim.attribution;
      return {
        ...base,
        attribution: {
          cue: { start: cue.start, end: cue.end, text: cue.text },
          source: {
            start: source.start,
            end: source.end,
            text: source.text,
            ...(source.actor !== undefined ? { actor: source.actor } : {}),
          },
        },
      };
    }),
  };
}
