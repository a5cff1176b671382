/**
 * Which claims the CLI reports as unsourced and whether `--fail-on` is met.
 * The same rule as the editor's diagnostics: an unsourced, unsuppressed claim
 * whose check-worthiness is at or above `lowestLevel` and whose level is not
 * `none` in the project configuration.
 */
import { diagnosticLevelFor, type DiagnosticLevel, type ResolvedProjectConfig } from '../config/projectConfig';
import type { Analysis, Checkworthiness, Claim, CheckworthyReason } from '../analysis/types';
import type { FailOn } from './args';

export interface FlaggedClaim {
  claim: Claim;
  level: Exclude<DiagnosticLevel, 'none'>;
}

/** Unsourced, unsuppressed claims that the configuration flags, in text order. */
export function flaggedClaims(analysis: Analysis, config: ResolvedProjectConfig): FlaggedClaim[] {
  return unsourcedAtLevel(analysis, config, false);
}

/**
 * Claims an in-text directive marked sourced by hand that would otherwise be
 * flagged (SARIF reports them as suppressed results, so an audit sees them).
 */
export function suppressedClaims(analysis: Analysis, config: ResolvedProjectConfig): FlaggedClaim[] {
  return unsourcedAtLevel(analysis, config, true);
}

/** Unsourced claims whose level the configuration shows, either the suppressed ones or the others. */
function unsourcedAtLevel(analysis: Analysis, config: ResolvedProjectConfig, suppressed: boolean): FlaggedClaim[] {
  const out: FlaggedClaim[] = [];
  for (const claim of analysis.claims) {
    if (claim.sourced || !!claim.suppressed !== suppressed) continue;
    const level = diagnosticLevelFor(claim.checkworthy, config);
    if (level !== 'none') out.push({ claim, level });
  }
  return out;
}

const RANK: Record<Checkworthiness, number> = { high: 2, medium: 1, low: 0 };

/** True when a flagged claim is at or above the `--fail-on` level. */
export function meetsFailOn(flagged: readonly FlaggedClaim[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return flagged.some((f) => RANK[f.claim.checkworthy] >= RANK[failOn]);
}

const REASON_WORDS: Record<string, string> = {
  amount: 'an amount',
  money: 'an amount',
  percent: 'a percentage',
  percentage: 'a percentage',
  statistic: 'a statistic',
  number: 'a figure',
  quantity: 'a quantity',
  ranking: 'a ranking',
  superlative: 'a superlative',
  comparison: 'a comparison',
  'dated-event': 'a dated event',
  date: 'a date',
  'named-actor': 'a named actor',
  event: 'an event',
  age: 'an age',
  forecast: 'a forecast',
  intention: 'an intention',
  opinion: 'an opinion',
  belief: 'a belief',
  greeting: 'a greeting',
  question: 'a question',
};

/**
 * "states an amount: US$41 billion; a ranking: biggest" — why a claim is
 * check-worthy, in words. A reason inside a longer one ("45" inside "45%")
 * adds nothing and is left out; reasons of one kind share one phrase.
 */
export function describeReasons(reasons: readonly CheckworthyReason[]): string {
  const kept = reasons.filter(
    (r) => !reasons.some((o) => o !== r && o.start <= r.start && r.end <= o.end && o.end - o.start > r.end - r.start),
  );
  if (kept.length === 0) return '';
  const byKind = new Map<string, string[]>();
  for (const r of kept) {
    const texts = byKind.get(r.kind) ?? [];
    if (!texts.includes(oneLine(r.text))) texts.push(oneLine(r.text));
    byKind.set(r.kind, texts);
  }
  const parts = [...byKind].map(([kind, texts]) => `${REASON_WORDS[kind] ?? kind.replace(/-/g, ' ')}: ${texts.join(', ')}`);
  return 'states ' + parts.join('; ');
}

/** The message of a `claim.unsourced` finding. */
export function unsourcedMessage(claim: Claim): string {
  const why = describeReasons(claim.reasons);
  return `Unsourced claim (${claim.checkworthy} check-worthiness)${why ? `: ${why}` : ''}. Name the source (who said it, a link or a footnote), or mark it sourced with a reason.`;
}

/** Collapses runs of whitespace (line breaks included) for one-line output. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
