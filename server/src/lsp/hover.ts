/**
 * Hover cards: who an actor is, what an entity's value is, why a claim is
 * check-worthy and who (if anyone) it is attributed to. The builders are pure
 * functions of an Analysis so they are unit-tested on hand-made analyses.
 */
import type { Hover, HoverParams } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Actor, Analysis, Claim, Entity, EntityValue, Mention, MentionKind, Span } from '../analysis/types';
import { actorTypeName, entityTypeLabel } from '../analysis/describe';
import { describeAttribution, describeReasons, oneLine } from './claimText';
import type { LineIndex } from './convert';
import { actorById, actorMentionAt, claimAt, entityAt, sameEntities } from './lookup';
import type { Snapshot } from './documents';

const KIND_PLURALS: Record<MentionKind, [string, string]> = {
  name: ['name', 'names'],
  alias: ['alias', 'aliases'],
  title: ['title', 'titles'],
  description: ['description', 'descriptions'],
  pronoun: ['pronoun', 'pronouns'],
};

/** How many claims an actor card lists. */
const MAX_SOURCED_CLAIMS = 3;

/** A hover's Markdown and the span it is about. */
export interface Card {
  markdown: string;
  span: Span;
}

/** The card for whatever is at `offset`: an actor mention first, then an entity, then the claim. */
export function cardAt(analysis: Analysis, offset: number, lines: LineIndex): Card | undefined {
  const hit = actorMentionAt(analysis, offset);
  if (hit) return { markdown: actorCard(analysis, hit.actor, lines, hit.mention), span: hit.mention };
  const entity = entityAt(analysis, offset);
  if (entity) return { markdown: entityCard(analysis, entity), span: entity };
  const claim = claimAt(analysis, offset);
  if (claim) return { markdown: claimCard(analysis, claim), span: claim };
  // On a `marginalia: sourced` directive: the card of the claim it silences.
  const silenced = analysis.claims.find((c) => c.suppressed && c.suppressed.directive.start <= offset && offset < c.suppressed.directive.end);
  if (silenced?.suppressed) return { markdown: claimCard(analysis, silenced), span: silenced.suppressed.directive };
  return undefined;
}

/** Entity card: type, normalised value, how often it occurs. */
export function entityCard(analysis: Analysis, entity: Entity): string {
  const count = sameEntities(analysis, entity).length;
  const out = [`**${entityTypeLabel(entity.type)}** · ${md(oneLine(entity.text))}`];
  const value = entity.value ? formatValue(entity.value) : undefined;
  if (value) out.push(value);
  out.push(count === 1 ? 'Occurs once in this article.' : `Occurs ${count} times in this article.`);
  return out.join('\n\n');
}

/** The normalised value in words: "2022-09", "41,000,000,000 USD", "12 %". */
export function formatValue(value: EntityValue): string | undefined {
  switch (value.kind) {
    case 'money':
      return `Value: ${formatNumber(value.amount)} ${value.currency}`;
    case 'percent':
      return `Value: ${formatNumber(value.value)} %`;
    case 'date': {
      const parts: string[] = [];
      if (value.iso) parts.push(`Date: ${value.iso.replace('/', ' to ')}`);
      if (value.weekday) parts.push(`Weekday: ${value.weekday}`);
      if (value.relative) parts.push(`Relative to ${value.relative}`);
      return parts.length ? parts.join(' · ') : undefined;
    }
    default:
      return undefined;
  }
}

/** Actor card: full name, type, role, first mention, mentions by kind, the first claims it sources. */
export function actorCard(analysis: Analysis, actor: Actor, lines: LineIndex, under?: Mention): string {
  const out = [`**${md(actor.name)}** · ${actorTypeName(actor.type)}`];
  if (actor.role) out.push(`Role: ${md(oneLine(actor.role))}`);
  const first = actor.mentions.length ? actor.mentions.reduce((a, b) => (b.start < a.start ? b : a)) : undefined;
  const firstSpan = first ?? actor.definition;
  const firstText = analysis.document.text.slice(firstSpan.start, firstSpan.end);
  out.push(`First mentioned on line ${lines.lineOf(firstSpan.start) + 1}: “${md(oneLine(firstText))}”`);
  out.push(mentionSummary(actor));
  const candidates = (under?.candidates ?? []).filter((id) => id !== actor.id);
  if (candidates.length) {
    const names = candidates.map((id) => actorById(analysis, id)?.name ?? id);
    out.push(`⚠ This mention is ambiguous: it may also be ${names.map((n) => md(n)).join(', ')}.`);
  }
  // What it said: claims it sources, and sentences where it is a further voice ("…, the engineers added").
  const sourced = analysis.claims.filter(
    (c) => (c.sourced && c.attribution?.source.actor === actor.id) || (c.otherAttributions ?? []).some((o) => o.source.actor === actor.id),
  );
  if (sourced.length) {
    const items = sourced
      .slice(0, MAX_SOURCED_CLAIMS)
      .map((c) => `- line ${lines.lineOf(c.start) + 1}: “${md(oneLine(c.text, 100))}”`);
    const more = sourced.length > MAX_SOURCED_CLAIMS ? `\n- … and ${sourced.length - MAX_SOURCED_CLAIMS} more` : '';
    out.push(`Source of ${sourced.length === 1 ? 'one claim' : `${sourced.length} claims`}:\n${items.join('\n')}${more}`);
  }
  return out.join('\n\n');
}

/** "7 mentions: 2 names, 1 title, 4 pronouns". */
function mentionSummary(actor: Actor): string {
  const total = actor.mentions.length;
  const byKind = new Map<MentionKind, number>();
  for (const m of actor.mentions) byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
  const parts = (Object.keys(KIND_PLURALS) as MentionKind[])
    .filter((k) => byKind.has(k))
    .map((k) => `${byKind.get(k)} ${KIND_PLURALS[k][byKind.get(k) === 1 ? 0 : 1]}`);
  const head = total === 1 ? '1 mention' : `${total} mentions`;
  return parts.length ? `${head}: ${parts.join(', ')}` : head;
}

/** Claim card: check-worthiness and why, sourced or not, cue and source, content. */
export function claimCard(analysis: Analysis, claim: Claim): string {
  const why = describeReasons(claim.reasons);
  const out = [`**Claim** · check-worthiness **${claim.checkworthy}**${why ? ` — ${md(why)}` : ''}`];
  const attribution = describeAttribution(analysis, claim);
  if (claim.suppressed) {
    out.push(`**Marked sourced by hand**: ${md(oneLine(claim.suppressed.reason)) || '(no reason given)'}`);
  } else if (claim.sourced) {
    const how = claim.attribution?.kind === 'answer' ? ' (an answer in an interview: the cue is the question)' : claim.attribution?.kind ? ` (${claim.attribution.kind}${claim.attribution.inherited ? ', carried over from an earlier sentence' : ''})` : '';
    out.push(`**Sourced**: ${attribution ? md(attribution) : 'attributed'}${how}`);
  } else {
    out.push('**Unsourced**: the sentence attributes this to no one.');
  }
  const content = claim.attribution?.content;
  if (content && content.end > content.start) {
    out.push(`Content: “${md(oneLine(analysis.document.text.slice(content.start, content.end), 160))}”`);
  }
  const others = (claim.otherAttributions ?? []).map((a) => `- ${md(describeAttribution(analysis, claim, a) ?? a.cue.text)}${a.embedded ? ' — inside the sentence: it attributes only its own clause or phrase, not the sentence' : ''}`);
  if (others.length) out.push(`Also attributed in this sentence:\n${others.join('\n')}`);
  return out.join('\n\n');
}

/** The `textDocument/hover` handler body. */
export function hover(snapshot: Snapshot | undefined, params: HoverParams): Hover | null {
  if (!snapshot?.analysis) return null;
  const card = cardAt(snapshot.analysis, snapshot.lines.offsetAt(params.position), snapshot.lines);
  if (!card) return null;
  return { contents: { kind: MarkupKind.Markdown, value: card.markdown }, range: snapshot.lines.range(card.span) };
}

function formatNumber(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(n);
}

/** Escapes Markdown so article text shows as written. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
}
