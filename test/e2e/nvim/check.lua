-- Drives headless Neovim against `marginalia lsp --stdio` through the README
-- snippet (marginalia.lua): hover, definition, diagnostics. Prints TAP-like
-- lines ("ok - …" / "not ok - …") and exits non-zero on a failure.
-- Run by scripts/e2e/nvim.mjs with MARGINALIA_ROOT and MARGINALIA_FILE set.
local root = os.getenv('MARGINALIA_ROOT')
local file = os.getenv('MARGINALIA_FILE')
local failures = 0

local function report(ok, name, detail)
  if not ok then failures = failures + 1 end
  io.stdout:write(string.format('%s - %s%s\n', ok and 'ok' or 'not ok', name, detail and (' # ' .. detail) or ''))
end

local function finish()
  io.stdout:write(string.format('nvim: %d failed\n', failures))
  vim.cmd(failures == 0 and 'qa!' or 'cq!')
end

vim.g.marginalia_cmd = { 'node', root .. '/bin/marginalia.js', 'lsp', '--stdio' }
dofile(root .. '/test/e2e/nvim/marginalia.lua')
vim.cmd('edit ' .. vim.fn.fnameescape(file))

-- Puts the cursor on the first occurrence of `needle` (+ offset bytes) and
-- returns LSP position params (UTF-16 columns, as the server expects).
local function at(needle, offset)
  local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  for i, line in ipairs(lines) do
    local col = line:find(needle, 1, true)
    if col then
      vim.api.nvim_win_set_cursor(0, { i, col - 1 + (offset or 0) })
      return vim.lsp.util.make_position_params(), i - 1
    end
  end
  error('not found: ' .. needle)
end

local attached = vim.wait(20000, function() return #vim.lsp.buf_get_clients(0) > 0 end, 50)
report(attached, 'the snippet starts the server and attaches it to an article')
if not attached then return finish() end

-- Diagnostics arrive by themselves after didOpen.
local got = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local unsourced = 0
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  if d.source == 'marginalia' and code == 'claim.unsourced' then unsourced = unsourced + 1 end
end
report(got and unsourced > 0, 'diagnostics on unsourced claims', unsourced .. ' claim.unsourced')

local function request(method, params)
  local responses = vim.lsp.buf_request_sync(0, method, params, 15000) or {}
  for _, r in pairs(responses) do
    if r.result then return r.result end
  end
  return nil
end

local function hover_text(result)
  if not result then return '' end
  local c = result.contents
  if type(c) == 'string' then return c end
  if c.value then return c.value end
  local parts = {}
  for _, p in ipairs(c) do table.insert(parts, type(p) == 'string' and p or p.value) end
  return table.concat(parts, '\n')
end

local date = hover_text(request('textDocument/hover', (at('on Tuesday', 3))))
report(date:lower():find('date') ~= nil and date:find('Tuesday') ~= nil, 'hover on a date', date:gsub('\n', ' '):sub(1, 80))

local money = hover_text(request('textDocument/hover', (at('US$1.4 billion', 4))))
report(money:find('USD') ~= nil, 'hover on an amount', money:gsub('\n', ' '):sub(1, 80))

local person = hover_text(request('textDocument/hover', (at('Halvorsen said', 2))))
report(person:find('Ingrid Halvorsen') ~= nil, 'hover on a person', person:gsub('\n', ' '):sub(1, 80))

local params = at('Halvorsen said', 2)
local _, definition_line = at('Ingrid Halvorsen')
local def = request('textDocument/definition', params)
local first = def and (def[1] or def)
local range = first and (first.targetSelectionRange or first.range)
report(range ~= nil and range.start.line == definition_line, 'definition from a surname',
  range and ('line ' .. range.start.line .. ', expected ' .. definition_line) or 'no result')

finish()
