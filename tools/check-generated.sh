#!/usr/bin/env bash
# Regenerates the protocol code into a temp dir and diffs it with the committed
# src/protocol/generated/. Skips (exit 0) when the Kafka schemas are not next to the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
schemas=../shared/kafka-protocol/messages
internal=../shared/kafka-protocol/internal
if [ ! -d "$schemas" ]; then
  echo "check-generated: $schemas not found; skipping"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 src/protocol/codegen/generate.py --schemas "$schemas" --internal-schemas "$internal" --out "$tmp/generated" >/dev/null
if ! diff -r "$tmp/generated" src/protocol/generated >"$tmp/diff"; then
  echo "check-generated: src/protocol/generated is stale; run 'make generate'" >&2
  head -50 "$tmp/diff" >&2
  exit 1
fi
echo "check-generated: src/protocol/generated is up to date"
