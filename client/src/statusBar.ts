import * as vscode from 'vscode';
import type { ArticleClient } from './articleClient';
import { describeStatus } from './statusText';

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
    const shown = describeStatus(articles.status(document.uri));
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
