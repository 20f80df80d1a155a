#!/usr/bin/env bash
# The api-service, a stock Micronaut Security app and a Spring Boot resource server side by side, and the goals of
# issue #15 in one table (see ../README.md, section peers).
# Usage: bench/peers/run.sh [connections=32] [warm-up seconds=10] [measured seconds per round=15]
# Needs: JDK 21+ (JAVA_HOME; 25+ for the AOT cache), wrk and pgbench (Debian: wrk, postgresql-client),
# PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres). Builds what is missing; the peers are built from their own
# poms (they are not modules of the root build). Do not run it while the same checkout runs its Keycloak integration
# tests: both use <checkout>/target/keycloak. BENCH_DB names the database it re-creates (default frontgate_bench_peers).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# The bench keeps its own AOT cache under target/, apart from the local stack's.
FRONTGATE_HOME="$here/target"
# The launcher's helpers, the JDK and build_bench.
source "$here/../common/build.sh"
source "$root/launcher/api.sh"
for tool in wrk pgbench; do
  command -v "$tool" > /dev/null || fail "$tool is needed (apt-get install wrk postgresql-client)"
done
mkdir -p "$here/target/logs"
build_bench
mvn_quiet package -DskipTests -f "$here/micronaut/pom.xml"
mvn_quiet package -DskipTests -f "$here/spring/pom.xml"
options="$(api_java_options "$jar")"
training=""
if [[ "$options" == *-XX:AOTCacheOutput=* ]]; then
  training="$options"
  options="${options/-XX:AOTCacheOutput=/-XX:AOTCache=}"
fi
"$JAVA_HOME/bin/java" -Dbench.logs="$here/target/logs" -Dbench.db="${BENCH_DB:-frontgate_bench_peers}" \
    -Dbench.api.jar="$jar" -Dbench.api.options="$options" -Dbench.api.training.options="$training" \
    -Dbench.peer.micronaut="$here/micronaut/target/peer-micronaut-0.1.0-SNAPSHOT.jar" \
    -Dbench.peer.spring="$here/spring/target/peer-spring-0.1.0-SNAPSHOT.jar" \
    -Dbench.dpop.load="${BENCH_DPOP_LOAD:-}" \
    -Dlogback.configurationFile="$root/api-service/src/main/resources/logback.xml" \
    -cp "$classpath" "$here/PeersBench.java" "$@"
