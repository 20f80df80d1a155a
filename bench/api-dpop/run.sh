#!/usr/bin/env bash
# What DPoP costs the api-service (see ../README.md, section api-dpop): a Java load generator that signs a fresh proof
# per request. Usage: bench/api-dpop/run.sh [connections=32] [warm-up seconds=10] [measured seconds per round=15]
# Needs: JDK 21+ (JAVA_HOME), PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres; database frontgate_bench_dpop,
# or -Dbench.db=NAME through BENCH_JAVA_OPTS), the Keycloak distribution zip in the local Maven repository. Builds what
# is missing. Do not run it while the same checkout runs its Keycloak integration tests: both use
# <checkout>/target/keycloak.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# The launcher's helpers, the JDK and build_bench.
source "$here/../common/build.sh"
build_bench
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -Dbench.logs="$here/target" -cp "$classpath" \
    "$here/DpopBench.java" "$jar" "$@"
