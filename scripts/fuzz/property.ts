/**
 * The property every analysis must keep, whatever the text: analyze() does
 * not throw; every span lies inside the text and, where it carries its text,
 * `text === source.slice(start, end)`; entities, claims and each actor's
 * mentions are in text order and disjoint; the SCHEMA.md JSON survives a round
 * trip through JSON text unchanged.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import type { NameTagger } from '../../server/src/analysis/entities';
import { toSchemaJson } from '../../server/src/analysis/schema';
import type { Analysis, Span } from '../../server/src/analysis/types';

export interface CheckOptions {
  /**
   * A stage that throws is caught by analyze() and becomes an
   * `internal.stage-failed` problem. `npm run fuzz` and the unit test treat
   * it as a finding (true, the default); false tolerates it.
   */
  strictStages?: boolean;
}

/** Throws an Error naming the first broken span or field; returns the analysis otherwise. */
export function checkAnalysis(text: string, fileName: string, tagger?: NameTagger, options: CheckOptions = {}): Analysis {
  const analysis = analyze(text, { fileName, ...(tagger ? { tagger } : {}) });
  for (const [where, span] of spansOf(analysis)) checkSpan(text, where, span);
  // Entities, claims and each actor's mentions are read in text order and never share a character (SCHEMA.md lists them so).
  inOrderAndDisjoint('entity', analysis.entities);
  inOrderAndDisjoint('claim', analysis.claims);
  for (const actor of analysis.actors) inOrderAndDisjoint(`actor ${actor.id} mention`, actor.mentions);
  const json = toSchemaJson(analysis);
  deepStrictEqual(JSON.parse(JSON.stringify(json)), json, 'toSchemaJson round-trips through JSON');
  const failed = analysis.problems.find((p) => p.code === 'internal.stage-failed');
  if (failed && options.strictStages !== false) throw new Error(`a stage threw: ${failed.message}`);
  return analysis;
}

function inOrderAndDisjoint(what: string, spans: readonly Span[]): void {
  for (let k = 1; k < spans.length; k++) {
    const [a, b] = [spans[k - 1]!, spans[k]!];
    if (b.start < a.end) throw new Error(`${what} ${k}: ${b.start}-${b.end} overlaps or precedes ${a.start}-${a.end}`);
  }
}

function checkSpan(text: string, where: string, span: Span & { text?: string }): void {
  const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
  if (!ok) throw new Error(`${where}: span ${span.start}-${span.end} outside 0-${text.length}`);
  if (span.text !== undefined && text.slice(span.start, span.end) !== span.text) {
    throw new Error(`${where}: text ${JSON.stringify(span.text)} != slice ${JSON.stringify(text.slice(span.start, span.end))}`);
  }
}

/** Every span of the analysis, labelled for the error message. */
function* spansOf(a: Analysis): Generator<[string, Span & { text?: string }]> {
  const d = a.document;
  for (const [i, b] of d.blocks.entries()) yield [`block ${i}`, b];
  for (const [i, s] of d.sentences.entries()) {
    yield [`sentence ${i}`, s];
    for (const [j, t] of s.tokens.entries()) yield [`sentence ${i} token ${j}`, t];
  }
  for (const [i, l] of d.links.entries()) {
    yield [`link ${i}`, l];
    yield [`link ${i} label`, l.label];
  }
  for (const [i, f] of d.footnoteReferences.entries()) yield [`footnote reference ${i}`, f];
  for (const [i, f] of d.footnoteDefinitions.entries()) {
    yield [`footnote definition ${i}`, f];
    yield [`footnote definition ${i} content`, f.content];
  }
  for (const [i, x] of d.directives.entries()) yield [`directive ${i}`, x];
  for (const [i, p] of a.problems.entries()) if (p.span) yield [`problem ${i} (${p.code})`, p.span];
  for (const [i, e] of a.entities.entries()) yield [`entity ${i} (${e.type})`, e];
  for (const actor of a.actors) {
    yield [`actor ${actor.id} definition`, actor.definition];
    for (const [j, m] of actor.mentions.entries()) yield [`actor ${actor.id} mention ${j}`, m];
  }
  for (const [i, c] of a.claims.entries()) {
    yield [`claim ${i}`, c];
    for (const [j, r] of c.reasons.entries()) yield [`claim ${i} reason ${j}`, r];
    if (c.suppressed) yield [`claim ${i} directive`, c.suppressed.directive];
    if (c.attribution) {
      yield [`claim ${i} cue`, c.attribution.cue];
      yield [`claim ${i} source`, c.attribution.source];
      if (c.attribution.content) yield [`claim ${i} content`, c.attribution.content];
    }
  }
}
