#!/usr/bin/env bash
# `make interop-go`: the Go client tests (franz-go kgo/kadm, Sarama) against a Gannet broker
# that TestMain starts once. Pinned modules come from the Go module proxy on the first run
# (go.sum checks them) and from the module cache after. Prints go test's verbose output, keeps
# it in LOG, and ends with one summary line: "interop-go: N passed, N failed, N skipped".
#   run.sh [LOG]      env: GANNET_BIN (default build/src/server/gannet), INTEROP_BOOTSTRAP
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
log=${1:-$repo/build/tests/interop/interop-go.log}
mkdir -p "$(dirname "$log")"
log=$(cd "$(dirname "$log")" && pwd)/$(basename "$log")  # absolute: the tests run from $here
go=$("$repo/scripts/install-go.sh") || { echo "interop-go: no Go toolchain"; exit 1; }
export GANNET_BIN=${GANNET_BIN:-$repo/build/src/server/gannet}
# A Go between 1.21 and go.mod's version fetches the one go.mod names (the machine's go.env
# may say local).
export GOTOOLCHAIN=auto GOFLAGS=-mod=readonly
cd "$here"
"$go" test -count=1 -v -timeout 5m ./... 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
passed=$(grep -c '^--- PASS' "$log")
failed=$(grep -c '^--- FAIL' "$log")
skipped=$(grep -c '^--- SKIP' "$log")
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # a build error or a TestMain failure
if [ $((passed + failed)) -eq 0 ]; then echo "interop-go: no tests ran"; exit 1; fi
echo "interop-go: $passed passed, $failed failed, $skipped skipped" | tee -a "$log"
exit "$rc"
