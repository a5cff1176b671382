// Runs the real bundled `marginalia` command (bin/marginalia.js → dist/cli.js,
// built by `npm run build`) as a child process on real files in a temp folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Repository root (out/test/cli or out-NAME/test/cli, three folders up). */
export const repoRoot = resolve(__dirname, '..', '..', '..');
export const binPath = join(repoRoot, 'bin', 'marginalia.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `marginalia ARGS` in `cwd`, with colour settings cleared unless `env` sets them. */
export function cli(args: string[], cwd: string, options: { env?: NodeJS.ProcessEnv; input?: string } = {}): CliResult {
  if (!existsSync(join(repoRoot, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd,
    env: { ...env, ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temp folder holding `files` (paths may contain folders); removed by `cleanup()`. */
export function workspace(files: Record<string, string | Uint8Array>): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Fixture articles written for these tests (no real news). */
export const ARTICLES = {
  trade:
    'Harbour trade hits record\n\n' +
    'Exports from the port of Velden rose 45% to US$3.2 billion in 2023, the largest increase on record.\n\n' +
    'Mayor Ilse Brandt said the city would build a second quay. "We are ready," she said.\n',
  markdown:
    '# Valley rail line reopens\n\n' +
    'The line carried 12,000 passengers in its first week, [the operator said](https://example.org/rail).\n\n' +
    '- Trains run every 30 minutes\n- Tickets cost €4.50\n',
};
