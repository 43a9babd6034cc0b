#!/usr/bin/env bash
# Test timing: builds once, then runs each test project from the built tree and prints its wall time,
# the total, and the fast loop (the tests that need only the SDK: no Browser, Nginx or Npm category).
# The machine's load average is printed beside the numbers because a busy machine makes them meaningless.
# Usage: bash tests/timing.sh [--skip-fast]
set -uo pipefail
cd "$(dirname "$0")/.."

echo "== build"
dotnet build -v q -nologo >/dev/null || { echo "build failed"; exit 1; }

status=0
seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

run() { # label, then the dotnet test arguments
  local label=$1; shift
  local start end load_before
  load_before=$(uptime | sed 's/.*load average: //')
  start=$(seconds)
  dotnet test --no-build "$@" >"/tmp/timing-$$-${label//\//_}.log" 2>&1 || { status=1; echo "FAILED: $label (log: /tmp/timing-$$-${label//\//_}.log)"; }
  end=$(seconds)
  printf '%-28s %7ss   load before %s, after %s\n' "$label" "$(elapsed "$start" "$end")" "$load_before" "$(uptime | sed 's/.*load average: //')"
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
