#!/usr/bin/env bash
# Search quality: for each patient query in tests/benchmarks/patient-queries.tsv (words as people type them, and the
# page that should come first), whether that page is among the first three results, on the live site (Release build,
# /search) and on the static copy (export with Pagefind, searched in Chromium by the copy's own page script).
# Prints one row per query and the share answered in the top 3, with the commit of the content measured.
# Usage: tests/benchmarks/search-quality.sh [live|static|both]   (PORT=5630, CONTENT=content, QUERIES=..., CONFIGURATION=Release)
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-both}
port=${PORT:-5630}
content=$(realpath "${CONTENT:-content}")
queries=${QUERIES:-tests/benchmarks/patient-queries.tsv}
configuration=${CONFIGURATION:-Release}
work=$(mktemp -d)
site=""
trap 'rm -rf "$work"; [ -n "$site" ] && kill "$site" 2>/dev/null || true' EXIT

echo "content: $(git log -1 --format='%h %cI' -- "$content") (HEAD $(git rev-parse --short HEAD)); load average $(cut -d' ' -f1-3 /proc/loadavg)"

# The first three result links' page names, one per line, from a search page's HTML on stdin.
top3() {
  python3 -c '
import sys, html.parser
class P(html.parser.HTMLParser):
    def __init__(s): super().__init__(); s.depth = 0; s.inlist = False; s.inh2 = False; s.pages = []
    def handle_starttag(s, tag, attrs):
        a = dict(attrs)
        if tag == "ol" and "search-results" in (a.get("class") or ""): s.inlist = True
        if s.inlist and tag == "h2": s.inh2 = True
        if s.inh2 and tag == "a": s.pages.append(a["href"].split("#")[0].strip("/"))
    def handle_endtag(s, tag):
        if tag == "h2": s.inh2 = False
        if tag == "ol": s.inlist = False
p = P(); p.feed(sys.stdin.read()); print("\n".join(p.pages[:3]))'
}

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$1"; }

# Runs each query through $1 (a function printing a search page's HTML for the encoded query) and scores it.
score() {
  local name=$1 fetch=$2 total=0 hits=0
  printf '| %s query | expected | top 3 | answered |\n|---|---|---|---|\n' "$name"
  while IFS=$'\t' read -r query expected; do
    [[ -z $query || $query == \#* ]] && continue
    got=$($fetch "$(urlencode "$query")" | top3 | paste -sd' ')
    total=$((total + 1))
    if [[ " $got " == *" $expected "* ]]; then hits=$((hits + 1)); ok=yes; else ok=no; fi
    printf '| %s | %s | %s | %s |\n' "$query" "$expected" "$got" "$ok"
  done <"$queries"
  printf '\n%s: %d of %d answered in the top 3 (%d %%)\n\n' "$name" "$hits" "$total" $((100 * hits / total))
}

live_fetch() { curl -fs "http://127.0.0.1:$port/search?q=$1"; }
# The page's script searches after load; until its status line says how many pages match, the search has not finished
# (on a busy machine the virtual time budget can run out first), so the page is read again.
static_fetch() {
  local html
  for _ in 1 2 3 4 5; do
    html=$(chromium --headless --no-sandbox --disable-gpu --disable-quic --disable-background-networking --disable-component-update \
      --disable-sync --virtual-time-budget=30000 --dump-dom "http://127.0.0.1:$port/search/?q=$1" 2>/dev/null)
    if grep -q 'id="search-status"[^>]*>[^<]*match' <<<"$html"; then printf '%s' "$html"; return; fi
  done
  echo "unfinished: $1" >&2
}

wait_for() { until curl -fs -o /dev/null "$1"; do kill -0 "$site" 2>/dev/null || { cat "$work/site.log"; exit 1; }; sleep 0.3; done; }

if [[ $mode == live || $mode == both ]]; then
  dotnet build -c "$configuration" -v quiet -nologo src/Sciatica.Web >/dev/null
  ASPNETCORE_ENVIRONMENT=Production dotnet src/Sciatica.Web/bin/$configuration/net10.0/Sciatica.Web.dll --contentRoot "$PWD/src/Sciatica.Web" \
    --urls "http://127.0.0.1:$port" --Content:Root="$content" --Site:BaseUrl=https://sciatica.example --Serilog:MinimumLevel:Default=Warning \
    --RateLimiting:Search:TokenLimit=100000 --RateLimiting:Search:TokensPerPeriod=100000 >"$work/site.log" 2>&1 &
  site=$!
  wait_for "http://127.0.0.1:$port/search?q=sciatica"
  score live live_fetch
  kill "$site"; wait "$site" 2>/dev/null || true; site=""
fi

if [[ $mode == static || $mode == both ]]; then
  dotnet build -c "$configuration" -v quiet -nologo src/Sciatica.Cli >/dev/null
  dotnet src/Sciatica.Cli/bin/$configuration/net10.0/Sciatica.Cli.dll export "$work/copy" --base-url https://sciatica.example --require-search \
    --content "$content" >"$work/export.log" 2>&1 || { cat "$work/export.log"; exit 1; }
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/copy" >"$work/site.log" 2>&1 &
  site=$!
  wait_for "http://127.0.0.1:$port/"
  score static static_fetch
fi
