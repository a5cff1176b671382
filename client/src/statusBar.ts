import * as vscode from 'vscode';
import type { ArticleClient } from './articleClient';
import type { StatusParams } from './protocol';

/**
 * The status-bar item: the analysis state of the article in the active
 * editor, from the server's `marginalia/status` notifications. Hidden when
 * the active editor is not an article. Clicking it opens the output channel.
 */
export function createStatusBar(articles: ArticleClient): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('marginalia.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Marginalia';
  item.command = 'marginalia.showOutput';

  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    if (document === undefined || !articles.isArticle(document)) {
      item.hide();
      return;
    }
    const shown = describe(articles.status(document.uri));
    item.text = shown.text;
    item.tooltip = shown.tooltip;
    item.backgroundColor = shown.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    item.show();
  };

  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    articles.onStatus((s) => {
      if (s.uri === vscode.window.activeTextEditor?.document.uri.toString()) update();
    }),
    articles.onSelectionChanged(update),
  );
}

/** What the item says for one status (exported for a unit test of the wording). */
export function describe(status: StatusParams | undefined): { text: string; tooltip: string; error: boolean } {
  if (status === undefined) return { text: '$(loading~spin) Marginalia', tooltip: 'Marginalia: starting…', error: false };
  const took = status.durationMs !== undefined ? ` in ${Math.round(status.durationMs)} ms` : '';
  switch (status.state) {
    case 'analyzing':
      return { text: '$(sync~spin) Marginalia', tooltip: 'Marginalia: reading the article…', error: false };
    case 'skipped':
      return { text: '$(circle-slash) Marginalia', tooltip: `Marginalia: not analysed. ${status.message ?? ''}`.trim(), error: false };
    case 'error':
      return { text: '$(error) Marginalia', tooltip: `Marginalia: analysis failed. ${status.message ?? ''}`.trim(), error: true };
    case 'ready': {
      const c = status.counts;
      if (c === undefined) return { text: '$(book) Marginalia', tooltip: `Marginalia: analysed${took}`, error: false };
      const text = c.unsourced > 0 ? `$(book) ${c.unsourced} unsourced` : '$(book) Marginalia';
      const tooltip =
        `Marginalia: ${c.entities} entities, ${c.actors} actors, ${c.claims} claims ` +
        `(${c.unsourced} unsourced), analysed${took}`;
      return { text, tooltip, error: false };
    }
  }
}
