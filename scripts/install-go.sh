#!/usr/bin/env bash
# Makes a Go toolchain new enough for tests/interop/go (its go.mod says go 1.26.0; franz-go
# and Sarama need it) available, and prints the path of its `go` binary on stdout.
#
# Debian 12's golang-go is Go 1.19, too old, and too old to switch toolchains by itself
# (GOTOOLCHAIN exists from Go 1.21). So, in order:
#   1. a `go` >= 1.21 already on PATH or in /usr/local/go: used as is; it fetches the toolchain
#      go.mod asks for from the Go module proxy by itself (GOTOOLCHAIN=auto);
#   2. else the pinned toolchain below, downloaded once as the Go module
#      golang.org/toolchain@v0.0.1-go$GO_TOOLCHAIN.linux-<arch> (what GOTOOLCHAIN does) by
#      Debian's Go (installed with apt if missing), unpacked under $GANNET_GO_ROOT.
# Idempotent: later runs find it and print its path at once.
set -euo pipefail

GO_TOOLCHAIN=1.26.8
GANNET_GO_ROOT=${GANNET_GO_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/gannet/go$GO_TOOLCHAIN}

# go version -> 0 if at least 1.21.
recent_enough() {
  local v
  v=$("$1" env GOVERSION 2>/dev/null) || return 1
  v=${v#go}
  local major=${v%%.*} rest=${v#*.}
  local minor=${rest%%[.a-z]*}
  [ "$major" -gt 1 ] || { [ "$major" -eq 1 ] && [ "$minor" -ge 21 ]; }
}

for candidate in "$(command -v go || true)" /usr/local/go/bin/go "$GANNET_GO_ROOT/bin/go"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ] && recent_enough "$candidate"; then
    echo "$candidate"
    exit 0
  fi
done

# Debian's Go, only to download the toolchain module.
bootstrap=$(command -v go || true)
if [ -z "$bootstrap" ]; then
  for d in /usr/lib/go-*/bin/go; do [ -x "$d" ] && bootstrap=$d; done
fi
if [ -z "$bootstrap" ]; then
  echo "install-go.sh: installing Debian's golang-go to fetch Go $GO_TOOLCHAIN" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends golang-go >/dev/null
  bootstrap=$(command -v go)
fi

case "$(uname -m)" in
  x86_64) arch=amd64 ;;
  aarch64) arch=arm64 ;;
  *) echo "install-go.sh: unsupported machine $(uname -m)" >&2; exit 1 ;;
esac
module="golang.org/toolchain@v0.0.1-go$GO_TOOLCHAIN.linux-$arch"
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
echo "install-go.sh: downloading $module from the Go module proxy" >&2
# A throwaway module cache: the module's files are unpacked read-only and without exec bits.
dir=$(cd "$tmp" && GOMODCACHE="$tmp/mod" GOFLAGS=-modcacherw GO111MODULE=on "$bootstrap" mod download -json "$module" |
  sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -n "$dir" ] && [ -f "$dir/bin/go" ] || { echo "install-go.sh: download of $module failed" >&2; exit 1; }
mkdir -p "$(dirname "$GANNET_GO_ROOT")"
rm -rf "$GANNET_GO_ROOT.partial"
cp -r "$dir" "$GANNET_GO_ROOT.partial"
chmod -R u+w "$GANNET_GO_ROOT.partial"
chmod +x "$GANNET_GO_ROOT.partial"/bin/* "$GANNET_GO_ROOT.partial"/pkg/tool/*/*
rm -rf "$GANNET_GO_ROOT"
mv "$GANNET_GO_ROOT.partial" "$GANNET_GO_ROOT"
"$GANNET_GO_ROOT/bin/go" version >&2
echo "$GANNET_GO_ROOT/bin/go"
