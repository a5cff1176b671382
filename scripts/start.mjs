// `npm start`: build, then show Marginalia. With VS Code's `code` command on
// PATH, open samples/ in VS Code with this extension loaded from the work
// tree; otherwise print the text report of the first sample article, so a
// terminal-only machine still shows what a reader sees.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const samples = join(root, 'samples');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The full path of `name` on PATH (with Windows' extensions), or undefined. */
function onPath(name) {
  const extensions = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD').split(';') : [''];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const ext of extensions) {
      const candidate = join(dir, name + ext.toLowerCase());
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

run(process.execPath, [join(root, 'scripts', 'build.mjs')]);

const code = process.argv.includes('--no-editor') ? undefined : onPath('code');
if (code) {
  console.log(`Opening samples/ in VS Code with the extension loaded from ${root} …`);
  const child = spawn(code, [`--extensionDevelopmentPath=${root}`, samples], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
    shell: process.platform === 'win32',
  });
  child.unref();
} else {
  const articles = readdirSync(samples)
    .filter((f) => /\.(txt|md|article)$/.test(f))
    .sort();
  if (articles.length === 0) {
    console.error('No sample articles in samples/.');
    process.exit(1);
  }
  const first = join('samples', articles[0]);
  console.log(`VS Code's \`code\` command is not on PATH, so here is the text report of ${first}`);
  console.log(`(open the folder in VS Code with: code --extensionDevelopmentPath=. samples)\n`);
  run(process.execPath, [join(root, 'bin', 'marginalia.js'), 'analyze', first]);
}
