#!/usr/bin/env bash
# Handout length: each page's print (reference list folded, as it opens: the handout) in Chromium's print-to-PDF
# on A4, with the number of A4 pages and the words printed past the second page (roughly what must go for it to fit
# on two). Every article and the About page, as the sitemap lists them.
# Usage: tests/benchmarks/handout-pages.sh   (env: PORT=5917, CONFIG=Debug, PAGES="/faq /overview", KEEP=/tmp/dir keeps the PDFs)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-5917}
config=${CONFIG:-Debug}
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${site:-}" ] && kill "$site" 2>/dev/null || true' EXIT

dotnet build -c "$config" -v quiet -nologo src/Sciatica.Web >/dev/null
site_url=http://127.0.0.1:$port
if curl -s -o /dev/null "$site_url/"; then echo "port $port is in use: set PORT" >&2; exit 1; fi
# Development: a build's output (not a publish) serves its stylesheet only through the development asset manifest;
# the editor panel it adds does not print.
ASPNETCORE_ENVIRONMENT=Development dotnet "src/Sciatica.Web/bin/$config/net10.0/Sciatica.Web.dll" --contentRoot "$PWD/src/Sciatica.Web" \
  --urls "$site_url" --Content:Root="$PWD/content" --Site:BaseUrl=https://sciatica.example.org --Serilog:MinimumLevel:Default=Warning >"$work/site.log" 2>&1 &
site=$!
until curl -fs -o /dev/null "$site_url/"; do
  kill -0 "$site" 2>/dev/null || { cat "$work/site.log"; exit 1; }
  sleep 0.1
done

if [ -n "${PAGES:-}" ]; then
  pages=($PAGES)
else
  # Articles and the About page: every sitemap address but the home page and the references page.
  pages=($(curl -fs "$site_url/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -E 's#<loc>https?://[^/]+##; s#</loc>##' | grep -vxE '/?|/references'))
fi

echo "== load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| page | A4 pages | words past page 2 |\n|---|---:|---:|\n'
for path in "${pages[@]}"; do
  pdf="$work/${path#/}.pdf"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$pdf" "$site_url$path" >/dev/null 2>&1
  count=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
  over=0
  if [ "$count" -gt 2 ]; then over=$(pdftotext -f 3 "$pdf" - | wc -w); fi
  printf '| %s | %s | %s |\n' "$path" "$count" "$over"
  if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && cp "$pdf" "$KEEP/"; fi
done
echo "== load average after $(cut -d' ' -f1-3 /proc/loadavg)"
