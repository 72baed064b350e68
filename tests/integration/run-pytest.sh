#!/usr/bin/env bash
# ctest's entry point for one integration suite: runs Debian's pytest (the
# clients are Debian packages for /usr/bin/python3) on the given test files,
# printing its output and keeping it in LOG, whose last line is pytest's
# summary (scripts/run-tests.sh prints it). pytest's "no tests ran" (5) fails.
#   run-pytest.sh LOG test_file.py... [pytest args]
# GANNET_PYPI_VENV=DIR runs them with the venv of PyPI's current
# confluent-kafka instead (pypi-venv.sh creates it when missing).
set -uo pipefail
log=$1
shift
cd "$(dirname "$0")"
export PYTHONDONTWRITEBYTECODE=1
python=/usr/bin/python3
if [ -n "${GANNET_PYPI_VENV:-}" ]; then
  if ! python=$(./pypi-venv.sh "$GANNET_PYPI_VENV") || [ ! -x "$python" ]; then
    echo "could not create the PyPI venv in $GANNET_PYPI_VENV" | tee "$log"
    exit 1
  fi
  "$python" -c 'import confluent_kafka as c; print("confluent_kafka", c.version(), "librdkafka", c.libversion()[0])' | tee "$log.versions"
fi
"$python" -m pytest -p no:cacheprovider -q -rfEsxX --durations=5 "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
if [ "$rc" -eq 5 ]; then
  echo "no tests ran" | tee -a "$log"
  exit 1
fi
exit "$rc"
