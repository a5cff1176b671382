import * as vscode from 'vscode';
import type { ArticleClient } from './articleClient';

/** Registers the commands of package.json `contributes.commands`. */
export function registerCommands(
  articles: ArticleClient,
  output: vscode.LogOutputChannel,
  activationMs: () => number,
): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('marginalia.readAsArticle', (uri?: vscode.Uri) => readAsArticle(articles, uri)),
    vscode.commands.registerCommand('marginalia.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('marginalia.restartServer', () => articles.restart()),
    vscode.commands.registerCommand('marginalia.showAnalysis', () => showAnalysis(articles)),
    // For the benchmark and the e2e suites: how long activation took, in ms.
    vscode.commands.registerCommand('marginalia.activationTime', () => activationMs()),
  );
}

/**
 * "Marginalia: Read this file as an article": switches the document to the
 * `article` language, which the server always reads. Works from the editor
 * (active document) and from the explorer's context menu (a file URI).
 */
async function readAsArticle(articles: ArticleClient, uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  const document =
    uri !== undefined ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (document === undefined) {
    void vscode.window.showInformationMessage('Marginalia: open a text or Markdown file first.');
    return undefined;
  }
  if (document.languageId === 'article') return document;
  const switched = await vscode.languages.setTextDocumentLanguage(document, 'article');
  if (uri !== undefined) await vscode.window.showTextDocument(switched);
  await articles.startIfNeeded();
  return switched;
}

/** Opens the SCHEMA.md JSON of the active article in a new editor. */
async function showAnalysis(articles: ArticleClient): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (document === undefined || !articles.isArticle(document)) {
    void vscode.window.showInformationMessage('Marginalia: the active editor is not an article.');
    return;
  }
  const json = await articles.analysisJson(document.uri);
  const shown = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(json, null, 2) });
  await vscode.window.showTextDocument(shown, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}
