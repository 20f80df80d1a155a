#!/usr/bin/env bash
# What the frontend client guard costs Keycloak's sign-in (see README.md). Bench.java starts the real Keycloak 26.5.6
# with our provider and the realm export through keycloak-test-support (free loopback ports, under
# <checkout>/target/keycloak; do not run it while the same checkout runs its Keycloak integration tests) and stops it
# at the end. Usage: bench/keycloak-guard/run.sh [workers=2] [measured seconds=120] [windows=12] [warm-up seconds=60]
# Needs: JDK 22+ for the multi-file source launcher (JAVA_HOME), the Keycloak distribution zip in the local Maven
# repository (any keycloak module's IT run resolves it). Builds what is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# The launcher's helpers: its JDK lookup (JAVA_HOME, else the newest JDK under /usr/lib/jvm; 22 or newer for the
# multi-file source launcher that runs Bench.java with its sibling sources), its Maven invocation and jar lookup.
ROOT="$root"
source "$root/launcher/common.sh"
find_jdk 22
cd "$root"
mvn_quiet install -DskipTests -pl keycloak-test-support,keycloak-provider -am
mkdir -p "$here/target"
mvn_quiet dependency:build-classpath -pl keycloak-test-support -Dmdep.outputFile="$here/target/classpath.txt"
classpath="$(cat "$here/target/classpath.txt"):$(built_jar keycloak-test-support)"
"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -cp "$classpath" "$here/Bench.java" "$@"
