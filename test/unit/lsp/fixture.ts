/**
 * Hand-made analyses for unit tests of the LSP builders: the real document
 * model over a fixture text, with entities, actors and claims placed by
 * searching the text, so the LSP layer is tested whatever the analysis
 * stages currently find.
 */
import { buildDocument } from '../../../server/src/analysis/text/document';
import type {
  Actor,
  ActorType,
  Analysis,
  Attribution,
  Checkworthiness,
  Claim,
  DocumentFormat,
  Entity,
  EntityType,
  EntityValue,
  Mention,
  MentionKind,
  TextSpan,
} from '../../../server/src/analysis/types';
import { LineIndex } from '../../../server/src/lsp/convert';

/** The span of the `nth` occurrence (0-based) of `needle` in `text`. */
export function find(text: string, needle: string, nth = 0): TextSpan {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: occurrence ${nth} of ${JSON.stringify(needle)} not found`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

/** A builder over one fixture text. */
export class Fixture {
  readonly entities: Entity[] = [];
  readonly actors: Actor[] = [];
  readonly claims: Claim[] = [];
  readonly lines: LineIndex;

  constructor(
    readonly text: string,
    readonly format: DocumentFormat = 'plain',
  ) {
    this.lines = new LineIndex(text);
  }

  span(needle: string, nth = 0): TextSpan {
    return find(this.text, needle, nth);
  }

  private at(where: string | [string, number]): TextSpan {
    return typeof where === 'string' ? this.span(where) : this.span(where[0], where[1]);
  }

  entity(needle: string, type: EntityType, nth = 0, value?: EntityValue): this {
    this.entities.push({ ...this.span(needle, nth), type, ...(value ? { value } : {}) });
    this.entities.sort((a, b) => a.start - b.start);
    return this;
  }

  /** An actor; `mentions` as [needle, kind, nth?, candidates?]; the first `name`/`title` mention is the definition unless `definition` says. */
  actor(
    id: string,
    name: string,
    type: ActorType,
    mentions: [string, MentionKind, number?, string[]?][],
    options: { role?: string; definition?: [string, number?] } = {},
  ): this {
    const list: Mention[] = mentions
      .map(([needle, kind, nth, candidates]) => ({ ...this.span(needle, nth ?? 0), kind, ...(candidates ? { candidates } : {}) }))
      .sort((a, b) => a.start - b.start);
    const definition = options.definition
      ? this.span(options.definition[0], options.definition[1] ?? 0)
      : (list.find((m) => m.kind === 'name' || m.kind === 'title') ?? list[0]);
    this.actors.push({
      id,
      name,
      type,
      definition: { start: definition.start, end: definition.end },
      mentions: list,
      ...(options.role ? { role: options.role } : {}),
    });
    return this;
  }

  /** A claim over the sentence that starts with `start` and ends with `end` (inclusive). */
  claim(
    start: string,
    end: string,
    checkworthy: Checkworthiness,
    options: { sourced?: boolean; reasons?: [string, string][]; attribution?: { cue: string | [string, number]; source: string | [string, number]; actor?: string; content?: string; kind?: Attribution['kind'] }; suppressed?: string } = {},
  ): this {
    const from = this.span(start).start;
    const to = this.text.indexOf(end, from) + end.length;
    const claim: Claim = {
      start: from,
      end: to,
      text: this.text.slice(from, to),
      checkworthy,
      sourced: options.sourced ?? !!options.attribution,
      reasons: (options.reasons ?? []).map(([kind, needle]) => ({ ...this.span(needle), kind })),
    };
    if (options.attribution) {
      const a = options.attribution;
      claim.attribution = {
        cue: this.at(a.cue),
        source: { ...this.at(a.source), ...(a.actor ? { actor: a.actor } : {}) },
        ...(a.content ? { content: this.span(a.content) } : {}),
        ...(a.kind ? { kind: a.kind } : {}),
      };
    }
    if (options.suppressed !== undefined) claim.suppressed = { reason: options.suppressed, directive: { start: to, end: to } };
    this.claims.push(claim);
    this.claims.sort((a, b) => a.start - b.start);
    return this;
  }

  /** The finished analysis. */
  analysis(): Analysis {
    return {
      version: 1,
      file: this.format === 'markdown' ? 'fixture.md' : 'fixture.txt',
      document: buildDocument(this.text, this.format),
      entities: this.entities,
      actors: this.actors,
      claims: this.claims,
      problems: [],
    };
  }

  /** The offset `delta` code units into the `nth` occurrence of `needle`. */
  offset(needle: string, delta = 0, nth = 0): number {
    return this.span(needle, nth).start + delta;
  }
}
