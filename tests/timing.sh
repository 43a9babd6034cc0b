#!/usr/bin/env bash
# Test timing: builds once, then runs each test project from the built tree and prints its wall time, the total,
# the whole suite and the fast loop (the tests that need only the SDK: no Browser, Nginx or Npm category).
# Beside each wall time: the CPU seconds (user + system) of every process the run started, and the machine's load
# average. On this shared 2-core machine the load decides the wall time as much as the code does; the CPU seconds
# move much less with it, so they are the figure to compare between runs at different loads.
# Usage: bash tests/timing.sh [--skip-fast]
set -uo pipefail
cd "$(dirname "$0")/.."

echo "== build"
dotnet build -v q -nologo >/dev/null || { echo "build failed"; exit 1; }

status=0
seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# The CPU seconds of every process a command starts: counted by a cpuacct cgroup where one can be made (root, cgroup
# v1), else by bash's time, which misses a test host that outlives the runner (the Web project's, after its browsers).
cgroups=/sys/fs/cgroup/cpuacct

run() { # label, then the dotnet test arguments
  local label=$1; shift
  local start end load_before cpu group="$cgroups/timing-$$" log="/tmp/timing-$$-${label//[\/ ]/_}.log"
  load_before=$(uptime | sed 's/.*load average: //')
  start=$(seconds)
  # No build servers: MSBuild's reused nodes would run the tests outside this shell and its cgroup.
  if mkdir "$group" 2>/dev/null; then
    ( echo "$BASHPID" >"$group/cgroup.procs"; exec dotnet test --no-build --disable-build-servers "$@" ) >"$log" 2>&1 || echo "FAILED" >>"$log"
    cpu=$(awk '{ printf "%.1f", $1 / 1e9 }' "$group/cpuacct.usage")
    while read -r pid; do echo "$pid" >"$cgroups/cgroup.procs"; done <"$group/cgroup.procs" # left running: tests/leftovers.sh names them
    rmdir "$group"
  else
    cpu=$( { TIMEFORMAT='%U %S'; time dotnet test --no-build --disable-build-servers "$@" >"$log" 2>&1 || echo "FAILED" >>"$log"; } 2>&1 | awk '{ printf "%.1f", $1 + $2 }')
  fi
  end=$(seconds)
  grep -q '^FAILED$' "$log" && { status=1; echo "FAILED: $label (log: $log)"; }
  printf '%-28s %7ss  cpu %6ss   load before %s, after %s\n' "$label" "$(elapsed "$start" "$end")" "$cpu" "$load_before" "$(uptime | sed 's/.*load average: //')"
}

echo "== each project (dotnet test --no-build)"
total_start=$(seconds)
for project in tests/*/*.Tests.csproj; do
  run "$(basename "$project" .csproj)" "$project"
done
echo "sum of projects              $(elapsed "$total_start" "$(seconds)")s"

echo "== whole suite"
run "dotnet test"

if [ "${1:-}" != "--skip-fast" ]; then
  echo "== fast loop"
  run "fast loop" --filter "Category!=Browser&Category!=Nginx&Category!=Npm"
fi
exit $status
