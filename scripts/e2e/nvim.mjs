// Runs test/e2e/nvim/check.lua in headless Neovim (apt's neovim, 0.7+)
// against `node bin/marginalia.js lsp --stdio`, through the same Lua snippet
// README shows, under `timeout` so a hung editor cannot hang the run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { makeWorkspace } from './workspace.mjs';

export async function runNeovim({ root, artifacts, log }) {
  if (spawnSync('sh', ['-c', 'command -v nvim']).status !== 0) {
    log('nvim is not installed (scripts/e2e/install.sh installs it): skipped');
    return { passed: 0, failed: 0, skipped: 1 };
  }
  const workspace = makeWorkspace(root, join(artifacts, 'run', 'nvim', 'workspace'));
  const r = spawnSync(
    'timeout',
    ['-k', '5', '90', 'nvim', '--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(root, 'test/e2e/nvim/check.lua')}`],
    {
      cwd: workspace,
      encoding: 'utf8',
      env: { ...process.env, MARGINALIA_ROOT: root, MARGINALIA_FILE: join(workspace, 'articles', 'summit-report.txt') },
    },
  );
  const lines = `${r.stdout}`.split('\n').filter((l) => /^(not )?ok - /.test(l));
  for (const l of lines) log(`nvim ${l}`);
  const failed = lines.filter((l) => l.startsWith('not ok')).length;
  const passed = lines.length - failed;
  if (r.status !== 0 && failed === 0) {
    log(`nvim exited with ${r.status}${r.status === 124 ? ' (timeout)' : ''}: ${r.stderr.slice(-500)}`);
    return { passed, failed: 1, skipped: 0 };
  }
  return { passed, failed, skipped: 0 };
}
