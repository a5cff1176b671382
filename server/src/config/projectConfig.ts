/**
 * The project file `.marginalia.json`: a pure parser and validator shared by
 * the language server and the CLI (the host finds and reads the file, see
 * server/src/host/projectConfigFile.ts). It never throws: broken JSON, a
 * wrong type or an unknown key becomes a Problem and that field is ignored,
 * so a bad setting is reported, never fatal. schemas/marginalia.schema.json
 * describes the same shape for the editor.
 */
import { matchesAnyGlob } from './glob';
import { partitionPoint } from '../analysis/partition';
import type { Checkworthiness, Problem, Span } from '../analysis/types';

/** How a flagged claim of one check-worthiness level is shown (VS Code's severities, or not at all). */
export type DiagnosticLevel = 'error' | 'warning' | 'information' | 'hint' | 'none';

export const DIAGNOSTIC_LEVELS: readonly DiagnosticLevel[] = ['error', 'warning', 'information', 'hint', 'none'];
export const CHECKWORTHINESS_LEVELS: readonly Checkworthiness[] = ['high', 'medium', 'low'];

export interface DiagnosticsConfig {
  high?: DiagnosticLevel;
  medium?: DiagnosticLevel;
  low?: DiagnosticLevel;
  /** The lowest check-worthiness that is flagged at all. */
  lowestLevel?: Checkworthiness;
}

/** What a `.marginalia.json` says; only the fields it sets (so it overrides editor settings field by field). */
export interface ProjectConfig {
  diagnostics?: DiagnosticsConfig;
  /** Extra reporting cue words or phrases ("briefed", "according to sources close to"). */
  cues?: string[];
  /** Globs (relative to the project file's folder) of the files that are articles; empty = every file. */
  include?: string[];
  /** Globs of files never analysed (drafts, READMEs). */
  ignore?: string[];
  /** Files larger than this are not analysed. */
  maxFileSizeMB?: number;
}

/** Every field filled in: the project file over the defaults. */
export interface ResolvedProjectConfig {
  diagnostics: Required<DiagnosticsConfig>;
  cues: string[];
  include: string[];
  ignore: string[];
  maxFileSizeMB: number;
}

/** The documented defaults (the same as the `marginalia.*` editor settings' defaults). */
export const PROJECT_CONFIG_DEFAULTS: ResolvedProjectConfig = Object.freeze({
  diagnostics: Object.freeze({ high: 'warning', medium: 'information', low: 'hint', lowestLevel: 'medium' }),
  cues: [],
  include: [],
  ignore: [],
  maxFileSizeMB: 10,
}) as ResolvedProjectConfig;

export interface ParsedProjectConfig {
  config: ProjectConfig;
  problems: Problem[];
}

const TOP_KEYS = ['$schema', 'diagnostics', 'cues', 'include', 'ignore', 'maxFileSizeMB'];
const DIAGNOSTIC_KEYS = ['high', 'medium', 'low', 'lowestLevel'];

/** Parses and validates the text of a `.marginalia.json`. Never throws. */
export function parseProjectConfig(text: string): ParsedProjectConfig {
  const problems: Problem[] = [];
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  let raw: unknown;
  try {
    raw = JSON.parse(bom ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const offset = Math.min(jsonErrorOffset(bom ? text.slice(1) : text) + bom, text.length);
    const { line, column } = lineAndColumn(text, offset);
    problems.push(
      problem('config.invalid-json', 'error', `Not valid JSON (line ${line}, column ${column}): ${detail}`, {
        start: offset,
        end: Math.min(offset + 1, text.length),
      }),
    );
    return { config: {}, problems };
  }
  if (!isObject(raw)) {
    problems.push(problem('config.invalid-value', 'error', 'The project file must hold a JSON object ({ … }).'));
    return { config: {}, problems };
  }
  const config: ProjectConfig = {};
  const ctx: Context = { text, problems };
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.includes(key)) unknownKey(ctx, key, TOP_KEYS);
  }
  if ('$schema' in raw && typeof raw.$schema !== 'string') invalid(ctx, '$schema', 'must be a string');
  if ('diagnostics' in raw) {
    const diagnostics = readDiagnostics(ctx, raw.diagnostics);
    if (diagnostics) config.diagnostics = diagnostics;
  }
  for (const key of ['cues', 'include', 'ignore'] as const) {
    if (key in raw) {
      const list = readStringList(ctx, key, raw[key]);
      if (list) config[key] = list;
    }
  }
  if ('maxFileSizeMB' in raw) {
    const value = raw.maxFileSizeMB;
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) config.maxFileSizeMB = value;
    else invalid(ctx, 'maxFileSizeMB', `must be a number greater than 0 (got ${describe(value)})`);
  }
  return { config, problems };
}

/** Fills in every field the project file does not set, from `base` (the defaults or the editor settings). */
export function resolveProjectConfig(
  config: ProjectConfig,
  base: ResolvedProjectConfig = PROJECT_CONFIG_DEFAULTS,
): ResolvedProjectConfig {
  return {
    diagnostics: { ...base.diagnostics, ...config.diagnostics },
    cues: config.cues ?? base.cues,
    include: config.include ?? base.include,
    ignore: config.ignore ?? base.ignore,
    maxFileSizeMB: config.maxFileSizeMB ?? base.maxFileSizeMB,
  };
}

/**
 * How an unsourced claim of this check-worthiness is shown: its configured
 * level, or `none` when it is below `lowestLevel`.
 */
export function diagnosticLevelFor(checkworthy: Checkworthiness, config: ResolvedProjectConfig): DiagnosticLevel {
  const rank = CHECKWORTHINESS_LEVELS.indexOf(checkworthy);
  if (rank > CHECKWORTHINESS_LEVELS.indexOf(config.diagnostics.lowestLevel)) return 'none';
  return config.diagnostics[checkworthy];
}

/**
 * Whether the project file selects this file: it matches `include` (or
 * `include` is empty) and does not match `ignore`. `relativePath` is relative
 * to the project file's folder, with `/` separators.
 */
export function selectsFile(config: ResolvedProjectConfig, relativePath: string): boolean {
  if (config.include.length > 0 && !matchesAnyGlob(relativePath, config.include)) return false;
  return !matchesAnyGlob(relativePath, config.ignore);
}

/** The size limit in bytes (1 MB = 1,048,576 bytes). */
export function maxFileSizeBytes(megabytes: number): number {
  return Math.floor(megabytes * 1024 * 1024);
}

// ---------------------------------------------------------------- fields

interface Context {
  text: string;
  problems: Problem[];
}

function readDiagnostics(ctx: Context, value: unknown): DiagnosticsConfig | undefined {
  if (!isObject(value)) {
    invalid(ctx, 'diagnostics', `must be an object (got ${describe(value)})`);
    return undefined;
  }
  const out: DiagnosticsConfig = {};
  for (const key of Object.keys(value)) {
    if (!DIAGNOSTIC_KEYS.includes(key)) unknownKey(ctx, key, DIAGNOSTIC_KEYS, 'diagnostics.');
  }
  for (const level of CHECKWORTHINESS_LEVELS) {
    if (!(level in value)) continue;
    const v = value[level];
    if (typeof v === 'string' && (DIAGNOSTIC_LEVELS as readonly string[]).includes(v)) out[level] = v as DiagnosticLevel;
    else invalid(ctx, `diagnostics.${level}`, `must be one of ${DIAGNOSTIC_LEVELS.join(', ')} (got ${describe(v)})`);
  }
  if ('lowestLevel' in value) {
    const v = value.lowestLevel;
    if (typeof v === 'string' && (CHECKWORTHINESS_LEVELS as readonly string[]).includes(v)) out.lowestLevel = v as Checkworthiness;
    else invalid(ctx, 'diagnostics.lowestLevel', `must be one of high, medium, low (got ${describe(v)})`);
  }
  return out;
}

/** A list of non-empty strings; bad items are reported and dropped, the rest kept. */
function readStringList(ctx: Context, key: string, value: unknown): string[] | undefined {
  if (!Array.isArray(value)) {
    invalid(ctx, key, `must be an array of strings (got ${describe(value)})`);
    return undefined;
  }
  const out: string[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
    else invalid(ctx, `${key}[${i}]`, `must be a non-empty string (got ${describe(item)})`);
  });
  return out;
}

// ---------------------------------------------------------------- problems

function problem(code: string, severity: Problem['severity'], message: string, span?: Span): Problem {
  return span ? { code, severity, message, span } : { code, severity, message };
}

function invalid(ctx: Context, path: string, what: string): void {
  const key = path.replace(/\[\d+\]$/, '').split('.').pop() ?? path;
  ctx.problems.push(problem('config.invalid-value', 'warning', `"${path}" ${what}; it is ignored.`, keySpan(ctx.text, key)));
}

function unknownKey(ctx: Context, key: string, known: readonly string[], prefix = ''): void {
  const guess = known.find((k) => k !== '$schema' && editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
  const hint = guess ? ` Did you mean "${prefix}${guess}"?` : ` Known keys: ${known.filter((k) => k !== '$schema').map((k) => prefix + k).join(', ')}.`;
  ctx.problems.push(problem('config.unknown-key', 'warning', `Unknown key "${prefix}${key}"; it is ignored.${hint}`, keySpan(ctx.text, key)));
}

/** Best effort: the first `"key"` in the text (JSON.parse keeps no positions). */
function keySpan(text: string, key: string): Span | undefined {
  const quoted = JSON.stringify(key);
  const at = text.indexOf(quoted);
  return at < 0 ? undefined : { start: at, end: at + quoted.length };
}

/**
 * Where JSON.parse gives up. V8 names the position in some messages only, so
 * find it by bisection: a prefix that stops before the bad character fails
 * only for lack of input (or parses), one that includes it fails otherwise.
 */
function jsonErrorOffset(text: string): number {
  const failsInside = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      const at = /position (\d+)/.exec(message);
      if (at) return Number(at[1]) < length;
      return !/end of JSON input|Unterminated string/i.test(message);
    }
  };
  if (!failsInside(text.length)) return text.length;
  return partitionPoint(text.length, (i) => !failsInside(i + 1));
}

/** 1-based line and column (UTF-16 code units) of an offset, for a message. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
