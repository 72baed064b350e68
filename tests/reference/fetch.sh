#!/usr/bin/env bash
# Lay Apache Kafka 3.9's runtime jars (broker, tools, ZooKeeper, logging) from
# Maven Central into the git-ignored cache dir, using the pinned pom.xml beside
# this script. Idempotent: a marker file holding the pom's checksum makes a
# second run a no-op. Prints the libs dir on stdout.
#   REF_DIST=dir   cache dir (default tests/reference/dist/kafka-<version>)
#   --force        refetch even if the marker matches
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

marker="$REF_DIST/.fetched"
want="$(sha256sum "$REF_DIR/pom.xml" | cut -d' ' -f1)"
if [ "${1:-}" != "--force" ] && [ -f "$marker" ] && [ "$(cat "$marker")" = "$want" ] \
   && [ -d "$REF_LIBS" ]; then
  echo "$REF_LIBS"
  exit 0
fi

command -v mvn >/dev/null || { echo "fetch.sh: mvn not found (apt-get install maven)" >&2; exit 1; }
mkdir -p "$REF_DIST"
tmp="$(mktemp -d "$REF_DIST/.libs.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
echo "fetch.sh: resolving Kafka $KAFKA_VERSION jars from Maven Central into $REF_LIBS" >&2
# REF_MVN_ARGS: extra mvn arguments, e.g. -Dmaven.repo.local=/some/dir
# shellcheck disable=SC2086
if ! mvn -B -q -Dstyle.color=never ${REF_MVN_ARGS:-} -f "$REF_DIR/pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DoutputDirectory="$tmp" -DincludeScope=runtime -DexcludeTypes=pom \
    >"$REF_DIST/fetch.log" 2>&1; then
  tail -n 40 "$REF_DIST/fetch.log" >&2
  echo "fetch.sh: mvn failed (full log: $REF_DIST/fetch.log)" >&2
  exit 1
fi
n="$(ls "$tmp"/*.jar | wc -l)"
for must in "kafka_2.13-$KAFKA_VERSION.jar" "kafka-tools-$KAFKA_VERSION.jar" \
            "kafka-clients-$KAFKA_VERSION.jar" zookeeper-3 reload4j-; do
  ls "$tmp"/"$must"* >/dev/null 2>&1 || { echo "fetch.sh: $must missing after fetch" >&2; exit 1; }
done
rm -rf "$REF_LIBS"
mv "$tmp" "$REF_LIBS"
trap - EXIT
echo "$want" > "$marker"
echo "fetch.sh: $n jars in $REF_LIBS" >&2
echo "$REF_LIBS"
