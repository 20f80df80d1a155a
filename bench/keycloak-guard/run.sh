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
# The launcher's JDK lookup: JAVA_HOME if it is 21 or newer, else the newest such JDK under /usr/lib/jvm.
ROOT="$root" source "$root/launcher/common.sh"
find_jdk
[ "$(java_major "$JAVA_HOME")" -ge 22 ] || fail "bench/keycloak-guard runs Bench.java with its sibling sources, which
          needs the source launcher of JDK 22 or newer; $JAVA_HOME is older. Set JAVA_HOME to a newer JDK."
cd "$root"
mvn -B -q install -DskipTests -pl keycloak-test-support,keycloak-provider -am
mkdir -p "$here/target"
mvn -B -q dependency:build-classpath -pl keycloak-test-support -Dmdep.outputFile="$here/target/classpath.txt"
classpath="$(cat "$here/target/classpath.txt"):$(ls "$root"/keycloak-test-support/target/keycloak-test-support-*.jar)"
"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -cp "$classpath" "$here/Bench.java" "$@"
