#!/usr/bin/env bash
# Usage: bash tests/leftovers.sh MARKER — after `SCIATICA_TEST_RUN=MARKER dotnet test`, lists (and stops) every
# process still running that the tests started (each inherits the marker in its environment), and fails if any.
# A test must stop what it starts: an orphaned nginx worker once held a pipe that kept a later run hanging.
set -uo pipefail
marker=${1:?usage: leftovers.sh MARKER}
left=()
for environ in /proc/[0-9]*/environ; do
  pid=${environ#/proc/}; pid=${pid%/environ}
  [ "$pid" != "$$" ] && grep -qaz "^SCIATICA_TEST_RUN=$marker\$" "$environ" 2>/dev/null && left+=("$pid")
done
[ ${#left[@]} -eq 0 ] && exit 0
echo "the tests left ${#left[@]} process(es) running:"
for pid in "${left[@]}"; do echo "  $pid $(tr '\0' ' ' </proc/"$pid"/cmdline 2>/dev/null)"; done
kill "${left[@]}" 2>/dev/null
exit 1
