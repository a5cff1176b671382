/**
 * `--format sarif`: SARIF 2.1.0, the format code-scanning services read.
 * One run; a rule per finding kind (`claim.unsourced` and every problem code
 * met); one result per flagged claim and per problem, with regions in
 * UTF-16 code units (`columnKind`), the unit of the analysis offsets. Claims
 * marked sourced by hand are results with an in-source suppression, so an
 * audit still sees them; files that could not be read are tool execution
 * notifications.
 */
import { createHash } from 'node:crypto';
import { relative, isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { DiagnosticLevel } from '../../config/projectConfig';
import { attributionWords, clauseOnlyMessage } from '../../analysis/describe';
import type { Problem, Span } from '../../analysis/types';
import { oneLine, unsourcedMessage, type FlaggedClaim } from '../findings';
import { LineIndex } from '../lines';
import type { RunResult } from '../model';
import { VERSION } from '../usage';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

const UNSOURCED_RULE: Sarif.ReportingDescriptor = {
  id: 'claim.unsourced',
  name: 'UnsourcedClaim',
  shortDescription: { text: 'A check-worthy claim that names no source.' },
  fullDescription: {
    text:
      'The sentence states something a fact-checker could verify (a figure, an amount, a percentage, a ranking, ' +
      'a comparison, a dated event, or a fact about a named actor) and attributes it to no one: no reporting cue ' +
      'with a source, no link and no footnote.',
  },
  help: {
    text:
      'Name the source in the sentence ("…, the ministry said"), link it in Markdown, or add a footnote. If the ' +
      'claim is sourced elsewhere, mark it by hand: `<!-- marginalia: sourced -- REASON -->` after the sentence ' +
      'in Markdown, or a line `// marginalia: sourced -- REASON` before the paragraph in plain text.',
  },
  defaultConfiguration: { level: 'warning' },
  properties: { tags: ['journalism', 'sourcing'] },
};

/** Short descriptions of the problem codes the analysis and the project file are known to report. */
const PROBLEM_DESCRIPTIONS: Record<string, string> = {
  'directive.missing-reason': 'A marginalia directive gives no reason after "--".',
  'directive.unknown': 'A marginalia directive that Marginalia does not know.',
  'internal.stage-failed': 'A stage of the analysis failed on this text (a bug; the other stages still ran).',
  'input.truncated': 'The text was too large to analyse in full.',
  'config.invalid-json': 'The project file .marginalia.json is not valid JSON; the defaults apply.',
  'config.invalid-value': 'A field of .marginalia.json has the wrong type or value; it is ignored.',
  'config.unknown-key': 'A key of .marginalia.json that Marginalia does not know; it is ignored.',
  'config.unreadable': 'The project file .marginalia.json cannot be read.',
};

/** The whole SARIF log of one run, as JSON text. */
export function formatSarif(run: RunResult): string {
  return JSON.stringify(buildSarif(run), null, 2) + '\n';
}

export function buildSarif(run: RunResult): Sarif.Log {
  const rules: Sarif.ReportingDescriptor[] = [UNSOURCED_RULE];
  const ruleIndex = (code: string, severity: Problem['severity']): number => {
    let index = rules.findIndex((r) => r.id === code);
    if (index < 0) {
      index = rules.length;
      rules.push({
        id: code,
        shortDescription: { text: PROBLEM_DESCRIPTIONS[code] ?? `Marginalia reported ${code}.` },
        defaultConfiguration: { level: problemLevel(severity) },
      });
    }
    return index;
  };
  const artifacts: Sarif.Artifact[] = [];
  const results: Sarif.Result[] = [];

  // The schema wants artifacts unique: a file named twice is reported once.
  const seen = new Set<string>();
  for (const file of run.files) {
    if (seen.has(file.absolute)) continue;
    seen.add(file.absolute);
    const artifactIndex = artifacts.length;
    const location = artifactLocation(file.absolute, run.cwd, artifactIndex);
    artifacts.push({
      location: withoutIndex(location),
      length: file.bytes,
      mimeType: file.analysis.document.format === 'markdown' ? 'text/markdown' : 'text/plain',
      encoding: 'utf-8',
    });
    const lines = new LineIndex(file.text);
    const repeats = new Map<string, number>();
    for (const flagged of file.flagged) results.push(claimResult(flagged, location, lines, repeats));
    for (const flagged of file.suppressed) {
      const result = claimResult(flagged, location, lines, repeats);
      const { suppressed } = flagged.claim;
      result.suppressions = [
        {
          kind: 'inSource',
          ...(suppressed?.reason ? { justification: suppressed.reason } : {}),
          ...(suppressed ? { location: { physicalLocation: { artifactLocation: location, region: region(lines, suppressed.directive, file.text) } } } : {}),
        },
      ];
      results.push(result);
    }
    for (const problem of file.analysis.problems) {
      results.push(problemResult(problem, ruleIndex(problem.code, problem.severity), location, lines, file.text));
    }
  }

  for (const config of run.configs) {
    if (seen.has(config.path)) continue;
    seen.add(config.path);
    const index = artifacts.length;
    const location = artifactLocation(config.path, run.cwd, index);
    artifacts.push({ location: withoutIndex(location), mimeType: 'application/json', encoding: 'utf-8' });
    const lines = config.text === undefined ? undefined : new LineIndex(config.text);
    for (const problem of config.problems) {
      results.push(problemResult(problem, ruleIndex(problem.code, problem.severity), location, lines, config.text));
    }
  }

  const notifications: Sarif.Notification[] = run.failed.map((f) => ({
    level: 'error',
    message: { text: `${f.path}: ${f.message}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.path, run.cwd) } }],
  }));

  const sarifRun: Sarif.Run = {
    tool: {
      driver: {
        name: 'marginalia',
        fullName: 'Marginalia: annotated reading of news articles',
        version: VERSION,
        semanticVersion: VERSION,
        rules,
      },
    },
    invocations: [{ executionSuccessful: run.failed.length === 0, toolExecutionNotifications: notifications }],
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(run.cwd).href.replace(/\/?$/, '/') } },
    artifacts,
    results,
    columnKind: 'utf16CodeUnits',
    newlineSequences: ['\r\n', '\n'],
    defaultEncoding: 'utf-8',
    defaultSourceLanguage: 'plaintext',
  };
  return { $schema: SCHEMA_URI, version: '2.1.0', runs: [sarifRun] };
}

function claimResult(
  flagged: FlaggedClaim,
  artifactLocation: Sarif.ArtifactLocation,
  lines: LineIndex,
  seen: Map<string, number>,
): Sarif.Result {
  const { claim, level } = flagged;
  const result: Sarif.Result = {
    ruleId: UNSOURCED_RULE.id,
    ruleIndex: 0,
    level: claimLevel(level),
    message: { text: unsourcedMessage(claim) },
    locations: [{ physicalLocation: { artifactLocation, region: { ...lines.region(claim), snippet: { text: claim.text } } } }],
    partialFingerprints: { 'claimText/v1': fingerprint(claim.text, seen) },
    properties: {
      checkworthy: claim.checkworthy,
      reasons: claim.reasons.map((r) => ({ kind: r.kind, text: r.text })),
    },
  };
  // A cue inside the sentence that attributes only its clause ("…, which said …"): where a reviewer looks first.
  const inside = (claim.otherAttributions ?? []).filter((a) => a.embedded);
  if (inside.length) {
    result.relatedLocations = inside.map((a, id) => ({
      id,
      physicalLocation: { artifactLocation, region: lines.region(a.cue) },
      message: { text: clauseOnlyMessage(attributionWords(oneLine(a.cue.text), oneLine(a.source.text), a.source.antecedent && oneLine(a.source.antecedent.text))) },
    }));
  }
  return result;
}


function problemResult(
  problem: Problem,
  ruleIndex: number,
  artifactLocation: Sarif.ArtifactLocation,
  lines: LineIndex | undefined,
  text: string | undefined,
): Sarif.Result {
  const physicalLocation: Sarif.PhysicalLocation = { artifactLocation };
  if (problem.span && lines && text !== undefined) physicalLocation.region = region(lines, problem.span, text);
  return {
    ruleId: problem.code,
    ruleIndex,
    level: problemLevel(problem.severity),
    message: { text: oneLine(problem.message) },
    locations: [{ physicalLocation }],
  };
}

function region(lines: LineIndex, span: Span, text: string): Sarif.Region {
  return { ...lines.region(span), snippet: { text: text.slice(span.start, span.end) } };
}

/** The configured editor level, in SARIF's words: information and hint are notes. */
function claimLevel(level: Exclude<DiagnosticLevel, 'none'>): Sarif.Result.level {
  if (level === 'error') return 'error';
  if (level === 'warning') return 'warning';
  return 'note';
}

function problemLevel(severity: Problem['severity']): Sarif.ReportingConfiguration.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/**
 * A file under the working folder is a relative URI against %SRCROOT% (what
 * code-scanning services expect); anything else an absolute file: URI.
 */
function artifactLocation(path: string, cwd: string, index?: number): Sarif.ArtifactLocation {
  const withIndex = index === undefined ? {} : { index };
  const absolute = isAbsolute(path) ? path : `${cwd}${sep}${path}`;
  const rel = relative(cwd, absolute);
  if (rel && rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT, ...withIndex };
  }
  return { uri: pathToFileURL(absolute).href, ...withIndex };
}

function withoutIndex(location: Sarif.ArtifactLocation): Sarif.ArtifactLocation {
  const { index: _index, ...rest } = location;
  return rest;
}

/** Stable across runs and edits elsewhere in the file: the claim's words, plus which repeat it is. */
function fingerprint(text: string, seen: Map<string, number>): string {
  const digest = createHash('sha256').update(oneLine(text).toLowerCase()).digest('hex').slice(0, 32);
  const n = (seen.get(digest) ?? 0) + 1;
  seen.set(digest, n);
  return `${digest}:${n}`;
}
