/**
 * The moment the extension's bundle started evaluating. extension.ts imports
 * this module first, so the time spent loading vscode-languageclient counts
 * towards the activation time we log and report.
 */
export const moduleLoadStart: number = performance.now();
