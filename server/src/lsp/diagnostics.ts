/**
 * Diagnostics: `claim.unsourced` on every unsourced, unsuppressed claim at or
 * above the lowest level flagged, with the severity the settings give its
 * level and a message that says why it is check-worthy; related information
 * points at the nearest attribution in the same paragraph. The analysis's own
 * Problems (a directive without a reason, a failed stage) are diagnostics too.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Analysis, Claim, Problem, ProblemSeverity } from '../analysis/types';
import { clauseOnlyMessage, describeAttribution, unsourcedMessage } from './claimText';
import type { LineIndex } from './convert';
import type { Snapshot } from './documents';
import { blockLookup } from './lookup';
import { atOrAbove, type DiagnosticLevel, type MarginaliaSettings } from './settingsModel';

/** The `source` of every Marginalia diagnostic. */
export const DIAGNOSTIC_SOURCE = 'marginalia';
/** Code of the unsourced-claim diagnostic. */
export const UNSOURCED_CODE = 'claim.unsourced';
/** Code of the diagnostic on a document that is not analysed (too big, binary). */
export const NOT_ANALYSED_CODE = 'input.not-analysed';

const LEVEL_SEVERITY: Record<Exclude<DiagnosticLevel, 'none'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const PROBLEM_SEVERITY: Record<ProblemSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The claims that carry a `claim.unsourced` diagnostic under these settings. */
export function flaggedClaims(analysis: Analysis, settings: MarginaliaSettings): Claim[] {
  return analysis.claims.filter(
    (c) =>
      !c.sourced &&
      !c.suppressed &&
      atOrAbove(c.checkworthy, settings.diagnostics.lowestLevel) &&
      settings.diagnostics[c.checkworthy] !== 'none',
  );
}

/** Every diagnostic of one snapshot. */
export function diagnosticsFor(snapshot: Snapshot): Diagnostic[] {
  if (!snapshot.analysis) {
    if (snapshot.skipped?.kind === 'not-article') return [];
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: snapshot.skipped?.kind === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Information,
        source: DIAGNOSTIC_SOURCE,
        code: snapshot.skipped?.kind === 'error' ? 'internal.analysis-failed' : NOT_ANALYSED_CODE,
        message: snapshot.skipped?.reason ?? 'Not analysed.',
      },
    ];
  }
  return buildDiagnostics(snapshot.uri, snapshot.analysis, snapshot.settings, snapshot.lines);
}

/** The diagnostics of an analysis (pure; unit-tested on hand-made analyses). */
export function buildDiagnostics(uri: string, analysis: Analysis, settings: MarginaliaSettings, lines: LineIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const blockOf = blockLookup(analysis);
  // The attributed claims of each paragraph, looked up per flagged claim.
  const attributed = new Map<number, Claim[]>();
  for (const claim of analysis.claims) {
    if (!claim.sourced || !claim.attribution) continue;
    const block = blockOf(claim.start);
    const list = attributed.get(block);
    if (list) list.push(claim);
    else attributed.set(block, [claim]);
  }
  for (const claim of flaggedClaims(analysis, settings)) {
    const level = settings.diagnostics[claim.checkworthy] as Exclude<DiagnosticLevel, 'none'>;
    const diagnostic: Diagnostic = {
      range: lines.range(claim),
      severity: LEVEL_SEVERITY[level],
      source: DIAGNOSTIC_SOURCE,
      code: UNSOURCED_CODE,
      message: unsourcedMessage(claim),
      data: { checkworthy: claim.checkworthy, start: claim.start, end: claim.end },
    };
    const block = blockOf(claim.start);
    const related = block >= 0 ? nearestAttribution(uri, analysis, claim, attributed.get(block) ?? [], lines) : undefined;
    const inside = claim.otherAttributions?.find((a) => a.embedded);
    const relatedInformation: DiagnosticRelatedInformation[] = [];
    // "Prices rose 9% after the union, which said wages lagged": the sentence cites someone, for a clause only.
    if (inside) {
      relatedInformation.push({
        location: lines.location(uri, inside.cue),
        message: clauseOnlyMessage(describeAttribution(analysis, claim, inside) ?? inside.cue.text),
      });
    }
    if (related) relatedInformation.push(related);
    if (relatedInformation.length) diagnostic.relatedInformation = relatedInformation;
    out.push(diagnostic);
  }
  for (const problem of analysis.problems) out.push(problemDiagnostic(problem, lines));
  return out;
}

/** A Problem of the analysis as a diagnostic; one without a span sits at the start. */
export function problemDiagnostic(problem: Problem, lines: LineIndex): Diagnostic {
  return {
    range: lines.range(problem.span ?? { start: 0, end: 0 }),
    severity: PROBLEM_SEVERITY[problem.severity] ?? DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: problem.code,
    message: problem.message,
  };
}

/**
 * The attribution cue closest to `claim` among the attributed claims of its
 * paragraph: where the writer did cite someone, so the reader can judge
 * whether it covers this sentence too.
 */
function nearestAttribution(uri: string, analysis: Analysis, claim: Claim, candidates: Claim[], lines: LineIndex): DiagnosticRelatedInformation | undefined {
  let best: Claim | undefined;
  let bestDistance = Infinity;
  for (const other of candidates) {
    if (other === claim || !other.attribution) continue;
    const cue = other.attribution.cue;
    const distance = cue.start >= claim.end ? cue.start - claim.end : Math.max(0, claim.start - cue.end);
    if (distance < bestDistance) {
      best = other;
      bestDistance = distance;
    }
  }
  if (!best?.attribution) return undefined;
  return {
    location: lines.location(uri, best.attribution.cue),
    message: `Nearest attribution in this paragraph: ${describeAttribution(analysis, best) ?? best.attribution.cue.text}`,
  };
}
