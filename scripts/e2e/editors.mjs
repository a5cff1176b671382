// Other LSP editors against `node bin/marginalia.js lsp --stdio`, through the
// very configuration files README shows: headless Neovim (apt's neovim 0.7+,
// test/e2e/nvim/) and batch Emacs with Eglot (apt's emacs-nox + elpa-eglot,
// test/e2e/emacs/). Each runs under `timeout` so a hung editor cannot hang
// the run, and prints "ok - …" / "not ok - …" lines that are counted here.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorkspace } from './workspace.mjs';

const editors = {
  nvim: (root) => ['nvim', '--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(root, 'test/e2e/nvim/check.lua')}`],
  emacs: (root) => ['emacs', '--batch', '-l', join(root, 'test/e2e/emacs/check.el')],
};
const snippets = { nvim: 'test/e2e/nvim/marginalia.lua', emacs: 'test/e2e/emacs/marginalia.el' };

/**
 * The documents that show an editor's configuration must show the tested
 * file: every fenced block that starts like the file must equal it.
 */
function snippetsMatch(name, root, log) {
  const tested = readFileSync(join(root, snippets[name]), 'utf8');
  const firstLine = tested.split('\n')[0];
  let shown = 0;
  const stale = [];
  for (const doc of ['README.md', 'docs/editors.md']) {
    const path = join(root, doc);
    if (!existsSync(path)) continue;
    for (const m of readFileSync(path, 'utf8').matchAll(/```[a-z]*\n([\s\S]*?)```/g)) {
      if (!m[1].startsWith(firstLine)) continue;
      shown++;
      if (m[1] !== tested) stale.push(doc);
    }
  }
  const ok = shown > 0 && stale.length === 0;
  log(`${name} ${ok ? 'ok' : 'not ok'} - the documented configuration is the tested file` +
    (stale.length ? ` # differs in ${stale.join(', ')}` : shown === 0 ? ' # not shown in README.md or docs/editors.md' : ''));
  return ok;
}

/** Runs one editor's check; a missing editor is a skip (scripts/e2e/install.sh installs both). */
export async function runEditor(name, { root, artifacts, log }) {
  const argv = editors[name](root);
  if (spawnSync('sh', ['-c', `command -v ${argv[0]}`]).status !== 0) {
    log(`${argv[0]} is not installed: skipped`);
    return { passed: 0, failed: 0, skipped: 1 };
  }
  const workspace = makeWorkspace(root, join(artifacts, 'run', name, 'workspace'));
  const r = spawnSync('timeout', ['-k', '5', '90', ...argv], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, MARGINALIA_ROOT: root, MARGINALIA_FILE: join(workspace, 'articles', 'summit-report.txt') },
  });
  const lines = `${r.stdout}`.split('\n').filter((l) => /^(not )?ok - /.test(l));
  for (const l of lines) log(`${name} ${l}`);
  const documented = snippetsMatch(name, root, log);
  const failedChecks = lines.filter((l) => l.startsWith('not ok')).length;
  const failed = failedChecks + (documented ? 0 : 1);
  const passed = lines.length - failedChecks + (documented ? 1 : 0);
  if (r.status !== 0 && failed === 0) {
    log(`${name} exited with ${r.status}${r.status === 124 ? ' (timeout)' : ''}: ${`${r.stderr}`.slice(-500)}`);
    return { passed, failed: 1, skipped: 0 };
  }
  return { passed, failed, skipped: 0 };
}
