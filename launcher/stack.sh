# Bringing the whole stack up and down, and telling people and scripts where it is.
stack_up() {
  if pid_alive keycloak || pid_alive api-service; then
    fail "the stack is already running (./frontgate status; ./frontgate down to stop it)"
  fi
  local started=$SECONDS
  require_free_port "$KEYCLOAK_PORT" "Keycloak" FRONTGATE_KEYCLOAK_PORT
  require_free_port "$KEYCLOAK_MANAGEMENT_PORT" "Keycloak management" FRONTGATE_KEYCLOAK_MANAGEMENT_PORT
  require_free_port "$API_PORT" "api-service" FRONTGATE_API_PORT
  require_free_port "$API_MANAGEMENT_PORT" "api-service management" FRONTGATE_API_MANAGEMENT_PORT
  require_free_port "$PROMETHEUS_PORT" "Prometheus" FRONTGATE_PROMETHEUS_PORT
  mkdir -p "$LOGS"
  prepare_in_parallel
  # The API needs no Keycloak to start (it fetches the keys in the background), nor does the React app:
  # all three start at once.
  start_keycloak
  start_api
  start_app
  start_prometheus
  await "Keycloak" keycloak keycloak_ready "${FRONTGATE_KEYCLOAK_TIMEOUT:-240}"
  await "api-service" api-service api_ready "${FRONTGATE_API_TIMEOUT:-90}"
  write_stack_env
  print_access_list $((SECONDS - started))
}

# The build, Keycloak's distribution and the React app's dependencies do not need each other: on a first start they
# take most of the time, so they run side by side. Each says what it does; a failure stops the start.
prepare_in_parallel() {
  local jobs=() job
  ensure_built & jobs+=($!)
  install_keycloak & jobs+=($!)
  if app_wanted > /dev/null; then install_app_dependencies & jobs+=($!); fi
  for job in "${jobs[@]}"; do
    wait "$job" || { wait; fail "the stack could not be prepared (see above)"; }
  done
}

await() {
  local label="$1" name="$2" check="$3" timeout="$4" waited=0
  printf '• starting %s ' "$label"
  until "$check"; do
    if ! pid_alive "$name"; then
      say "failed"; log_tail "$name"; stack_down >/dev/null; fail "$label exited during start (log: $LOGS/$name.log)"
    fi
    if [ "$waited" -ge "$timeout" ]; then
      say "timed out"; log_tail "$name"; stack_down >/dev/null; fail "$label was not ready within ${timeout}s"
    fi
    sleep 1; waited=$((waited + 1)); [ $((waited % 3)) -eq 0 ] && printf '.'
  done
  say " ready (${waited}s)"
}

stack_down() {
  stop_detached prometheus
  stop_detached react-app
  stop_detached api-service
  stop_detached keycloak
  rm -f "$STACK_ENV"
  say "frontgate: stopped"
}

stack_status() {
  local name url
  for name in keycloak api-service react-app prometheus; do
    case "$name" in keycloak) url="$KEYCLOAK_URL" ;; api-service) url="$API_URL" ;; prometheus) url="$PROMETHEUS_URL" ;;
      *) url="$APP_URL" ;; esac
    if pid_alive "$name"; then say "$name: running (pid $(cat "$RUN/$name.pid")) at $url"
    else say "$name: stopped"; fi
  done
}

stack_logs() {
  local name="${1:-}" follow="${2:-}"
  [ "$name" = -f ] && { follow=-f; name=""; }
  case "$name" in
    "") tail -n 50 ${follow:+-f} "$LOGS/keycloak.log" "$LOGS/api-service.log" ;;
    keycloak|api-service|react-app|prometheus) tail -n 100 ${follow:+-f} "$LOGS/$name.log" ;;
    *) fail "logs of what? keycloak, api-service, react-app or prometheus" ;;
  esac
}

write_stack_env() {
  mkdir -p "$FRONTGATE_HOME"
  cat > "$STACK_ENV" <<ENV
FRONTGATE_KEYCLOAK_URL=$KEYCLOAK_URL
FRONTGATE_ISSUER=$ISSUER
FRONTGATE_JWKS_URL=$ISSUER/protocol/openid-connect/certs
FRONTGATE_TOKEN_URL=$ISSUER/protocol/openid-connect/token
FRONTGATE_ADMIN_CONSOLE=$KEYCLOAK_URL/admin/master/console/
FRONTGATE_API_URL=$API_URL
FRONTGATE_CLIENT_ID=$CLIENT_ID
FRONTGATE_APP_URL=$APP_URL
ENV
  prometheus_env >> "$STACK_ENV"
}

print_access_list() {
  cat <<LIST

Frontgate is ready in ${1}s.
  Keycloak        $KEYCLOAK_URL   (realm $REALM, issuer $ISSUER)
  Admin console   $KEYCLOAK_URL/admin/master/console/   login $ADMIN_USER / $ADMIN_PASSWORD
  API             $API_URL   (GET /health open; /api/... needs a DPoP-bound token and a proof: docs/dpop.md)
  API docs        $API_URL/swagger-ui/index.html   (OpenAPI: $API_URL/openapi.yml)
  React app       $(pid_alive react-app && echo "$APP_URL" || echo "not running (cd examples/react-app && npm ci && npm run dev)")
  Demo users      alice / alice-demo (/editors, /team-a)   bob / bob-demo (/team-a)   carol / carol-demo (/team-b)
$(prometheus_access_line)
  Logs            ./frontgate logs [keycloak|api-service|react-app|prometheus]
  For scripts     $STACK_ENV

Try it (signs alice in and calls the API with a fresh DPoP proof; curl recipe: docs/dpop.md):
  ./frontgate call alice GET /api/me

LIST
}

# The README's test command: every module's tests, the React app's unit tests, then the whole stack end to end
# (the launcher's own checks and the browser tests), then the HA stack's drills.
run_tests() {
  (cd "$ROOT" && mvn_run verify)
  app_unit_tests
  "$ROOT/launcher/stack-test.sh"
  # The HA drills start a cluster of their own (about 4 minutes); they need HAProxy and say so when it is missing.
  if [ "${FRONTGATE_HA_TESTS:-1}" != 0 ]; then
    "$ROOT/launcher/ha-test.sh"
  else
    say "HA drills skipped (FRONTGATE_HA_TESTS=0)"
  fi
}
