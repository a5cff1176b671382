/**
 * Which claims the CLI reports as unsourced and whether `--fail-on` is met.
 * The same rule as the editor's diagnostics: an unsourced, unsuppressed claim
 * whose check-worthiness is at or above `lowestLevel` and whose level is not
 * `none` in the project configuration.
 */
import { diagnosticLevelFor, type DiagnosticLevel, type ResolvedProjectConfig } from '../config/projectConfig';
import { describeReasons } from '../analysis/describe';
import type { Analysis, Checkworthiness, Claim } from '../analysis/types';
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

/**
 * The message of a `claim.unsourced` SARIF result: the editor's words for why
 * the claim is check-worthy (`analysis/describe`), framed for a code-scanning
 * list, which shows no hover card and offers no quick fix — so the message
 * names the check-worthiness and says what to do.
 */
export function unsourcedMessage(claim: Claim): string {
  const why = describeReasons(claim.reasons);
  return `Unsourced claim (${claim.checkworthy} check-worthiness)${why ? `: ${why}` : ''}. Name the source (who said it, a link or a footnote), or mark it sourced with a reason.`;
}

/**
 * Collapses runs of whitespace (line breaks included) for one-line output,
 * never shortening: the terminal report shortens only where it lays out a
 * column, and a SARIF fingerprint must see the whole text.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
