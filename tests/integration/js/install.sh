#!/usr/bin/env bash
# Installs the pinned kafkajs (package-lock.json) into node_modules/ when it is
# missing or differs; test_kafkajs.py runs this before its tests.
set -euo pipefail
cd "$(dirname "$0")"
want=$(node -p 'require("./package-lock.json").packages["node_modules/kafkajs"].version')
have=$(node -p 'try { require("./node_modules/kafkajs/package.json").version } catch (e) { "" }')
if [ "$want" != "$have" ]; then
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
