// Builds the workspace folder the end-to-end suites open: the samples as a
// newsroom folder (articles/), an .article file, a code project's README.md
// and LICENSE.txt that must stay dark, and drafts/ for the tests that switch
// files on at run time. Made afresh for every run so edits never leak.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Creates `dir` (emptied first) and returns it. */
export function makeWorkspace(root, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'drafts'), { recursive: true });
  mkdirSync(join(dir, '.vscode'), { recursive: true });
  const samples = join(root, 'samples');
  for (const name of readdirSync(samples)) {
    if (/\.(txt|md)$/.test(name) && !name.includes('.article.')) cpSync(join(samples, name), join(dir, 'articles', name));
    else if (/\.article(\.(txt|md))?$/.test(name)) cpSync(join(samples, name), join(dir, name));
  }
  // Same prose as a sample, but outside the default globs.
  cpSync(join(samples, 'company-results.txt'), join(dir, 'drafts', 'switch-me.txt'));
  cpSync(join(samples, 'summit-report.txt'), join(dir, 'drafts', 'later.txt'));
  // A newsroom folder declared by a project file rather than by a setting.
  mkdirSync(join(dir, 'newsroom', 'desk'), { recursive: true });
  writeFileSync(join(dir, 'newsroom', '.marginalia.json'), JSON.stringify({ include: ['desk/*.txt'] }, null, 2) + '\n');
  cpSync(join(samples, 'court-report.txt'), join(dir, 'newsroom', 'desk', 'story.txt'));
  // A code project's files, with the kind of sentences that would be flagged
  // if they were read as an article.
  writeFileSync(
    join(dir, 'README.md'),
    '# wordcount\n\nA small command-line tool. It was downloaded 12,000 times in 2024, up 40% on 2023.\n\n' +
      'Run `npm install` and then `wordcount FILE`.\n',
  );
  writeFileSync(join(dir, 'LICENSE.txt'), 'MIT License\n\nCopyright (c) 2024 Jane Doe, who earned US$5 million from it.\n');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'wordcount', version: '1.0.0' }, null, 2) + '\n');
  writeFileSync(
    join(dir, '.vscode', 'settings.json'),
    JSON.stringify(
      { 'editor.hover.delay': 100, 'editor.minimap.enabled': false, 'editor.wordWrap': 'on', 'files.autoSave': 'off' },
      null,
      2,
    ) + '\n',
  );
  return dir;
}
