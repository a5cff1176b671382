/**
 * Per-document settings: pulled from the client with `workspace/configuration`
 * (scopeUri = the document, so folder and language overrides apply) and merged
 * with the nearest `.marginalia.json`. Cached per document only, and the cache
 * is dropped when the client says settings or project files changed
 * (vscode-eslint's agents.md explains why a global cache goes wrong in
 * multi-root workspaces). Bad values are shown once and logged, never fatal.
 */
import { fileURLToPath } from 'node:url';
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { resolveSettings, type MarginaliaSettings, type ProjectSettings } from './settingsModel';

/** A project file found for a document, already parsed. */
export interface ProjectFile {
  settings: ProjectSettings;
  /** Folder that holds the file; its globs are relative to it. */
  folder: string;
  /** The file's path, for messages. */
  file: string;
  /** Sentences about fields the parser ignored. */
  problems: string[];
}

/** Finds and parses the nearest `.marginalia.json` above a file-system path. */
export type ProjectFileLoader = (fsPath: string) => ProjectFile | undefined;

export interface SettingsStoreOptions {
  /** The client answers `workspace/configuration`. */
  configurationSupport: boolean;
  /** Settings from `initializationOptions.settings`, for clients without `workspace/configuration`. */
  initializationSettings?: unknown;
  loadProjectFile: ProjectFileLoader;
}

/** The `workspace/configuration` / project-file reader, with a per-document cache. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<MarginaliaSettings>>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly options: SettingsStoreOptions,
  ) {}

  /** The settings for a document or folder URI (cached until `invalidate`). */
  forUri(uri: string): Promise<MarginaliaSettings> {
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.read(uri);
      this.cache.set(uri, pending);
    }
    return pending;
  }

  /** Forgets one document's settings, or everyone's. */
  invalidate(uri?: string): void {
    if (uri === undefined) this.cache.clear();
    else this.cache.delete(uri);
  }

  private async read(uri: string): Promise<MarginaliaSettings> {
    let raw: unknown = this.options.initializationSettings;
    if (this.options.configurationSupport) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'marginalia' });
      } catch (error) {
        this.report([`Could not read the editor settings (${error instanceof Error ? error.message : String(error)}); using the defaults.`]);
        raw = undefined;
      }
    }
    let project: ProjectFile | undefined;
    const path = fsPathOf(uri);
    if (path !== undefined) {
      try {
        project = this.options.loadProjectFile(path);
      } catch (error) {
        this.report([`Could not read the project file for ${path}: ${error instanceof Error ? error.message : String(error)}`]);
      }
    }
    if (project) this.report(project.problems.map((p) => `${project.file}: ${p}`));
    const { settings, problems } = resolveSettings(raw, project);
    this.report(problems);
    return settings;
  }

  /** Each distinct problem: one window message, one log line; repeats stay quiet. */
  private report(problems: string[]): void {
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.connection.console.warn(`Setting ignored: ${problem}`);
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Marginalia: ${problem}` });
    }
  }
}

/** The file-system path of a `file:` URI; undefined for other schemes (untitled, git …). */
export function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
