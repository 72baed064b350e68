#!/usr/bin/env bash
# Creates (when missing or stale) the venv that runs the integration tests with
# PyPI's current confluent-kafka (requirements-pypi.txt) and prints its python.
#   pypi-venv.sh VENV_DIR
# The venv sees Debian's packages (pytest, kafka-python) through
# --system-site-packages; its own confluent-kafka shadows Debian's. Wheels are
# kept in a wheelhouse outside the build dir (GANNET_WHEELHOUSE, default
# ~/.cache/gannet/wheels), so a fresh build dir installs offline once they
# have been downloaded. Safe to run concurrently (flock).
set -euo pipefail
venv=$(realpath -m "$1")
here=$(cd "$(dirname "$0")" && pwd)
req="$here/requirements-pypi.txt"
wheels=${GANNET_WHEELHOUSE:-${XDG_CACHE_HOME:-$HOME/.cache}/gannet/wheels}
want=$(sha256sum "$req" | cut -d' ' -f1)

mkdir -p "$(dirname "$venv")" "$wheels"
exec 9>"$venv.lock"
flock 9
if [ "$(cat "$venv/.requirements-sha256" 2>/dev/null)" != "$want" ]; then
  rm -rf "$venv"
  # Debian's pip (python3-pip, seen through the system site packages) installs
  # into the venv: no ensurepip, which takes half a minute on a busy machine.
  /usr/bin/python3 -m venv --without-pip --system-site-packages "$venv" >&2
  pip=("$venv/bin/python" -m pip --disable-pip-version-check -q)
  if ! "${pip[@]}" install --no-index --find-links "$wheels" -r "$req" >&2 2>/dev/null; then
    "${pip[@]}" download --only-binary=:all: -d "$wheels" -r "$req" >&2
    "${pip[@]}" install --no-index --find-links "$wheels" -r "$req" >&2
  fi
  echo "$want" >"$venv/.requirements-sha256"
fi
echo "$venv/bin/python"
