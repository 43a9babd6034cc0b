#!/usr/bin/env bash
# Lighthouse (mobile preset: a mid-range phone on slow 4G, CPU slowed 4x) on every reader page of the
# published site: the four category scores and total blocking time per page.
# Usage: tests/benchmarks/lighthouse.sh [PATH ...]   (default: home, every article, sources, a search)
# env: LIGHTHOUSE_PORT (5520), CHROME_PATH (/usr/bin/chromium)
# Installs Lighthouse from npm into the git-ignored .tools/lighthouse on first run (npm and Chromium
# from Debian when missing). The machine is shared: the load average is printed before and after.
set -euo pipefail

PORT=${LIGHTHOUSE_PORT:-5520}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
LIGHTHOUSE_VERSION=12.2.3 # 13.x needs Node 22
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TOOLS=$ROOT/.tools/lighthouse
WORK=$(mktemp -d /tmp/sciatica-lighthouse.XXXXXX)
SITE_PID=""

cleanup() {
  [[ -n $SITE_PID ]] && kill "$SITE_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need npm npm
need chromium chromium
LIGHTHOUSE=$TOOLS/node_modules/.bin/lighthouse
if [[ ! -x $LIGHTHOUSE ]]; then
  npm install --prefix "$TOOLS" --no-audit --no-fund --save-exact "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet publish "$ROOT/src/Sciatica.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$WORK/site" -v q -nologo >/dev/null

SITE=http://127.0.0.1:$PORT
# Production as deployed; the public address is only written into canonical URLs and the like.
ASPNETCORE_ENVIRONMENT=Production Content__Root="$ROOT/content" Site__BaseUrl=https://sciatica.example.org \
  Serilog__MinimumLevel__Default=Warning "$WORK/site/Sciatica.Web" --urls "$SITE" >"$WORK/site.log" 2>&1 &
SITE_PID=$!
until curl -fs -o /dev/null "$SITE/"; do
  kill -0 "$SITE_PID" 2>/dev/null || { cat "$WORK/site.log"; exit 1; }
  sleep 0.2
done

if [[ $# -gt 0 ]]; then
  paths=("$@")
else
  mapfile -t paths < <(curl -fs "$SITE/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -E 's|<loc>https?://[^/]+||; s|</loc>||')
  paths+=("/search?q=scan")
fi

printf '| page | performance | accessibility | best practices | SEO | TBT ms | style & layout ms | parse HTML ms | elements | audits not passed |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n'
for path in "${paths[@]}"; do
  report=$WORK/report.json keep=()
  if [[ -n ${LIGHTHOUSE_REPORTS:-} ]]; then # the report and, beside it, the page's trace (--save-assets)
    mkdir -p "$LIGHTHOUSE_REPORTS"
    report=$LIGHTHOUSE_REPORTS/$(echo "${path#/}" | tr -c 'a-zA-Z0-9-\n' '_' | sed 's/^$/home/').json keep=(--save-assets)
  fi
  "$LIGHTHOUSE" "$SITE$path" --quiet --output=json --output-path="$report" "${keep[@]}" \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --disable-background-networking --disable-component-update --disable-sync" \
    >/dev/null 2>"$WORK/lighthouse.log" || { cat "$WORK/lighthouse.log"; exit 1; }
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const score = id => Math.round(r.categories[id].score * 100);
    const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map(a => a.id);
    const tbt = Math.round(r.audits["total-blocking-time"].numericValue);
    const work = group => Math.round(r.audits["mainthread-work-breakdown"].details.items.find(i => i.group === group)?.duration ?? 0);
    const elements = r.audits["dom-size"].numericValue;
    console.log(`| ${process.argv[2]} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ${tbt} | ${work("styleLayout")} | ${work("parseHTML")} | ${elements} | ${failed.join(", ")} |`);
  ' "$report" "$path"
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
