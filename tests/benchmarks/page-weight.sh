#!/usr/bin/env bash
# Page weight: the bytes of article pages (raw and as the site sends them with Brotli) and what they are made of
# (head, navigation, popovers, citation numbers, reference list, ...: tests/benchmarks/page_parts.py), for real
# articles and for a synthetic article at N = 10 and 1,000 articles (tests/benchmarks/ScaleContent), so what
# grows with the number of articles shows.
# Usage: tests/benchmarks/page-weight.sh   (env: PORT=5630, PAGES="/faq /overview", SIZES="10 1000")
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-5630}
pages=(${PAGES:-/faq /overview})
sizes=(${SIZES:-10 1000})
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${site:-}" ] && kill "$site" 2>/dev/null || true' EXIT

dotnet build -c Release -v quiet -nologo src/Sciatica.Web >/dev/null
dotnet build -c Release -v quiet -nologo tests/benchmarks/ScaleContent >/dev/null
web=src/Sciatica.Web/bin/Release/net10.0/Sciatica.Web.dll
site_url=http://127.0.0.1:$port

serve() {
  ASPNETCORE_ENVIRONMENT=Production dotnet "$web" --contentRoot "$PWD/src/Sciatica.Web" --urls "$site_url" \
    --Content:Root="$1" --Site:BaseUrl=https://sciatica.example.org --Serilog:MinimumLevel:Default=Warning >"$work/site.log" 2>&1 &
  site=$!
  until curl -fs -o /dev/null "$site_url/"; do
    kill -0 "$site" 2>/dev/null || { cat "$work/site.log"; exit 1; }
    sleep 0.1
  done
}

stop() { kill "$site"; wait "$site" 2>/dev/null || true; site=; }

measure() { # label path
  curl -fs "$site_url$2" -o "$work/page.html"
  brotli=$(curl -fs -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$site_url$2")
  # The site's own Brotli setting may change; quality 11 (the smallest) compares pages, whatever the site sends.
  smallest=$(node -e 'const z = require("zlib"); console.log(z.brotliCompressSync(require("fs").readFileSync(process.argv[1]), { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length)' "$work/page.html")
  echo "== $1 $2: $(wc -c <"$work/page.html") bytes; Brotli as the site sends it $brotli, at quality 11 $smallest"
  printf '| part | elements | bytes |\n|---|---:|---:|\n'
  python3 tests/benchmarks/page_parts.py "$work/page.html" | awk -F'\t' '{ printf "| %s | %s | %s |\n", $1, $2, $3 }'
}

echo "== load average $(cut -d' ' -f1-3 /proc/loadavg)"
serve "$PWD/content"
for path in "${pages[@]}"; do measure "real content" "$path"; done
stop
for n in "${sizes[@]}"; do
  dotnet tests/benchmarks/ScaleContent/bin/Release/net10.0/ScaleContent.dll "$work/content-$n" "$n" >/dev/null
  serve "$work/content-$n"
  measure "$n synthetic articles" /topic-0001
  stop
done
echo "== load average after $(cut -d' ' -f1-3 /proc/loadavg)"
