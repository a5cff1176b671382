import { findClaims, type ClaimSettings } from './claims';
import { resolveActors } from './actors';
import { alignEntitiesWithActors } from './actors/alignEntities';
import { findEntities, type NameTagger } from './entities';
import { buildDocument } from './text/document';
import type { Analysis, DocumentFormat, Problem } from './types';

/** What a caller may pass to `analyze`. Everything is optional but the file name. */
export interface AnalyzeOptions {
  /** File name without folder, as it appears in the JSON (`"file"`). */
  fileName: string;
  /** Plain text or Markdown; guessed from the file name when absent. */
  format?: DocumentFormat;
  /** The trained name tagger; without it, only dates, amounts and percentages are found. */
  tagger?: NameTagger;
  /** Claim settings (levels, extra cue words); defaults when absent. */
  claims?: Partial<ClaimSettings>;
}

/** `.md`, `.markdown`, `.mdown`, `.mkd` and `.article.md` are Markdown; anything else is plain text. */
export function formatForFileName(fileName: string): DocumentFormat {
  return /\.(md|markdown|mdown|mkd|mkdn)$/i.test(fileName) ? 'markdown' : 'plain';
}

/**
 * Reads one article: text in, the whole analysis out. Pure and synchronous;
 * never throws on odd text (a failing stage becomes a Problem and an empty
 * result for that stage, so the others still show).
 */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
  const problems: Problem[] = [];
  const format = options.format ?? formatForFileName(options.fileName);
  const document = buildDocument(text, format);
  problems.push(...document.problems);
  const entities = guarded('entities', problems, [], () => findEntities(document, options.tagger));
  const actors = guarded('actors', problems, [], () => resolveActors(document, entities));
  const alignedEntities = guarded('entity alignment', problems, entities, () => alignEntitiesWithActors(entities, actors, text));
  const claims = guarded('claims', problems, [], () =>
    findClaims(document, alignedEntities, actors, options.claims),
  );
  return { version: 1, file: options.fileName, document, entities: alignedEntities, actors, claims, problems };
}

/** Runs one stage; an exception is a bug, reported as a problem rather than lost work. */
function guarded<T>(stage: string, problems: Problem[], fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    problems.push({
      code: 'internal.stage-failed',
      severity: 'error',
      message: `The ${stage} stage failed: ${error instanceof Error ? error.message : String(error)}`,
    });
    return fallback;
  }
}
