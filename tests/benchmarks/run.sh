#!/usr/bin/env bash
# Benchmarks the published site against nginx serving the same article bytes, then load-tests it.
# Usage: tests/benchmarks/run.sh   (env: SITE_PORT, NGINX_PORT, ROUNDS, DURATION, CONNECTIONS, THREADS, ARTICLE, LOAD_DURATION, LOAD_CONNECTIONS)
# Prints: req/s, p50/p99 latency and errors for each server and the site/nginx ratio; time from
# process start to the first 200; working set after load; page + CSS size on the wire (Brotli);
# a load test over all pages with memory sampled after warm-up.
set -euo pipefail

SITE_PORT=${SITE_PORT:-5510}
NGINX_PORT=${NGINX_PORT:-5511}
DURATION=${DURATION:-5s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
# Many short rounds: this machine's speed drifts by a third over minutes (other tenants), so
# each site run is paired with an nginx run seconds later rather than one long run each.
ROUNDS=${ROUNDS:-8}
LOAD_DURATION=${LOAD_DURATION:-120}
LOAD_CONNECTIONS=${LOAD_CONNECTIONS:-256}
ARTICLE=${ARTICLE:-/overview}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/sciatica-bench.XXXXXX)
chmod 755 "$WORK" # nginx workers run as an unprivileged user
SITE_PID="" NGINX_PID=""

cleanup() {
  [[ -n $SITE_PID ]] && kill "$SITE_PID" 2>/dev/null || true
  [[ -n $NGINX_PID ]] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== publishing Release"
# ReadyToRun: precompiled code, so the first request does not wait for the JIT.
dotnet publish "$ROOT/src/Sciatica.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$WORK/site" -v q -nologo >/dev/null

SITE=http://127.0.0.1:$SITE_PORT
now_ms() { date +%s%3N; }
start=$(now_ms)
ASPNETCORE_ENVIRONMENT=Production Content__Root="$ROOT/content" Site__BaseUrl=https://sciatica.example.org Serilog__MinimumLevel__Default=Information \
  "$WORK/site/Sciatica.Web" --urls "$SITE" >"$WORK/site.log" 2>&1 &
SITE_PID=$!
# Poll without starting a process per try (curl and sleep every 5 ms took CPU from the starting
# site on two cores): try the port with bash's /dev/tcp, wait on a silent pipe, then ask once.
exec {idle}<> <(:)
until [[ $(curl -s -o /dev/null -w '%{http_code}' "$SITE$ARTICLE" || true) == 200 ]]; do
  until { : 3<>"/dev/tcp/127.0.0.1/$SITE_PORT"; } 2>/dev/null; do
    kill -0 "$SITE_PID" 2>/dev/null || { cat "$WORK/site.log"; exit 1; }
    read -r -t 0.005 -u "$idle" || true
  done
done
first_200=$(( $(now_ms) - start ))

mkdir -p "$WORK/www"
curl -s "$SITE$ARTICLE" -o "$WORK/www/article.html"
# Page weight as a browser gets it: Brotli page plus Brotli stylesheet.
page_br=$(curl -s -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$SITE$ARTICLE")
css=$(grep -o 'href="/css/[^"]*"' "$WORK/www/article.html" | head -1 | cut -d'"' -f2)
css_br=$(curl -s -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$SITE$css")
cat >"$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;
  uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  sendfile on; tcp_nopush on; keepalive_requests 100000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location = $ARTICLE { default_type "text/html; charset=utf-8"; try_files /article.html =404; }
  }
}
NGINX
mkdir -p "$WORK/tmp"
# Something else on the port would be measured in nginx's place: refuse instead.
if { : 3<>"/dev/tcp/127.0.0.1/$NGINX_PORT"; } 2>/dev/null; then echo "port $NGINX_PORT is in use"; exit 1; fi
nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
NGINX=http://127.0.0.1:$NGINX_PORT
until curl -s -o /dev/null "$NGINX$ARTICLE"; do
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/nginx-error.log"; exit 1; }
  sleep 0.05
done
cmp -s <(curl -s "$NGINX$ARTICLE") "$WORK/www/article.html" || { echo "nginx does not serve the same bytes"; exit 1; }

# wrk summary as "rps p50_ms p99_ms errors": socket errors plus non-2xx/3xx responses.
run_wrk() {
  wrk -t"$THREADS" -c"$1" -d"$2" --latency "${@:3}" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Socket errors/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx/ { errors += $5 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, errors }'
}

# The site's hot code is recompiled with profile data in its first seconds under load.
warm() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" "$1" >/dev/null; }
warm "$SITE$ARTICLE" 10s; warm "$NGINX$ARTICLE" 3s

echo "== $ARTICLE: $THREADS threads, $CONNECTIONS connections, $DURATION per run, $ROUNDS rounds in alternation"
printf '%-8s %-6s %10s %9s %9s %7s %7s\n' server round req/s p50_ms p99_ms errors ratio
declare -A total=([site]=0 [nginx]=0)
errors_site=0 site_rps=0
round_ratios=() site_p99s=()
for round in $(seq "$ROUNDS"); do
  for server in site nginx; do
    url=$([[ $server == site ]] && echo "$SITE$ARTICLE" || echo "$NGINX$ARTICLE")
    read -r rps p50 p99 errors < <(run_wrk "$CONNECTIONS" "$DURATION" "$url")
    round_ratio=""
    if [[ $server == site ]]; then
      site_rps=$rps errors_site=$(( errors_site + errors )) && site_p99s+=("$p99")
    else
      round_ratio=$(awk -v s="$site_rps" -v n="$rps" 'BEGIN { printf "%.2f", s / n }') && round_ratios+=("$round_ratio")
    fi
    printf '%-8s %-6s %10s %9s %9s %7s %7s\n' "$server" "$round" "$rps" "$p50" "$p99" "$errors" "$round_ratio"
    total[$server]=$(( ${total[$server]} + rps ))
  done
done
ratio=$(awk -v s="${total[site]}" -v n="${total[nginx]}" 'BEGIN { printf "%.2f", s / n }')
median() { printf '%s\n' "$@" | sort -n | awk '{ r[NR] = $1 } END { printf "%.2f", NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }'; }

rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$SITE_PID/status"; }
echo
echo "site/nginx throughput ratio:  $ratio (target >= 0.75; all rounds' requests; median of the rounds $(median "${round_ratios[@]}"))"
echo "site worst p99:               $(printf '%s\n' "${site_p99s[@]}" | sort -n | tail -1) ms (target <= 10 ms at $CONNECTIONS connections; median of the rounds $(median "${site_p99s[@]}") ms)"
echo "site errors:                  $errors_site (target 0)"
echo "process start to first 200:   $first_200 ms (target <= 500 ms)"
echo "working set after load:       $(( $(rss_kb) / 1024 )) MB"
echo "page + CSS on the wire (br):  $ARTICLE $page_br + $css $css_br = $(( (page_br + css_br) / 1024 )) KB (target <= 30 KB)"

# Load test: every page, round robin, many connections; memory sampled after a warm-up.
pages=$(grep -o 'href="/[a-z0-9-]*"' "$WORK/www/article.html" | cut -d'"' -f2 | sort -u)
{
  echo 'local paths = {'
  for p in $pages; do echo "  \"$p\","; done
  echo '}'
  echo 'local i = 0'
  echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i], { ["Accept-Encoding"] = (i % 2 == 0) and "br, gzip" or "gzip" }) end'
} >"$WORK/pages.lua"
echo
echo "== load test: $(echo "$pages" | wc -l) pages, $LOAD_CONNECTIONS connections, ${LOAD_DURATION}s"
# Working set every 5 s after a 20 s warm-up. The garbage collector moves it by some MB either way,
# so a leak shows as a steady rise (the fitted slope), not as a difference between two readings.
( sleep 20; for _ in $(seq $(( (LOAD_DURATION - 25) / 5 + 1 ))); do echo "$SECONDS $(rss_kb)"; sleep 5; done >"$WORK/rss" ) &
sampler=$!
read -r rps p50 p99 errors < <(run_wrk "$LOAD_CONNECTIONS" "${LOAD_DURATION}s" "$SITE" -s "$WORK/pages.lua")
wait "$sampler"
echo "req/s $rps, p50 $p50 ms, p99 $p99 ms, errors $errors"
awk '{ m[NR] = $2 / 1024; all = all sprintf(" %.0f", m[NR]); st += $1; sm += m[NR]; stt += $1 * $1; stm += $1 * m[NR]
       lo = NR == 1 || m[NR] < lo ? m[NR] : lo; hi = m[NR] > hi ? m[NR] : hi }
  END { slope = (NR * stm - st * sm) / (NR * stt - st * st) * 60
        printf "working set after warm-up (20 s), %d samples: first %.0f MB, last %.0f MB, range %.0f-%.0f MB, trend %+.1f MB/min\n  samples (MB):%s\n", NR, m[1], m[NR], lo, hi, slope, all }' "$WORK/rss"
echo "== machine afterwards: load average $(cut -d' ' -f1-3 /proc/loadavg)"
