#!/usr/bin/env bash
# Benchmarks the api-service jar with a real Keycloak token (see ../README.md, section api-service).
# Usage: bench/api/run.sh [connections=32] [warm-up seconds=10] [measured seconds per round=15]
# BENCH_ENDED_SESSIONS=N: N ended sessions of other users in the shared table while measuring (default 0).
# Needs: JDK 21+ (JAVA_HOME), wrk (Debian package wrk), PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres),
# the Keycloak distribution zip in the local Maven repository. Builds what is missing. Do not run it while the same
# checkout runs its Keycloak integration tests: both use <checkout>/target/keycloak.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# The launcher's helpers: its JDK lookup (JAVA_HOME if it is 21 or newer, else the newest such JDK under
# /usr/lib/jvm), its Maven invocation and its jar lookup.
ROOT="$root"
source "$root/launcher/common.sh"
find_jdk
command -v wrk > /dev/null || fail "wrk is needed: apt-get install wrk"
cd "$root"
mkdir -p "$here/target"
# One reactor build: keycloak-test-support comes from its target/, nothing is installed into the shared ~/.m2.
mvn_quiet package dependency:build-classpath -DskipTests -pl api-service -am -Dmdep.includeScope=test \
    -Dmdep.outputFile="$here/target/classpath.txt"
jar="$(built_jar api-service)"
"$JAVA_HOME/bin/java" -Dbench.logs="$here/target" -Dbench.ended-sessions="${BENCH_ENDED_SESSIONS:-0}" \
    -Dlogback.configurationFile="$root/api-service/src/main/resources/logback.xml" -cp "$(cat "$here/target/classpath.txt")" "$here/ApiBench.java" "$jar" "$@"
