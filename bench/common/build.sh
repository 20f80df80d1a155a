# shellcheck shell=bash
# Sourced by bench/api/run.sh, bench/api-dpop/run.sh and bench/peers/run.sh once they have set $here (their folder).
root="$(cd "$here/../.." && pwd)"
# The launcher's helpers: its JDK lookup (JAVA_HOME if it is 21 or newer, else the newest such JDK under
# /usr/lib/jvm), its Maven invocation and its jar lookup.
ROOT="$root"
source "$root/launcher/common.sh"
find_jdk

# Builds the api-service jar ($jar) and the helpers in bench/common/, and sets $classpath for `java X.java`: the
# helpers, this checkout's test support (not a stale one from ~/.m2), then the api-service's test classpath.
build_bench() {
  cd "$root"
  mkdir -p "$here/target"
  # One reactor build: keycloak-test-support comes from its target/, nothing is installed into the shared ~/.m2.
  mvn_quiet package dependency:build-classpath -DskipTests -pl api-service -am -Dmdep.includeScope=test \
      -Dmdep.outputFile="$here/target/classpath.txt"
  jar="$(built_jar api-service)"
  classpath="$root/keycloak-test-support/target/classes:$(cat "$here/target/classpath.txt")"
  "$JAVA_HOME/bin/javac" -d "$root/bench/common/target/classes" -cp "$classpath" "$root"/bench/common/*.java
  classpath="$root/bench/common/target/classes:$classpath"
}
