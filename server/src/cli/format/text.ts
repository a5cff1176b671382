/**
 * The text report: what a person reading in a terminal wants from one
 * article — its names grouped by type, who acts and how often, and every
 * claim with the unsourced ones marked and the reason they matter.
 */
import type { Claim, EntityType } from '../../analysis/types';
import { actorTypeName, describeReasons, entityTypeLabel } from '../../analysis/describe';
import { oneLine, type FlaggedClaim } from '../findings';
import { LineIndex } from '../lines';
import type { AnalyzedFile } from '../model';
import type { Paint } from './color';

const TYPE_ORDER: EntityType[] = [
  'person',
  'organization',
  'place',
  'nationality',
  'date',
  'money',
  'percent',
  'quantity',
  'event',
  'work',
];

const WIDTH = 100;
/** The entity type column: the longest label ("Amount of money") and a space. */
const LABEL_WIDTH = 16;
const CLAIM_CHARS = 110;

/** The report of one file, ending with a newline. */
export function formatTextReport(file: AnalyzedFile, p: Paint): string {
  const { analysis } = file;
  const doc = analysis.document;
  const lines: string[] = [];
  const kind = doc.format === 'markdown' ? 'Markdown' : 'plain text';
  lines.push(
    `${p.bold(file.path === '-' ? '<stdin>' : file.path)}  ${p.dim(
      `${kind} · ${plural(doc.blocks.length, 'block')} · ${plural(doc.sentences.length, 'sentence')} · ${plural(file.text.length, 'character')}`,
    )}`,
  );
  if (file.configPath) lines.push(p.dim(`  settings from ${file.configPath}`));
  lines.push('', ...entitySection(file, p), '', ...actorSection(file, p), '', ...claimSection(file, p));
  const problems = problemSection(file, p);
  if (problems.length) lines.push('', ...problems);
  return lines.join('\n') + '\n';
}

/** The closing line over every file of the run. */
export function formatTextSummary(files: readonly AnalyzedFile[], failed: number, p: Paint): string {
  const count = (f: (x: AnalyzedFile) => number): number => files.reduce((n, x) => n + f(x), 0);
  const flagged = files.flatMap((f) => f.flagged);
  const byLevel = ['high', 'medium', 'low']
    .map((level) => [level, flagged.filter((f) => f.claim.checkworthy === level).length] as const)
    .filter(([, n]) => n > 0)
    .map(([level, n]) => `${n} ${level}`);
  const unsourced = `${flagged.length} unsourced flagged${byLevel.length ? ` (${byLevel.join(', ')})` : ''}`;
  const parts = [
    plural(files.length, 'file') + ' analysed',
    ...(failed ? [p.red(`${failed} failed`)] : []),
    plural(count((f) => f.analysis.entities.length), 'entity', 'entities'),
    plural(count((f) => f.analysis.actors.length), 'actor'),
    plural(count((f) => f.analysis.claims.length), 'claim'),
    flagged.length ? p.yellow(unsourced) : p.green(unsourced),
  ];
  return parts.join(' · ') + '\n';
}

function entitySection(file: AnalyzedFile, p: Paint): string[] {
  const { entities } = file.analysis;
  const out = [p.bold(`Entities (${entities.length})`)];
  if (entities.length === 0) out.push(p.dim('  none found'));
  const types = [...new Set(entities.map((e) => e.type))].sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
  for (const type of types) {
    const counts = new Map<string, number>();
    for (const e of entities) if (e.type === type) counts.set(oneLine(e.text), (counts.get(oneLine(e.text)) ?? 0) + 1);
    const items = [...counts].map(([text, n]) => (n > 1 ? `${text} ${p.dim(`×${n}`)}` : text));
    out.push(...wrap(`  ${p.cyan(entityTypeLabel(type).padEnd(LABEL_WIDTH))}`, LABEL_WIDTH + 2, items, ' · '));
  }
  return out;
}

function actorSection(file: AnalyzedFile, p: Paint): string[] {
  const { actors } = file.analysis;
  const out = [p.bold(`Actors (${actors.length})`)];
  if (actors.length === 0) out.push(p.dim('  none found'));
  const sorted = [...actors].sort((a, b) => b.mentions.length - a.mentions.length || a.definition.start - b.definition.start);
  for (const actor of sorted) {
    const role = actor.role ? `, ${actor.role}` : '';
    const others = [...new Set(actor.mentions.map((m) => oneLine(m.text)))].filter((t) => t !== actor.name);
    const head = `  ${p.bold(actor.name)} ${p.dim(`(${actorTypeName(actor.type)}${role})`)} — ${plural(actor.mentions.length, 'mention')}`;
    out.push(...wrap(head + (others.length ? ': ' : ''), 6, others, ', '));
  }
  return out;
}

function claimSection(file: AnalyzedFile, p: Paint): string[] {
  const { claims } = file.analysis;
  const lines = new LineIndex(file.text);
  const flagged = new Map<Claim, FlaggedClaim>(file.flagged.map((f) => [f.claim, f]));
  const out = [p.bold(`Claims (${claims.length}; ${file.flagged.length} unsourced flagged)`)];
  if (claims.length === 0) out.push(p.dim('  none found'));
  for (const claim of claims) {
    const at = lines.position(claim.start);
    const where = p.dim(`${at.line}:${at.column}`.padEnd(7));
    const level = claim.checkworthy.padEnd(6);
    const text = truncate(oneLine(claim.text), CLAIM_CHARS);
    const mark = flagged.get(claim);
    if (mark) {
      const colour = mark.level === 'error' ? p.red : mark.level === 'warning' ? p.yellow : p.cyan;
      out.push(`  ${colour('!')} ${where} ${colour(level)} ${colour('unsourced')}  ${text}`);
      const why = describeReasons(claim.reasons);
      if (why) out.push(`            ${p.dim('why:')} ${why}`);
    } else if (claim.suppressed && !claim.sourced) {
      out.push(`  ${p.magenta('~')} ${where} ${level} ${p.magenta('marked')}     ${text}`);
      out.push(`            ${p.dim('sourced by hand:')} ${claim.suppressed.reason || '(no reason given)'}`);
    } else if (claim.sourced) {
      out.push(`  ${p.green('✓')} ${where} ${level} ${p.green('sourced')}    ${text}`);
      const a = claim.attribution;
      if (a) {
        const inherited = a.kind === 'answer' ? ' (the question it answers)' : a.inherited ? ' (quotation carried on)' : '';
        // Name the actor behind a pronoun or a short name ("she" → Mona Aasen).
        const actor = a.source.actor ? file.analysis.actors.find((x) => x.id === a.source.actor) : undefined;
        const who = actor && !oneLine(a.source.text).includes(actor.name) ? ` (${actor.name})` : '';
        out.push(`            ${p.dim('source:')} ${oneLine(a.source.text)}${who} ${p.dim('· cue:')} ${oneLine(a.cue.text)}${inherited}`);
      }
      for (const o of claim.otherAttributions ?? []) {
        // "which" names no one: show what it stands for ("which (the union)").
        const stands = o.source.antecedent ? ` (${oneLine(o.source.antecedent.text)})` : '';
        out.push(`            ${p.dim(o.embedded ? 'also, in a clause:' : 'also:')} ${oneLine(o.source.text)}${stands} ${p.dim('· cue:')} ${oneLine(o.cue.text)}`);
      }
    } else {
      out.push(p.dim(`  · ${`${at.line}:${at.column}`.padEnd(7)} ${level} unsourced  ${text}`));
    }
  }
  return out;
}

function problemSection(file: AnalyzedFile, p: Paint): string[] {
  const { problems } = file.analysis;
  if (problems.length === 0) return [];
  const lines = new LineIndex(file.text);
  const out = [p.bold(`Problems (${problems.length})`)];
  for (const problem of problems) {
    const at = problem.span ? lines.position(problem.span.start) : undefined;
    const where = at ? `${at.line}:${at.column} ` : '';
    const colour = problem.severity === 'error' ? p.red : problem.severity === 'warning' ? p.yellow : p.cyan;
    out.push(`  ${colour(problem.severity)} ${where}${p.dim(problem.code)}  ${oneLine(problem.message)}`);
  }
  return out;
}

/** Joins items after `head`, wrapping at WIDTH visible characters with `indent` spaces. */
function wrap(head: string, indent: number, items: string[], separator: string): string[] {
  const out: string[] = [];
  let line = head;
  let width = visible(head);
  items.forEach((item, i) => {
    const piece = item + (i < items.length - 1 ? separator.trimEnd() : '');
    const w = visible(piece);
    if (width + w + 1 > WIDTH && width > indent) {
      out.push(line.trimEnd());
      line = ' '.repeat(indent);
      width = indent;
    }
    line += piece + (i < items.length - 1 ? ' ' : '');
    width += w + 1;
  });
  out.push(line.trimEnd());
  return out;
}

function visible(s: string): number {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[[0-9;]*m/g, '').length;
}

function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  // Never cut an emoji (a surrogate pair) in half.
  const cut = /[\uD800-\uDBFF]/.test(s[max - 2] ?? '') ? max - 2 : max - 1;
  return s.slice(0, cut).trimEnd() + '…';
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
