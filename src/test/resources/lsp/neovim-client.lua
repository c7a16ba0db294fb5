-- Neovim's own LSP client against `concord lsp`, headless: opens one file, waits for Concord's diagnostics and
-- writes them as JSON, as Neovim converted them (0-based lines, byte columns). Run by NeovimClientTest.
local out = vim.env.CONCORD_NVIM_OUT
local cmd = vim.fn.json_decode(vim.env.CONCORD_LSP_CMD)
vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.CONCORD_FILE))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ cmd = cmd, root_dir = vim.env.CONCORD_ROOT, name = 'concord' })
vim.lsp.buf_attach_client(bufnr, client_id)
-- Wait for the diagnostic of CONCORD_RULE (any diagnostic when it is not set).
local function code_of(d)
  return d.code or ((d.user_data or {}).lsp or {}).code
end
local function wanted()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if vim.env.CONCORD_RULE == nil or code_of(d) == vim.env.CONCORD_RULE then
      return d
    end
  end
  return nil
end
local found = vim.wait(tonumber(vim.env.CONCORD_WAIT_MS or '120000'), function()
  return wanted() ~= nil
end, 100)
-- With CONCORD_APPLY set, ask for the code actions on that diagnostic and apply the first whose title starts with
-- it, as a user picking it from the menu would, then write the file.
local applied = nil
local applied_error = nil
if found and vim.env.CONCORD_APPLY then
  local d = wanted()
  local client = vim.lsp.get_client_by_id(client_id)
  -- What vim.lsp.buf.code_action sends in Neovim 0.7: the line's diagnostics converted back to LSP's form.
  local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, d.lnum, {}, client_id)
  local at = nil
  for _, ld in ipairs(line_diagnostics) do
    if ld.code == vim.env.CONCORD_RULE then
      at = ld
    end
  end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = at.range,
    context = { diagnostics = { at } },
  }
  local response, err = client.request_sync('textDocument/codeAction', params, 30000, bufnr)
  applied_error = err and vim.inspect(err) or nil
  for _, action in ipairs((response or {}).result or {}) do
    if applied == nil and action.edit and vim.startswith(action.title, vim.env.CONCORD_APPLY) then
      vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
      applied = action.title
    end
  end
  vim.cmd('write')
end
local result = { found = found, applied = applied, applied_error = applied_error, diagnostics = {} }
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(result.diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, source = d.source, message = d.message,
    code = code_of(d),
  })
end
local f = assert(io.open(out, 'w'))
f:write(vim.fn.json_encode(result))
f:close()
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
