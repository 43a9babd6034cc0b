#!/usr/bin/env bash
# Search at scale: for N = 10, 100, 1000 synthetic articles (tests/benchmarks/ScaleContent), starts the
# Release site on loopback and runs wrk against /search?q=sleep+heat (16 connections, 2 threads), printing
# req/s, p50 and p99, the p99 of a cached article page measured the same way just after (the machine's noise
# floor); also the size of an article page (the navigation must not grow with N).
# The search rate limit is raised for the run (one client, wrk, sends every request). Measuring starts once the
# page-cache warm-up has finished (it renders and compresses every page in the background after start-up, minutes
# at 1,000 articles on 2 cores, and would otherwise compete with the search for the CPU); its time is printed too.
# Usage: tests/benchmarks/search.sh [N ...]   (PORT=5620, DURATION=10s, CONNECTIONS=16)
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-10 100 1000}")
sizes=(${sizes[*]})
port=${PORT:-5620}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-16}
query=${QUERY:-/search?q=sleep+heat}
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${site:-}" ] && kill "$site" 2>/dev/null || true' EXIT
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

dotnet build -c Release -v quiet -nologo src/Sciatica.Web >/dev/null
dotnet build -c Release -v quiet -nologo tests/benchmarks/ScaleContent >/dev/null
web=src/Sciatica.Web/bin/Release/net10.0/Sciatica.Web.dll

# wrk prints latencies as 1.23ms / 456.78us / 1.95s: convert to milliseconds.
ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }'; }

printf '| articles | search req/s | p50 ms | p99 ms | errors | cached page p99 ms | article page bytes | page-cache warm-up s | load average |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for n in "${sizes[@]}"; do
  content="$work/content-$n"
  dotnet tests/benchmarks/ScaleContent/bin/Release/net10.0/ScaleContent.dll "$content" "$n" >/dev/null
  ASPNETCORE_ENVIRONMENT=Production dotnet "$web" --contentRoot "$PWD/src/Sciatica.Web" --urls "http://127.0.0.1:$port" \
    --Content:Root="$content" --Site:BaseUrl=https://sciatica.example --Serilog:MinimumLevel:Default=Warning \
    --Serilog:MinimumLevel:Override:Sciatica.Web.PageCache.PageCacheWarmUp=Information \
    --RateLimiting:Search:TokenLimit=100000 --RateLimiting:Search:TokensPerPeriod=100000 >"$work/site.log" 2>&1 &
  site=$!
  until grep -q 'Rendered and compressed' "$work/site.log"; do
    kill -0 "$site" 2>/dev/null || { cat "$work/site.log"; exit 1; }
    sleep 0.5
  done
  warmup=$(grep -o '"Elapsed":[0-9.]*' "$work/site.log" | head -1 | awk -F: '{ printf "%.0f", $2 / 1000 }')
  page_bytes=$(curl -fs "http://127.0.0.1:$port/topic-0001" | wc -c)
  # JIT warm-up: the search's hot code is recompiled at tier 1 under load.
  wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$port$query" >/dev/null
  wrk -t2 -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port$query" >"$work/wrk.txt"
  rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$work/wrk.txt")
  p50=$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt" | ms)
  p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt" | ms)
  errors=$(awk '/Non-2xx|Socket errors/ { s = s $0 " " } END { print (s == "" ? 0 : s) }' "$work/wrk.txt")
  # The noise floor: a page served from memory in well under a millisecond, measured the same way right after.
  # On a shared machine its p99 shows how much of the search's tail is other work's, not the search's.
  wrk -t2 -c"$connections" -d5s --latency "http://127.0.0.1:$port/topic-0001" >"$work/wrk-cached.txt"
  cached_p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk-cached.txt" | ms)
  kill "$site"; wait "$site" 2>/dev/null || true; site=
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$rps" "$p50" "$p99" "$errors" "$cached_p99" "$page_bytes" "$warmup" "$(cut -d' ' -f1 /proc/loadavg)"
done
