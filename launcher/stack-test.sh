#!/usr/bin/env bash
# End-to-end check of the launcher on a scratch home: up, the printed token recipe against /api/me, refusals, a port
# conflict, the browser tests, a changed realm export, and down leaving no process behind.
# Keycloak gets free ports; the API and the React app get the ports the realm's redirect URIs name (8280, 5173).
# Prints "launcher: N passed, M failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
export FRONTGATE_HOME="$ROOT/target/stack-test"
export FRONTGATE_KEYCLOAK_PORT="$(free_port)" FRONTGATE_KEYCLOAK_MANAGEMENT_PORT="$(free_port)" FRONTGATE_API_PORT=8280
export FRONTGATE_API_MANAGEMENT_PORT="$(free_port)" FRONTGATE_PROMETHEUS_PORT="$(free_port)"
API="http://localhost:$FRONTGATE_API_PORT"
passed=0 failed=0
check() {
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "  ok   $name"; else failed=$((failed + 1)); echo "  FAIL $name"; fi
}
status_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
# The launcher's own helpers (port_in_use, $RUN, …) for the scratch home and ports set above.
source "$ROOT/launcher/common.sh"
pids() { cat "$RUN"/*.pid 2>/dev/null; }

export FRONTGATE_REALM_CONFIG="$FRONTGATE_HOME/realm-config"
# The React app's browser tests run against this stack when Chromium and npm are here; CI requires them.
browser_tests() {
  if [ -n "$app_port_taken" ]; then
    check "port 5173 is free for the React app under test (something else answers there)" false
  elif [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && command -v npm >/dev/null; then
    check "the React app's browser tests pass against the stack" \
      bash -c "cd '$ROOT/examples/react-app' && npm run test:browser"
  elif [ -n "${FRONTGATE_REQUIRE_BROWSER_TESTS:-}" ]; then
    check "Chromium and npm are installed for the browser tests" false
  else
    echo "  SKIPPED the React app's browser tests: install Chromium (apt-get install chromium) and Node.js to run them"
  fi
}

# Operations (docs/operations.md): metrics, the audit trail, and Prometheus watching both services. CI requires
# Prometheus; elsewhere its checks are skipped with a message when the package is missing.
operations_checks() {
  check "the API's metrics name the 401 above" \
    bash -c "curl -s '$(stack_env FRONTGATE_API_METRICS_URL)' | grep -q 'frontgate_refusals_total{outcome=\"missing_token\",reason=\"no_token\",route=\"/api/me\"} [1-9]'"
  check "the audit trail holds the 401 above" grep -q '"route":"/api/me","status":401,"outcome":"missing_token"' \
    "$(stack_env FRONTGATE_AUDIT_LOG)"
  if ! command -v prometheus >/dev/null; then
    if [ -n "${FRONTGATE_REQUIRE_PROMETHEUS:-}" ]; then check "Prometheus is installed" false
    else echo "  SKIPPED Prometheus' checks: install it (apt-get install prometheus) to run them"; fi
    return
  fi
  check "stack.env names Prometheus" grep -qx "FRONTGATE_PROMETHEUS_URL=http://localhost:$FRONTGATE_PROMETHEUS_PORT" \
    "$FRONTGATE_HOME/stack.env"
  check "Prometheus reports every target up" all_targets_up "http://127.0.0.1:$FRONTGATE_PROMETHEUS_PORT"
  check "promtool check rules passes on the alert rules" promtool check rules "$ROOT/deploy/prometheus/alerts.yml"
  check "the alert rules' unit tests pass" promtool test rules "$ROOT/deploy/prometheus/alerts.test.yml"
}
stack_env() { sed -n "s/^$1=//p" "$FRONTGATE_HOME/stack.env"; }
# Asks Prometheus' HTTP API until both jobs report up == 1 (scrapes run every 5 s; generous for a loaded machine).
all_targets_up() {
  python3 - "$1" <<'PY'
import json, sys, time, urllib.request
deadline, jobs = time.time() + 120, {}
while True:
    try:
        answer = json.load(urllib.request.urlopen(sys.argv[1] + "/api/v1/query?query=up", timeout=5))
        jobs = {sample["metric"]["job"]: sample["value"][1] for sample in answer["data"]["result"]}
        if set(jobs) == {"api-service", "keycloak"} and set(jobs.values()) == {"1"}:
            sys.exit(0)
    except OSError as e:
        jobs = {"error": str(e)}
    if time.time() > deadline:
        print("    Prometheus says:", jobs)
        sys.exit(1)
    time.sleep(2)
PY
}

app_port_taken="$(port_in_use 5173 && echo yes || true)"
if port_in_use "$FRONTGATE_API_PORT"; then
  echo "  FAIL port $FRONTGATE_API_PORT is in use: the stack under test needs it (the api-docs client's redirect URI names it)."
  echo "       Stop the running stack (./frontgate down) and run the tests again."
  echo "launcher: 0 passed, 1 failed"
  exit 1
fi
rm -rf "$FRONTGATE_HOME/run" "$FRONTGATE_HOME/logs" "$FRONTGATE_REALM_CONFIG" && mkdir -p "$FRONTGATE_HOME"
cp -r "$ROOT/realm-config" "$FRONTGATE_REALM_CONFIG"
trap '"$ROOT/frontgate" down >/dev/null 2>&1' EXIT
"$ROOT/frontgate" up | tee "$FRONTGATE_HOME/up.log"
check "up prints how long the stack took" grep -q "Frontgate is ready in [0-9]*s" "$FRONTGATE_HOME/up.log"
check "stack.env names the chosen API URL" grep -qx "FRONTGATE_API_URL=$API" "$FRONTGATE_HOME/stack.env"
status="$("$ROOT/frontgate" status)"
check "status reports Keycloak and the api-service running" \
  bash -c "grep -q '^keycloak: running' <<<'$status' && grep -q '^api-service: running' <<<'$status'"

TOKEN="$("$ROOT/frontgate" token alice 'openid read groups' 2>"$FRONTGATE_HOME/token.err")"; token_status=$?
check "token exits 0 and says nothing on stderr" bash -c "[ $token_status = 0 ] && [ ! -s '$FRONTGATE_HOME/token.err' ]"
# The README's curl recipe: the token is DPoP-bound, so each call carries a fresh proof of alice's key.
dpop_call() {
  local proof
  proof="$("${JAVA_HOME:+$JAVA_HOME/bin/}java" "$ROOT/launcher/DpopTool.java" "$FRONTGATE_HOME/dpop/alice.key" \
    GET "$API$2" "$1")"
  curl -s -H "Authorization: DPoP $1" -H "DPoP: $proof" "$API$2"
}
me="$(dpop_call "$TOKEN" /api/me)"
check "the printed token recipe works against /api/me" grep -q '"preferred_username":"alice"' <<<"$me"
check "the DPoP-bound token sent as Bearer is 401" \
  test "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$API/api/me")" = 401
check "./frontgate call makes a DPoP call" bash -c "'$ROOT/frontgate' call bob GET /api/me/groups | grep -q team-a"
check "/api/me without a token is 401" test "$(status_of "$API/api/me")" = 401
check "a wrong password gets no token" bash -c "! '$ROOT/frontgate' token alice 'openid read' wrong-password 2>/dev/null"
check "a second up is refused while running" bash -c "! '$ROOT/frontgate' up >/dev/null 2>&1"
check "a port in use is named" bash -c "FRONTGATE_HOME='$FRONTGATE_HOME-other' '$ROOT/frontgate' up 2>&1 | grep -q 'port $FRONTGATE_KEYCLOAK_PORT (Keycloak) is in use'"
operations_checks

browser_tests
"$ROOT/frontgate" down >/dev/null
python3 - "$FRONTGATE_REALM_CONFIG/frontgate-realm.json" <<'PY'
import json, sys
realm = json.load(open(sys.argv[1]))
realm["users"].append({"username": "dave", "enabled": True, "email": "dave@example.com", "emailVerified": True,
    "firstName": "Dave", "lastName": "Doe", "realmRoles": ["default-roles-frontgate"], "groups": ["/team-b"],
    "credentials": [{"type": "password", "value": "dave-demo", "temporary": False}]})
json.dump(realm, open(sys.argv[1], "w"))
PY
"$ROOT/frontgate" up > "$FRONTGATE_HOME/up-again.log"
check "a changed realm-config/ is re-imported on the next start" grep -q "realm-config/ changed" "$FRONTGATE_HOME/up-again.log"
check "an unchanged provider jar is not copied again" bash -c "! grep -q 'installing the changed' '$FRONTGATE_HOME/up-again.log'"
check "the user added to the realm export can sign in" test -n "$("$ROOT/frontgate" token dave 'openid read' 2>/dev/null)"

running="$(pids)"
"$ROOT/frontgate" down >/dev/null
leftover=""
for pid in $running; do kill -0 "$pid" 2>/dev/null && leftover="$leftover $pid"; done
leftover="$leftover$(pgrep -f "$FRONTGATE_HOME/keycloak" | tr '\n' ' ' || true)"
[ -z "${leftover// /}" ] || for pid in $leftover; do ps -o pid=,cmd= -p "$pid" | cut -c1-200; done
check "down leaves no process behind" test -z "${leftover// /}"
ports_free() { ! port_in_use "$FRONTGATE_API_PORT" && ! port_in_use "$FRONTGATE_KEYCLOAK_PORT"; }
check "down frees the ports" ports_free

echo "launcher: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
