#!/usr/bin/env bash
# Benchmarks the api-service jar with a real Keycloak token (see ../README.md, section api-service).
# Usage: bench/api/run.sh [connections=32] [warm-up seconds=10] [measured seconds per round=15]
# BENCH_ENDED_SESSIONS=N: N ended sessions of other users in the shared table while measuring (default 0).
# Needs: JDK 21+ (JAVA_HOME), wrk (Debian package wrk), PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres),
# the Keycloak distribution zip in the local Maven repository. Builds what is missing. Do not run it while the same
# checkout runs its Keycloak integration tests: both use <checkout>/target/keycloak.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# The launcher's helpers, the JDK and build_bench.
source "$here/../common/build.sh"
command -v wrk > /dev/null || fail "wrk is needed: apt-get install wrk"
build_bench
"$JAVA_HOME/bin/java" -Dbench.logs="$here/target" -Dbench.ended-sessions="${BENCH_ENDED_SESSIONS:-0}" \
    -Dlogback.configurationFile="$root/api-service/src/main/resources/logback.xml" -cp "$classpath" "$here/ApiBench.java" "$jar" "$@"
