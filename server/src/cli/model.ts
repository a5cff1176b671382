/** What one `marginalia analyze` run produced, handed to the output formats. */
import type { ResolvedProjectConfig } from '../config/projectConfig';
import type { Analysis, Problem } from '../analysis/types';
import type { FlaggedClaim } from './findings';

/** One article that was read and analysed. */
export interface AnalyzedFile {
  /** The path as given on the command line (`-` for standard input). */
  path: string;
  /** Absolute path (the current folder joined with `stdin` for `-`). */
  absolute: string;
  text: string;
  bytes: number;
  analysis: Analysis;
  config: ResolvedProjectConfig;
  /** The `.marginalia.json` that applied, if any. */
  configPath?: string;
  /** Unsourced claims the configuration flags. */
  flagged: FlaggedClaim[];
  /** Claims that would be flagged but an in-text directive marks sourced. */
  suppressed: FlaggedClaim[];
}

/** A file that could not be analysed, and why (one line). */
export interface FailedFile {
  path: string;
  message: string;
}

/** A project file that had problems (reported once per run). */
export interface ConfigReport {
  path: string;
  text?: string;
  problems: Problem[];
}

export interface RunResult {
  files: AnalyzedFile[];
  failed: FailedFile[];
  configs: ConfigReport[];
  /** Problems of the host resources (the name model), reported once. */
  resourceProblems: Problem[];
  /** The working folder that relative paths are relative to. */
  cwd: string;
}
