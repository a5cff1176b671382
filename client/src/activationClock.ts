/**
 * The moment the extension's bundle started evaluating. extension.ts imports
 * this module first, so the time spent loading vscode-languageclient counts
 * towards the activation time we log and report. (VS Code's own wait between
 * loading the module and calling `activate`, spent preparing the extension
 * context, is not ours and is left out.)
 */
export const moduleLoadStart: number = performance.now();
