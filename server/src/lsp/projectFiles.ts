/**
 * The server's view of `.marginalia.json`: the CLI's host loader
 * (`loadProjectConfigFor`, nearest file upward, parsed and validated) adapted
 * to what the settings store needs.
 */
import { dirname } from 'node:path';
import { loadProjectConfigFor } from '../host/projectConfigFile';
import type { ProjectFile } from './settings';

/** The project file that applies to a file-system path, or undefined when there is none. */
export function loadProjectFile(fsPath: string): ProjectFile | undefined {
  const loaded = loadProjectConfigFor(fsPath);
  if (!loaded.path) return undefined;
  return {
    settings: loaded.config,
    folder: dirname(loaded.path),
    file: loaded.path,
    problems: loaded.problems.map((p) => p.message),
  };
}
