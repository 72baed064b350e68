#!/usr/bin/env bash
# Installs the Debian 12 packages Gannet builds and tests with. Idempotent: only
# what is missing is installed. Used by the README's commands (via make) and .ci/run.
set -euo pipefail

PKGS=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config python3 clang clang-format libclang-rt-14-dev
  # broker libraries
  libboost1.81-dev libspdlog-dev libfmt-dev libyaml-cpp-dev libcli11-dev
  libzstd-dev liblz4-dev zlib1g-dev libsnappy-dev libzookeeper-mt-dev libssl-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # real clients for integration tests
  librdkafka-dev kcat python3-kafka python3-confluent-kafka
  # Java interop tests (tests/interop/java: Maven pulls the pinned jars from Maven Central)
  openjdk-17-jdk-headless maven
  # integration test runner and the codec libraries kafka-python uses
  python3-pytest python3-yaml python3-kazoo python3-lz4 python3-snappy python3-zstandard
  # the reference Apache Kafka 3.9.1 (tests/reference/, tests/differential/): jars via Maven
  openjdk-17-jdk-headless maven
)

# A Go toolchain for tests/interop/go (Debian's 1.19 is too old: see install-go.sh).
"$(dirname "$0")/install-go.sh" >/dev/null

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
