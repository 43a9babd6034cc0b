#!/usr/bin/env bash
# Installs everything the tests need beyond the .NET SDK, so the tests themselves install nothing:
#   Debian: chromium and poppler-utils (browser tests, printing to PDF), default-jre-headless (Nu Html
#           Checker), nginx (the nginx example), nodejs + npm (Citation.js, Pagefind);
#   npm, into the git-ignored .tools/: the Nu Html Checker (vnu-jar), Citation.js and HTML_CodeSniffer;
#   npm's cache: the Pagefind that `sciatica export` runs through npx (the tests run npx offline).
# Idempotent: installs only what is missing or at another version. Debian packages need root (or sudo).
# Without this script `dotnet test` still runs, skipping each test whose tool is missing with one line saying so.
set -euo pipefail
cd "$(dirname "$0")/.."

# command:Debian package, installed when the command is missing (a machine may have Java or Node.js from elsewhere).
PROGRAMS=(chromium:chromium pdftotext:poppler-utils java:default-jre-headless nginx:nginx node:nodejs npm:npm)
VNU=vnu-jar@26.9.27
CITATION_JS=(@citation-js/core@0.7.21 @citation-js/plugin-bibtex@0.7.21 @citation-js/plugin-ris@0.7.21)
CODESNIFFER=html_codesniffer@2.5.1
# The version `export` runs, from the CLI's source, so the two never differ.
PAGEFIND=$(sed -n 's/.*const string Package = "\(pagefind@[^"]*\)".*/\1/p' src/Sciatica.Cli/Export/PagefindIndex.cs)

missing=()
for program in "${PROGRAMS[@]}"; do
  PATH="$PATH:/usr/sbin" command -v "${program%%:*}" >/dev/null || missing+=("${program#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  echo "setup: installing ${missing[*]} from Debian"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm_tool NAME PACKAGE@VERSION... [npm flags]: installs into .tools/NAME unless that exact list is there already.
npm_tool() {
  local folder=".tools/$1"; shift
  if [ "$(cat "$folder/.installed" 2>/dev/null)" != "$*" ]; then
    echo "setup: installing $* into $folder"
    rm -rf "$folder"
    npm install --prefix "$folder" --no-audit --no-fund --save-exact "$@" >/dev/null
    echo "$*" >"$folder/.installed"
  fi
}
# --ignore-scripts: the package's postinstall would download a Java runtime; Debian's is used.
npm_tool vnu "$VNU" --ignore-scripts
npm_tool citation-js "${CITATION_JS[@]}"
npm_tool html_codesniffer "$CODESNIFFER"

if ! npm_config_offline=true npx --yes "$PAGEFIND" --version >/dev/null 2>&1; then
  echo "setup: fetching $PAGEFIND into npm's cache"
  npx --yes "$PAGEFIND" --version >/dev/null
fi
echo "setup: everything the tests need is installed"
