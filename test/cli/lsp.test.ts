import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { binPath, repoRoot } from './helpers';

test('marginalia lsp --stdio is the language server: initialize, hover on a name, shutdown, exit 0', async () => {
  const child = spawn(process.execPath, [binPath, 'lsp', '--stdio'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  try {
    const init = (await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} })) as {
      capabilities: { hoverProvider?: unknown; semanticTokensProvider?: unknown };
    };
    assert.ok(init.capabilities.hoverProvider, 'hover is offered');
    assert.ok(init.capabilities.semanticTokensProvider, 'semantic tokens are offered');
    await connection.sendNotification('initialized', {});
    const uri = 'file:///tmp/marginalia-cli-lsp/news/summit.article';
    const text = 'Exports rose 45% to US$3.2 billion in 2023.\n';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
    const hover = (await connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: text.indexOf('US$') + 2 },
    })) as { contents: unknown } | null;
    assert.ok(hover, 'a hover card on an amount');
    assert.match(JSON.stringify(hover.contents), /money|amount|USD/i);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 0);
  } finally {
    connection.dispose();
    child.kill();
  }
});
