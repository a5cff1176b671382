// TEMPORARY minimal client (the LSP work replaces it).
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {}
export function deactivate(): void {}
