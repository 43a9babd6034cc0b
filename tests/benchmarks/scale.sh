#!/usr/bin/env bash
# Scale benchmark: for N = 10, 100, 1000 synthetic articles (tests/benchmarks/ScaleContent), prints
# the site's content load time (as it logs it), its start-up time (process start to first 200 on /), its memory (RSS) after
# that, and the wall time of `check` and `export`. Release build; each figure is one run. CPU seconds
# (user + system) are printed beside the wall times: on a machine shared with other work, wall time
# measures the neighbours as much as this code.
# Usage: tests/benchmarks/scale.sh [N ...]   (PORT=5610 by default; binds 127.0.0.1 only)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-10 100 1000}")
sizes=(${sizes[*]})
port=${PORT:-5610}
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${site:-}" ] && kill "$site" 2>/dev/null || true' EXIT

dotnet build -c Release -v quiet -nologo src/Sciatica.Cli >/dev/null
dotnet build -c Release -v quiet -nologo tests/benchmarks/ScaleContent >/dev/null
cli=src/Sciatica.Cli/bin/Release/net10.0/Sciatica.Cli.dll
web=src/Sciatica.Web/bin/Release/net10.0/Sciatica.Web.dll

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
cpu() { awk '{ printf "%.2f", $1 + $2 }' "$1"; }

printf '| articles | content load s | start-up s (CPU s) | memory after load (MB) | check s (CPU s) | export s (CPU s) | exported files | load average |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  content="$work/content-$n"
  dotnet tests/benchmarks/ScaleContent/bin/Release/net10.0/ScaleContent.dll "$content" "$n" >/dev/null

  start=$(now)
  /usr/bin/time -f "%U %S" -o "$work/check.cpu" dotnet "$cli" check --content "$content" >"$work/check.log" || { cat "$work/check.log"; exit 1; }
  check="$(seconds "$start" "$(now)") ($(cpu "$work/check.cpu"))"

  start=$(now)
  ASPNETCORE_ENVIRONMENT=Production dotnet "$web" --contentRoot "$PWD/src/Sciatica.Web" --urls "http://127.0.0.1:$port" \
    --Content:Root="$content" --Site:BaseUrl=https://sciatica.example.org --Serilog:MinimumLevel:Default=Warning \
    --Serilog:MinimumLevel:Override:Sciatica.Web.Content.ContentStore=Information >"$work/site.log" 2>&1 &
  site=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$site" 2>/dev/null || { cat "$work/site.log"; exit 1; }
    sleep 0.05
  done
  startup="$(seconds "$start" "$(now)") ($(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$site/stat"))"
  curl -fs -o /dev/null "http://127.0.0.1:$port/topic-0001"
  # The site logs how long parsing, checking and rendering the content took ("... in N ms").
  load=$(grep -o 'errors in [0-9]* ms' "$work/site.log" | head -1 | awk '{ printf "%.2f", $3 / 1000 }')
  memory=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$site/status")
  kill "$site"; wait "$site" 2>/dev/null || true; site=

  start=$(now)
  /usr/bin/time -f "%U %S" -o "$work/export.cpu" dotnet "$cli" export "$work/out-$n" --base-url https://sciatica.test --content "$content" >/dev/null
  export_time="$(seconds "$start" "$(now)") ($(cpu "$work/export.cpu"))"
  files=$(find "$work/out-$n" -type f | wc -l)

  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$load" "$startup" "$memory" "$check" "$export_time" "$files" "$(cut -d' ' -f1 /proc/loadavg)"
done
