#!/usr/bin/env bash
# Starts one Keycloak (the Maven-resolved 26.5.6 distribution) with our provider and the realm export on free
# loopback ports, runs Bench.java against it, and stops it. Usage: ./run.sh [workers] [measured seconds] [windows] [warm-up seconds]
# Needs: a JDK 21+ (JAVA_HOME), keycloak-provider built (mvn -pl keycloak-provider package), the distribution zip
# in the local Maven repository (any keycloak module's IT run resolves it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# The launcher's JDK lookup: JAVA_HOME if it is 21 or newer, else the newest such JDK under /usr/lib/jvm.
ROOT="$root" source "$root/launcher/common.sh"
find_jdk
zip="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/26.5.6/keycloak-quarkus-dist-26.5.6.zip"
jar="$(ls "$root"/keycloak-provider/target/keycloak-provider-*.jar | head -1)"
work="$here/target"
home="$work/keycloak-26.5.6"

[ -d "$home" ] || { mkdir -p "$work" && unzip -q "$zip" -d "$work"; }
cmp -s "$jar" "$home/providers/keycloak-provider.jar" || cp "$jar" "$home/providers/keycloak-provider.jar"
mkdir -p "$home/data/import" && cp "$root/realm-config/frontgate-realm.json" "$home/data/import/"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port="$(free_port)"; management="$(free_port)"
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin "$home/bin/kc.sh" start-dev --import-realm \
    --db=dev-mem --http-host=127.0.0.1 --http-port="$port" --http-management-port="$management" \
    --health-enabled=true --hostname="http://localhost:$port" > "$work/keycloak.log" 2>&1 &
keycloak=$!
trap 'kill "$keycloak" 2>/dev/null; wait "$keycloak" 2>/dev/null || true' EXIT

for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$management/health/ready" > /dev/null && break
    kill -0 "$keycloak" 2>/dev/null || { tail -40 "$work/keycloak.log"; exit 1; }
    sleep 1
done
echo "Keycloak ready on http://localhost:$port (log: $work/keycloak.log)"
"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} "$here/Bench.java" "http://localhost:$port" "$@"
