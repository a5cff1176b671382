// Host-side loading of the data files the analysis core needs (the trained
// name model). The core is pure, so the bytes are read here with node:fs and
// handed over; CLI and language server both call `loadResources()` once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNameTagger } from '../analysis/entities/names';
import type { NameTagger } from '../analysis/entities';
import type { Problem } from '../analysis/types';

/** File name of the shipped name model inside `server/models/`. */
export const NAME_MODEL_FILE = 'names.bin';

/** What the host hands to `analyze()`: the tagger when its model loaded, and why not otherwise. */
export interface Resources {
  tagger?: NameTagger;
  problems: Problem[];
}

let cached: Resources | undefined;

/**
 * Where `server/models/` may be, relative to this file once compiled or
 * bundled: `dist/server.js` and `dist/cli.js` (repo or .vsix root + dist),
 * `out/server/src/host/` (tests), and `server/src/host/` (ts-node style).
 */
export function modelDirCandidates(): string[] {
  return [
    join(__dirname, '..', 'server', 'models'),
    join(__dirname, '..', '..', '..', '..', 'server', 'models'),
    join(__dirname, '..', '..', 'models'),
    join(__dirname, '..', '..', '..', 'server', 'models'),
  ];
}

/** Loads the name model once (memoised). Never throws: a missing or bad model is a Problem. */
export function loadResources(): Resources {
  if (cached) return cached;
  cached = readResources();
  return cached;
}

function readResources(): Resources {
  const problems: Problem[] = [];
  const dir = modelDirCandidates().find((d) => existsSync(join(d, NAME_MODEL_FILE)));
  if (!dir) {
    problems.push({
      code: 'resources.model-missing',
      severity: 'warning',
      message: `The name model (server/models/${NAME_MODEL_FILE}) was not found; only dates, amounts and percentages are tagged.`,
    });
    return { problems };
  }
  try {
    const bytes = readFileSync(join(dir, NAME_MODEL_FILE));
    const tagger = createNameTagger(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { tagger, problems };
  } catch (error) {
    problems.push({
      code: 'resources.model-invalid',
      severity: 'warning',
      message: `The name model could not be read: ${error instanceof Error ? error.message : String(error)}`,
    });
    return { problems };
  }
}
