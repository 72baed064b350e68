#!/usr/bin/env bash
# ctest's entry point for one integration suite: runs Debian's pytest (the
# clients are Debian packages for /usr/bin/python3) on the given test files,
# printing its output and keeping it in LOG, whose last line is pytest's
# summary (scripts/run-tests.sh prints it). pytest's "no tests ran" (5) fails.
#   run-pytest.sh LOG test_file.py...
set -uo pipefail
log=$1
shift
cd "$(dirname "$0")"
export PYTHONDONTWRITEBYTECODE=1
/usr/bin/python3 -m pytest -p no:cacheprovider -q -rfEsxX --durations=5 "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
if [ "$rc" -eq 5 ]; then
  echo "no tests ran" | tee -a "$log"
  exit 1
fi
exit "$rc"
