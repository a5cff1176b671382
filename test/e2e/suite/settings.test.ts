// Settings changed while VS Code runs take effect without a reload.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, codeOf, diagnosticsWhere, file, openArticle, setSetting, waitFor } from './helpers';

suite('settings at run time', () => {
  test('adding a glob to marginalia.articles.include lights up a matching .txt', async () => {
    const marginalia = await api();
    const document = await vscode.workspace.openTextDocument(file('drafts/later.txt'));
    await vscode.window.showTextDocument(document);
    assert.equal(marginalia.isArticle(document), false);
    const analysed = waitFor(
      marginalia.onStatus,
      (s) => s.uri === document.uri.toString() && s.state === 'ready',
      'drafts/later.txt to be analysed after the setting changed',
    );
    try {
      await setSetting('articles.include', ['**/articles/**/*.{txt,md}', '**/drafts/later.txt']);
      await analysed;
      assert.equal(marginalia.isArticle(document), true);
    } finally {
      const restored = waitFor(marginalia.onSelectionChanged, () => true, 'the selection to be rebuilt');
      await setSetting('articles.include', undefined);
      await restored;
    }
    assert.equal(marginalia.isArticle(document), false, 'removing the glob turns it off again');
  });

  test('marginalia.diagnostics.* severities apply at once', async () => {
    const document = await openArticle('articles/summit-report.txt');
    const unsourced = (ds: readonly vscode.Diagnostic[]) =>
      ds.filter((d) => d.source === 'marginalia' && codeOf(d) === 'claim.unsourced');
    await diagnosticsWhere(document.uri, (d) => unsourced(d).length > 0, 'unsourced claims');
    try {
      for (const level of ['high', 'medium', 'low']) await setSetting(`diagnostics.${level}`, 'error');
      const ds = await diagnosticsWhere(
        document.uri,
        (d) => unsourced(d).length > 0 && unsourced(d).every((x) => x.severity === vscode.DiagnosticSeverity.Error),
        'every unsourced claim to become an error',
      );
      assert.ok(unsourced(ds).length > 0);
    } finally {
      for (const level of ['high', 'medium', 'low']) await setSetting(`diagnostics.${level}`, undefined);
    }
    await diagnosticsWhere(
      document.uri,
      (d) => unsourced(d).length > 0 && unsourced(d).some((x) => x.severity !== vscode.DiagnosticSeverity.Error),
      'the default severities to come back',
    );
  });
});
