#!/usr/bin/env bash
# The HA drills on real processes (loopback, bounded): ./frontgate up --ha on fresh databases in a scratch home, then
# through HAProxy the existing token, scope, group and rotation tests and the HA ITs (cluster formation, refresh on a
# second node, keycloak-1 killed during a refresh loop, a minute of load with api-1 killed, a realm change keeping
# runtime data), then down leaving no process behind. Needs haproxy, psql and the ports 8180, 8280, 8181.., 8281..
# Called by ./frontgate test (launcher/stack.sh); prints "ha: N passed, M failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export FRONTGATE_HOME="${FRONTGATE_HA_TEST_HOME:-$ROOT/target/ha-test}"
export FRONTGATE_HA_KEYCLOAK_DB="${FRONTGATE_HA_KEYCLOAK_DB:-frontgate_ha_test_keycloak}"
export FRONTGATE_HA_API_DB="${FRONTGATE_HA_API_DB:-frontgate_ha_test_api}"
source "$ROOT/launcher/common.sh"
passed=0 failed=0
check() {
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "  ok   $name"; else failed=$((failed + 1)); echo "  FAIL $name"; fi
}
finish() { echo "ha: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; }

if ! command -v haproxy >/dev/null; then
  if [ -n "${FRONTGATE_REQUIRE_HA_TESTS:-}" ]; then check "HAProxy is installed for the HA tests" false; finish; exit; fi
  echo "  SKIPPED the HA tests: install HAProxy (apt-get install haproxy) to run them"; exit 0
fi
for db in "$FRONTGATE_HA_KEYCLOAK_DB" "$FRONTGATE_HA_API_DB"; do
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db" || { check "PostgreSQL is reachable" false; finish; exit; }
done
rm -rf "$FRONTGATE_HOME/run" "$FRONTGATE_HOME/logs" "$FRONTGATE_HOME/ha"
mkdir -p "$FRONTGATE_HOME"
trap '"$ROOT/frontgate" down >/dev/null 2>&1' EXIT

"$ROOT/frontgate" up --ha | tee "$FRONTGATE_HOME/up.log"
check "up --ha starts 2 Keycloak nodes and 2 API replicas behind HAProxy" grep -q "Frontgate HA is ready" "$FRONTGATE_HOME/up.log"
check "stack.env names the Keycloak nodes" grep -q '^FRONTGATE_KEYCLOAK_NODES="http://localhost:8181 http://localhost:8182"' "$FRONTGATE_HOME/stack.env"
check "stack.env names the API replicas" grep -q '^FRONTGATE_API_NODES="http://localhost:8281 http://localhost:8282"' "$FRONTGATE_HOME/stack.env"
check "the issuer is the balancer's URL" grep -qx 'FRONTGATE_ISSUER=http://localhost:8180/realms/frontgate' "$FRONTGATE_HOME/stack.env"

# A replica's first write loads the data and transaction classes: seconds on a busy machine, more than the tests'
# 30 s request timeout on an overloaded one. Each replica gets its first requests here, directly (a DPoP call).
for node in $(sed -n 's/^FRONTGATE_API_NODES="\(.*\)"/\1/p' "$FRONTGATE_HOME/stack.env"); do
  check "$node accepts a write (warm-up)" "$ROOT/frontgate" call alice POST "$node/api/notes" \
    '{"title":"warm-up","body":"first write of this replica"}' >/dev/null
done

# The existing tests, unchanged, against the stack through the balancer; then the drills. One Maven run.
its="FrontendTokenIT,ScopeMatrixIT,GroupSharingIT,MeIT,KeyRotationIT,KeycloakFailoverIT,ReplicaFailoverIT,RealmChangeIT"
(cd "$ROOT" && find_jdk && mvn_run -q -fae -pl realm-config,api-service -am verify -Dtest=NoUnitTestsHere \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test="$its" \
  -Dfrontgate.keycloak.backend=stack -Dfrontgate.stack.env="$FRONTGATE_HOME/stack.env" -Dfrontgate.ha=true \
  -Dfrontgate.container.its.skip=true \
  -Dfrontgate.test.db.url="jdbc:postgresql://127.0.0.1:5432/$FRONTGATE_HA_API_DB") > "$FRONTGATE_HOME/its.log" 2>&1
its_status=$?
grep -hE '^(refresh loop|failover load):' "$FRONTGATE_HOME/its.log" | sed 's/^/  /'
[ "$its_status" = 0 ] || grep -E 'Tests run:.*Fail|FAIL|ERROR\]' "$FRONTGATE_HOME/its.log" | head -n 20
check "token, scope, group and rotation tests and the HA drills pass through the balancer ($its)" test "$its_status" = 0

running="$(cat "$RUN"/*.pid 2>/dev/null)"
"$ROOT/frontgate" down >/dev/null
leftover=""
for pid in $running; do kill -0 "$pid" 2>/dev/null && leftover="$leftover $pid"; done
check "down leaves no process behind" test -z "${leftover// /}"
finish
