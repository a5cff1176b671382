-- Marginalia in Neovim (0.7 or newer, built-in LSP client): put this in your
-- init.lua. Articles are *.article files and .txt/.md files under an
-- articles/ or news/ folder; `:lua vim.lsp.buf.hover()` on a name shows its
-- card, `gd` (vim.lsp.buf.definition) jumps to where it is first named, and
-- unsourced claims appear as diagnostics.
-- scripts/e2e/nvim.mjs runs this very file in headless Neovim.
local cmd = vim.g.marginalia_cmd or { 'marginalia', 'lsp', '--stdio' }
local client_id = nil

vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
  pattern = { '*.article', '*/articles/*.txt', '*/articles/*.md', '*/news/*.txt', '*/news/*.md' },
  callback = function(args)
    if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
      client_id = vim.lsp.start_client({
        name = 'marginalia',
        cmd = cmd,
        root_dir = vim.fn.getcwd(),
      })
    end
    vim.lsp.buf_attach_client(args.buf, client_id)
    vim.keymap.set('n', 'K', vim.lsp.buf.hover, { buffer = args.buf })
    vim.keymap.set('n', 'gd', vim.lsp.buf.definition, { buffer = args.buf })
  end,
})
