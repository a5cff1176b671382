import * as vscode from 'vscode';

/** The `include` globs of one `.marginalia.json`, relative to its folder. */
export interface ProjectInclude {
  folder: vscode.Uri;
  include: string[];
}

/**
 * Reads the `include` globs of every `.marginalia.json` in the workspace, so
 * the files a project file declares as articles are sent to the server (the
 * server applies the rest of the file: levels, cues, `ignore`). A file that
 * does not parse adds nothing here; the server reports its problems.
 */
export async function projectIncludes(output: vscode.LogOutputChannel): Promise<ProjectInclude[]> {
  if ((vscode.workspace.workspaceFolders ?? []).length === 0) return [];
  const files = await vscode.workspace.findFiles('**/.marginalia.json', '**/node_modules/**', 100);
  const found: ProjectInclude[] = [];
  for (const file of files) {
    try {
      const json: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
      const include = (json as { include?: unknown } | null)?.include;
      if (!Array.isArray(include)) continue;
      const globs = include.filter((g): g is string => typeof g === 'string' && g.trim() !== '');
      if (globs.length > 0) found.push({ folder: vscode.Uri.joinPath(file, '..'), include: globs });
    } catch (error) {
      output.warn(`Ignoring ${file.fsPath} for the article selection: ${String(error)}`);
    }
  }
  return found;
}
