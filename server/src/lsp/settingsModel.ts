/**
 * The settings one document is read with, and how raw values (the editor's
 * `marginalia.*` section, a `.marginalia.json` project file) become them.
 * Pure: validation reports bad values as messages and keeps the default, so a
 * typo in a setting never stops the server (GUIDE: "a bad setting is reported,
 * never fatal").
 */
import type { Checkworthiness } from '../analysis/types';
import { CHECKWORTHINESS_LEVELS as CHECKWORTHINESS, DIAGNOSTIC_LEVELS as LEVELS, type DiagnosticLevel, type ProjectConfig } from '../config/projectConfig';

// One definition of the levels for the project file, the CLI and the editor settings.
export type { DiagnosticLevel };

/** Everything the server needs to know about one document's settings. */
export interface MarginaliaSettings {
  articles: {
    /** Globs of `.txt`/`.md` files read as articles, relative to `base` when set, else to the workspace folder. */
    include: string[];
    /** Globs never read as articles (project file only), relative to `base`. */
    ignore: string[];
    /** Folder (file-system path) of the project file whose globs these are, if any. */
    base?: string;
  };
  diagnostics: Record<Checkworthiness, DiagnosticLevel> & { lowestLevel: Checkworthiness };
  /** Extra attribution cue words (editor setting plus project file). */
  extraCues: string[];
  maxFileSizeMB: number;
  workspaceSymbolsMaxFiles: number;
}

/** The defaults of the `marginalia.*` settings (package.json declares the same; test/unit/client/manifest.test.ts keeps them equal). */
export function defaultSettings(): MarginaliaSettings {
  return {
    articles: { include: ['**/articles/**/*.{txt,md}', '**/news/**/*.{txt,md}'], ignore: [] },
    diagnostics: { high: 'warning', medium: 'information', low: 'hint', lowestLevel: 'medium' },
    extraCues: [],
    maxFileSizeMB: 10,
    workspaceSymbolsMaxFiles: 500,
  };
}

/**
 * A `.marginalia.json` as config/projectConfig.ts parsed it: already
 * validated (bad fields reported there and dropped), so it is merged as is.
 */
export type ProjectSettings = ProjectConfig;

/** The resolved settings and a sentence for every value that was ignored. */
export interface ResolvedSettings {
  settings: MarginaliaSettings;
  problems: string[];
}

/**
 * Merges the editor's `marginalia` section (`raw`, any shape: clients send
 * what users type) with a project file found for the document; the project
 * file wins for the files under its folder.
 */
export function resolveSettings(raw: unknown, project?: { settings: ProjectSettings; folder: string; file: string }): ResolvedSettings {
  const problems: string[] = [];
  const settings = defaultSettings();
  const section = isObject(raw) ? raw : {};
  const where = (key: string) => `marginalia.${key}`;

  const articles = pick(section, 'articles');
  const include = stringList(pick(articles, 'include'), where('articles.include'), problems);
  if (include) settings.articles.include = include;
  const diagnostics = pick(section, 'diagnostics');
  applyDiagnostics(settings, diagnostics, 'marginalia.diagnostics', problems);
  const cues = stringList(pick(pick(section, 'claims'), 'extraCues'), where('claims.extraCues'), problems);
  if (cues) settings.extraCues = cues;
  const size = positiveNumber(pick(section, 'maxFileSizeMB'), where('maxFileSizeMB'), problems);
  if (size !== undefined) settings.maxFileSizeMB = size;
  const maxFiles = positiveNumber(pick(pick(section, 'workspaceSymbols'), 'maxFiles'), where('workspaceSymbols.maxFiles'), problems);
  if (maxFiles !== undefined) settings.workspaceSymbolsMaxFiles = Math.floor(maxFiles);

  if (project) {
    const p = project.settings;
    for (const level of CHECKWORTHINESS) {
      const value = p.diagnostics?.[level];
      if (value) settings.diagnostics[level] = value;
    }
    if (p.diagnostics?.lowestLevel) settings.diagnostics.lowestLevel = p.diagnostics.lowestLevel;
    if (p.cues) settings.extraCues = [...settings.extraCues, ...p.cues];
    // Copies, so these settings never share an array with the parsed project file.
    const projectInclude = p.include?.slice();
    const projectIgnore = p.ignore?.slice();
    if (projectInclude || projectIgnore) {
      settings.articles = {
        // An empty "include" in the project file means every file under its folder.
        include: projectInclude ? (projectInclude.length ? projectInclude : ['**']) : settings.articles.include,
        ignore: projectIgnore ?? [],
        base: project.folder,
      };
    }
    if (p.maxFileSizeMB !== undefined) settings.maxFileSizeMB = p.maxFileSizeMB;
  }
  return { settings, problems };
}

function applyDiagnostics(settings: MarginaliaSettings, raw: unknown, prefix: string, problems: string[]): void {
  if (raw === undefined || raw === null) return;
  if (!isObject(raw)) {
    problems.push(`${prefix} should be an object; it is ignored.`);
    return;
  }
  for (const level of CHECKWORTHINESS) {
    const value = raw[level];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && (LEVELS as readonly string[]).includes(value)) {
      settings.diagnostics[level] = value as DiagnosticLevel;
    } else {
      problems.push(`${prefix}.${level} is ${JSON.stringify(value)}; expected one of ${LEVELS.join(', ')}. Using "${settings.diagnostics[level]}".`);
    }
  }
  const lowest = raw.lowestLevel;
  if (lowest === undefined || lowest === null) return;
  if (typeof lowest === 'string' && (CHECKWORTHINESS as readonly string[]).includes(lowest)) {
    settings.diagnostics.lowestLevel = lowest as Checkworthiness;
  } else {
    problems.push(`${prefix}.lowestLevel is ${JSON.stringify(lowest)}; expected high, medium or low. Using "${settings.diagnostics.lowestLevel}".`);
  }
}

function stringList(value: unknown, key: string, problems: string[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    problems.push(`${key} should be a list of strings; it is ignored.`);
    return undefined;
  }
  const strings = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (strings.length !== value.length) problems.push(`${key} holds entries that are not text; they are ignored.`);
  return strings;
}

function positiveNumber(value: unknown, key: string, problems: string[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  problems.push(`${key} is ${JSON.stringify(value)}; expected a positive number. Using the default.`);
  return undefined;
}

function pick(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a claim of `level` is flagged under `lowestLevel`. */
export function atOrAbove(level: Checkworthiness, lowestLevel: Checkworthiness): boolean {
  return CHECKWORTHINESS.indexOf(level) <= CHECKWORTHINESS.indexOf(lowestLevel);
}
