// Host side of `.marginalia.json`: finds the nearest project file above an
// article and reads it. Parsing and validation are pure and live in
// server/src/config/projectConfig.ts; this file only does the I/O.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseProjectConfig, type ProjectConfig } from '../config/projectConfig';
import type { Problem } from '../analysis/types';

/** The project file's name. */
export const PROJECT_CONFIG_FILE = '.marginalia.json';

/** A project file found and read (or not): `path` is set when a file was found. */
export interface LoadedProjectConfig {
  config: ProjectConfig;
  problems: Problem[];
  /** Absolute path of the `.marginalia.json` that applies, if any. */
  path?: string;
  /** Its text, when it could be read (problem spans are offsets into it). */
  text?: string;
}

/** The nearest `.marginalia.json` in the file's folder or any folder above it, if any. */
export function findProjectConfigFile(filePath: string): string | undefined {
  let dir = dirname(resolve(filePath));
  for (;;) {
    const candidate = join(dir, PROJECT_CONFIG_FILE);
    if (isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The project configuration that applies to `filePath`: the nearest
 * `.marginalia.json` upward, parsed. No file → an empty config and no
 * problems. Never throws: an unreadable or broken file is a problem and an
 * empty config. `cache` (keyed by project file path) lets a batch of files
 * in one folder read it once.
 */
export function loadProjectConfigFor(filePath: string, cache?: Map<string, LoadedProjectConfig>): LoadedProjectConfig {
  const path = findProjectConfigFile(filePath);
  if (!path) return { config: {}, problems: [] };
  const cached = cache?.get(path);
  if (cached) return cached;
  const loaded = loadProjectConfigFile(path);
  cache?.set(path, loaded);
  return loaded;
}

/** Reads and parses one project file (for `--config FILE`). Never throws. */
export function loadProjectConfigFile(path: string): LoadedProjectConfig {
  const absolute = resolve(path);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : errorText(error);
    return {
      config: {},
      problems: [{ code: 'config.unreadable', severity: 'error', message: `Cannot read the project file: ${reason}.` }],
      path: absolute,
    };
  }
  const { config, problems } = parseProjectConfig(text);
  return { config, problems, path: absolute, text };
}

/** The file's path relative to the project file's folder, with `/` separators (what the globs match). */
export function projectRelativePath(configPath: string, filePath: string): string {
  return relative(dirname(configPath), resolve(filePath)).split(sep).join('/');
}

function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
