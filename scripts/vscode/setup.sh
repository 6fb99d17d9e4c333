#!/usr/bin/env bash
# Prepares everything the offline VS Code tests and `npm start` need, without downloading VS Code:
#   1. Debian packages: chromium (the browser that shows the workbench), ripgrep (VS Code's search),
#      libkrb5-dev (headers for the kerberos native module). apt-get runs only when one is missing.
#   2. code-server 4.100.3 (= VS Code 1.100.3 as a web server) with its native modules rebuilt for this
#      machine, in the git-ignored folder .cache/code-server/ of this checkout.
# Idempotent: a marker file records a finished install; later runs reuse it and return in well under a second.
# Works from any checkout path. Set CODE_SERVER_DIR to install elsewhere, FORCE=1 to reinstall.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEST="${CODE_SERVER_DIR:-$ROOT/.cache/code-server}"
MARKER="$DEST/.counterpoint-setup-complete"
ENTRY="$DEST/node_modules/code-server/out/node/entry.js"

log() { printf '[vscode:setup] %s\n' "$*"; }
fail() { printf '[vscode:setup] ERROR: %s\n' "$*" >&2; exit 1; }
started=$(date +%s)

# ---------------------------------------------------------------- 1. Debian packages
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else fail "need root (or sudo) to run: $*"
  fi
}
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

missing=()
for pkg in chromium ripgrep libkrb5-dev; do
  installed "$pkg" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || fail "missing Debian packages (${missing[*]}) and no apt-get to install them"
  log "installing Debian packages: ${missing[*]} (apt-get update first)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # fonts-liberation: without any font the workbench renders empty boxes in screenshots.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" fonts-liberation ca-certificates >/dev/null
else
  log "Debian packages present: chromium, ripgrep, libkrb5-dev"
fi
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium not found after installing the chromium package"
RG="$(command -v rg)" || fail "rg (ripgrep) not on PATH"

# ---------------------------------------------------------------- 2. code-server
if [ -z "${FORCE:-}" ] && [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$CODE_SERVER_VERSION" ] && [ -f "$ENTRY" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in $DEST (marker found), reusing it"
  exit 0
fi

mkdir -p "$DEST"
# Two checkouts' test runs may start setup at once: one installs, the other waits.
exec 9>"$DEST.lock"
if ! flock -n 9; then
  log "another setup is installing into $DEST; waiting for it"
  flock 9
  if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$CODE_SERVER_VERSION" ] && [ -f "$ENTRY" ]; then
    log "code-server $CODE_SERVER_VERSION is now installed, reusing it"
    exit 0
  fi
fi
rm -f "$MARKER"

# node-gyp would download the Node headers from the internet; use the ones installed beside node.
NODE_PREFIX="$(cd "$(dirname "$(command -v node)")/.." && pwd)"
if [ -f "$NODE_PREFIX/include/node/common.gypi" ]; then
  export npm_config_nodedir="$NODE_PREFIX"
fi
# node-gyp: compile with every core.
export JOBS=max
export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

cd "$DEST"
[ -f package.json ] || printf '{ "name": "counterpoint-code-server", "private": true }\n' > package.json

log "step 1/6: npm install code-server@$CODE_SERVER_VERSION (a few minutes the first time)"
npm install --ignore-scripts --loglevel=error "code-server@$CODE_SERVER_VERSION" >/dev/null

VSCODE_DIR="$DEST/node_modules/code-server/lib/vscode"
[ -d "$VSCODE_DIR" ] || fail "code-server package has no lib/vscode folder: $VSCODE_DIR"
cd "$VSCODE_DIR"

log "step 2/6: npm install VS Code's production dependencies (lib/vscode)"
npm install --omit=dev --ignore-scripts --loglevel=error >/dev/null

log "step 3/6: rebuilding native modules of lib/vscode"
# Every package with an install script or a binding.gyp, except @vscode/ripgrep (its install downloads rg).
mapfile -t natives < <(node -e '
  const fs = require("fs"), path = require("path");
  const root = "node_modules", out = [];
  const visit = (dir, name) => {
    let pkg; try { pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")); } catch { return; }
    const s = pkg.scripts || {};
    if (s.install || s.preinstall || s.postinstall || fs.existsSync(path.join(dir, "binding.gyp"))) out.push(name);
  };
  for (const e of fs.readdirSync(root)) {
    if (e.startsWith(".")) continue;
    if (e.startsWith("@")) for (const s of fs.readdirSync(path.join(root, e))) visit(path.join(root, e, s), e + "/" + s);
    else visit(path.join(root, e), e);
  }
  console.log(out.filter((n) => n !== "@vscode/ripgrep").sort().join("\n"));
')
log "  native packages: ${natives[*]}"
if [ ${#natives[@]} -gt 0 ]; then
  npm rebuild --loglevel=error "${natives[@]}" >/dev/null
fi

log "step 4/6: ripgrep from Debian ($RG) for VS Code's search"
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$RG" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar

log "step 5/6: npm install the built-in extensions' dependencies"
(cd extensions && npm install --omit=dev --ignore-scripts --loglevel=error >/dev/null)

log "step 6/6: rebuilding argon2 (code-server's password hashing)"
cd "$DEST"
npm rebuild --loglevel=error argon2 >/dev/null

[ -f "$ENTRY" ] || fail "install finished but $ENTRY is missing"
node "$ENTRY" --version >/dev/null 2>&1 || fail "code-server does not start: node $ENTRY --version failed"
printf '%s' "$CODE_SERVER_VERSION" > "$MARKER"
log "code-server $CODE_SERVER_VERSION ready in $DEST ($(( $(date +%s) - started )) s)"
