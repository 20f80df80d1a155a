#!/usr/bin/env bash
# Benchmarks the api-service jar with a real Keycloak token (see ../README.md, section api-service).
# Usage: bench/api/run.sh [connections=32] [warm-up seconds=10] [measured seconds per round=15]
# Needs: JDK 21+ (JAVA_HOME), wrk (Debian package wrk), PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres),
# the Keycloak distribution zip in the local Maven repository. Builds what is missing. Do not run it while the same
# checkout runs its Keycloak integration tests: both use <checkout>/target/keycloak.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# The launcher's JDK lookup: JAVA_HOME if it is 21 or newer, else the newest such JDK under /usr/lib/jvm.
ROOT="$root" source "$root/launcher/common.sh"
find_jdk
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
cd "$root"
mvn -B -q install -DskipTests -pl keycloak-test-support,keycloak-provider -am
mvn -B -q package -DskipTests -pl api-service
mkdir -p "$here/target"
mvn -B -q dependency:build-classpath -pl api-service -Dmdep.includeScope=test \
    -Dmdep.outputFile="$here/target/classpath.txt"
jar="$root/api-service/target/api-service-0.1.0-SNAPSHOT.jar"
"$JAVA_HOME/bin/java" -Dbench.logs="$here/target" \
    -Dlogback.configurationFile="$root/api-service/src/main/resources/logback.xml" -cp "$(cat "$here/target/classpath.txt")" "$here/ApiBench.java" "$jar" "$@"
