/**
 * `marginalia analyze`: read each FILE with its project settings, analyse it,
 * print the chosen format, and decide the exit status (2 when a file failed,
 * else 1 when --fail-on is met, else 0). A bad file never stops the others.
 */
import { basename, join, resolve } from 'node:path';
import { analyze } from '../analysis/analyze';
import type { Problem } from '../analysis/types';
import {
  maxFileSizeBytes,
  resolveProjectConfig,
  selectsFile,
} from '../config/projectConfig';
import {
  loadProjectConfigFile,
  loadProjectConfigFor,
  projectRelativePath,
  type LoadedProjectConfig,
} from '../host/projectConfigFile';
import { loadResources } from '../host/resources';
import type { AnalyzeArgs } from './args';
import { flaggedClaims, meetsFailOn, oneLine, suppressedClaims } from './findings';
import { paint, wantsColor } from './format/color';
import { formatJson, formatJsonLine } from './format/json';
import { formatSarif } from './format/sarif';
import { formatTextReport, formatTextSummary } from './format/text';
import { checkPresence, readArticle } from './input';
import { LineIndex } from './lines';
import type { AnalyzedFile, ConfigReport, RunResult } from './model';

/** Where the CLI writes and what it knows of its surroundings (process.* in main.ts). */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_FAIL_ON = 1;
export const EXIT_ERROR = 2;

/** Runs `analyze`; returns the exit status. */
export function runAnalyze(args: AnalyzeArgs, io: CliIO): number {
  const resources = loadResources();
  for (const problem of resources.problems) io.stderr(`marginalia: warning: ${oneLine(problem.message)}\n`);

  let explicit: LoadedProjectConfig | undefined;
  if (args.config !== undefined) {
    explicit = loadProjectConfigFile(resolve(io.cwd, args.config));
    const unreadable = explicit.problems.find((p) => p.code === 'config.unreadable');
    if (unreadable) {
      io.stderr(`marginalia: ${args.config}: ${oneLine(unreadable.message)}\n`);
      return EXIT_ERROR;
    }
  }

  const run: RunResult = { files: [], failed: [], configs: [], resourceProblems: resources.problems, cwd: io.cwd };
  const configCache = new Map<string, LoadedProjectConfig>();
  const reported = new Set<string>();
  const color = paint(args.format === 'text' && wantsColor(args.color, io.stdoutIsTTY, io.env));

  for (const path of args.files) {
    const fail = (message: string): void => {
      run.failed.push({ path, message });
      io.stderr(`marginalia: ${path}: ${message}\n`);
    };
    const presence = checkPresence(path === '-' ? '-' : resolve(io.cwd, path));
    if (!presence.ok) {
      fail(presence.message);
      continue;
    }
    const absolute = path === '-' ? join(io.cwd, 'stdin') : resolve(io.cwd, path);
    const loaded = explicit ?? loadProjectConfigFor(absolute, configCache);
    if (loaded.path && !reported.has(loaded.path)) {
      reported.add(loaded.path);
      reportConfig(loaded, run.configs, io);
    }
    const config = resolveProjectConfig(loaded.config);
    if (loaded.path && path !== '-' && !selectsFile(config, projectRelativePath(loaded.path, absolute))) {
      io.stderr(`marginalia: ${path}: skipped (not selected by the include/ignore globs of ${loaded.path})\n`);
      continue;
    }
    const maxBytes = maxFileSizeBytes(args.maxSizeMB ?? config.maxFileSizeMB);
    const read = readArticle(path === '-' ? '-' : absolute, maxBytes);
    if (!read.ok) {
      fail(read.message);
      continue;
    }
    const analysis = analyze(read.text, {
      fileName: path === '-' ? 'stdin' : basename(path),
      ...(resources.tagger ? { tagger: resources.tagger } : {}),
      claims: { extraCues: config.cues },
    });
    const file: AnalyzedFile = {
      path,
      absolute,
      text: read.text,
      bytes: read.bytes,
      analysis,
      config,
      ...(loaded.path ? { configPath: loaded.path } : {}),
      flagged: flaggedClaims(analysis, config),
      suppressed: suppressedClaims(analysis, config),
    };
    run.files.push(file);
    // Text and JSON Lines stream file by file; JSON and SARIF need the whole run.
    if (args.format === 'text') io.stdout((run.files.length > 1 ? '\n' : '') + formatTextReport(file, color));
    if (args.format === 'jsonl') io.stdout(formatJsonLine(file));
  }

  if (args.format === 'text' && (args.files.length > 1 || run.files.length > 0)) {
    io.stdout((run.files.length ? '\n' : '') + formatTextSummary(run.files, run.failed.length, color));
  }
  if (args.format === 'json') io.stdout(formatJson(run.files, args.files.length));
  if (args.format === 'sarif') io.stdout(formatSarif(run));

  if (run.failed.length > 0) return EXIT_ERROR;
  return meetsFailOn(run.files.flatMap((f) => f.flagged), args.failOn) ? EXIT_FAIL_ON : EXIT_OK;
}

/** One warning line per problem of a project file, with its line and column; defaults apply. */
function reportConfig(loaded: LoadedProjectConfig, configs: ConfigReport[], io: CliIO): void {
  if (!loaded.path || loaded.problems.length === 0) return;
  configs.push({ path: loaded.path, problems: loaded.problems, ...(loaded.text !== undefined ? { text: loaded.text } : {}) });
  const lines = loaded.text === undefined ? undefined : new LineIndex(loaded.text);
  for (const problem of loaded.problems) {
    io.stderr(`marginalia: warning: ${location(loaded.path, problem, lines)}: ${oneLine(problem.message)}${fallback(problem)}\n`);
  }
}

function location(path: string, problem: Problem, lines: LineIndex | undefined): string {
  if (!problem.span || !lines) return path;
  const at = lines.position(problem.span.start);
  return `${path}:${at.line}:${at.column}`;
}

function fallback(problem: Problem): string {
  return problem.code === 'config.invalid-json' || problem.code === 'config.unreadable' ? ' Using the default settings.' : '';
}
