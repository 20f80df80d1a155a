# The HA stack (./frontgate up --ha): N Keycloak nodes in production mode as one cluster, M api-service replicas,
# both on PostgreSQL, behind HAProxy on the usual URLs. Nodes are named keycloak-1.., api-1.. (kill/start/status).
HA_KEYCLOAK_PORT_BASE="${FRONTGATE_HA_KEYCLOAK_PORT_BASE:-8180}"              # keycloak-n: 8180 + n
HA_KEYCLOAK_MANAGEMENT_PORT_BASE="${FRONTGATE_HA_KEYCLOAK_MANAGEMENT_PORT_BASE:-9190}"  # 9190 + n
HA_KEYCLOAK_CLUSTER_PORT_BASE="${FRONTGATE_HA_KEYCLOAK_CLUSTER_PORT_BASE:-7800}"  # 7800 + 10 n (JGroups)
HA_API_PORT_BASE="${FRONTGATE_HA_API_PORT_BASE:-8280}"                        # api-m: 8280 + m
HA_API_MANAGEMENT_PORT_BASE="${FRONTGATE_HA_API_MANAGEMENT_PORT_BASE:-8380}"  # api-m's metrics: 8380 + m
HA_STATS_PORT="${FRONTGATE_HA_STATS_PORT:-8404}"
HA_PG="${FRONTGATE_HA_PG:-127.0.0.1:5432}"
HA_DB_USER="${FRONTGATE_HA_DB_USER:-postgres}"
HA_DB_PASSWORD="${FRONTGATE_HA_DB_PASSWORD:-}"
HA_KEYCLOAK_DB="${FRONTGATE_HA_KEYCLOAK_DB:-frontgate_ha_keycloak}"
HA_API_DB="${FRONTGATE_HA_API_DB:-frontgate_ha_api}"
HA_MARKER="$RUN/ha.nodes"    # "N M" while the HA stack runs: which nodes kill/start/status/down know of
HA_KEYCLOAK_NODES=2 HA_API_NODES=2

ha_jdbc_url() { echo "jdbc:postgresql://$HA_PG/$1"; }
ha_api_port() { echo $((HA_API_PORT_BASE + $1)); }
ha_api_url() { echo "http://localhost:$(ha_api_port "$1")"; }
ha_running() { [ -f "$HA_MARKER" ]; }
ha_load_marker() { ha_running && read -r HA_KEYCLOAK_NODES HA_API_NODES < "$HA_MARKER"; }

ha_parse_options() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --keycloak-nodes) HA_KEYCLOAK_NODES="${2:?--keycloak-nodes needs a number}"; shift 2 ;;
      --api-nodes) HA_API_NODES="${2:?--api-nodes needs a number}"; shift 2 ;;
      *) fail "unknown option '$1' for up --ha (--keycloak-nodes N, --api-nodes M)" ;;
    esac
  done
  [[ "$HA_KEYCLOAK_NODES" =~ ^[1-9]$ && "$HA_API_NODES" =~ ^[1-9]$ ]] || fail "node counts are 1 to 9"
}

ha_create_database() {
  command -v psql >/dev/null || fail "psql (PostgreSQL's client) is needed to create the HA databases"
  local sql=(psql -h "${HA_PG%:*}" -p "${HA_PG#*:}" -U "$HA_DB_USER" -d postgres -tAq)
  PGPASSWORD="$HA_DB_PASSWORD" "${sql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$1'" 2>/dev/null | grep -q 1 \
    || PGPASSWORD="$HA_DB_PASSWORD" "${sql[@]}" -c "CREATE DATABASE $1" \
    || fail "could not create database $1 on PostgreSQL at $HA_PG (user $HA_DB_USER)"
}

ha_api_start() {
  local m="$1" jar; jar="$(built_jar api-service)"
  MICRONAUT_SERVER_PORT="$(ha_api_port "$m")" MICRONAUT_SERVER_HOST=127.0.0.1 FRONTGATE_RESOURCE_URL="$API_URL" \
  FRONTGATE_MANAGEMENT_PORT=$((HA_API_MANAGEMENT_PORT_BASE + m)) FRONTGATE_AUDIT_LOG="$LOGS/audit-api-$m.log" \
  FRONTGATE_ISSUER="$ISSUER" FRONTGATE_JWKS_URL="$ISSUER/protocol/openid-connect/certs" \
  FRONTGATE_DB_URL="$(ha_jdbc_url "$HA_API_DB")" FRONTGATE_DB_USER="$HA_DB_USER" FRONTGATE_DB_PASSWORD="$HA_DB_PASSWORD" \
    start_detached "api-$m" "$JAVA_HOME/bin/java" ${FRONTGATE_HA_API_JAVA_OPTS:--Xmx512m} -jar "$jar"
}

ha_api_ready() { http_ok "http://127.0.0.1:$(ha_api_port "$1")/health"; }

# Starts one node and waits until it is ready.
ha_node_start() {
  local node="$1" n="${1##*-}"
  case "$node" in
    keycloak-[1-9]) [ "$n" -le "$HA_KEYCLOAK_NODES" ] || fail "no $node (the stack has $HA_KEYCLOAK_NODES)"
      ha_keycloak_start "$n"; ha_await "$node" "${FRONTGATE_KEYCLOAK_TIMEOUT:-600}" ha_keycloak_ready "$n" ;;
    api-[1-9]) [ "$n" -le "$HA_API_NODES" ] || fail "no $node (the stack has $HA_API_NODES)"
      ha_api_start "$n"; ha_await "$node" "${FRONTGATE_API_TIMEOUT:-90}" ha_api_ready "$n" ;;
    *) fail "unknown node '$node' (keycloak-1.., api-1..; ./frontgate status lists them)" ;;
  esac
}

# Like the single-node stack's await, but a node that fails to start leaves the other nodes running (a failed
# rejoin must not take the survivors down); up --ha stops everything through its trap.
ha_await() {
  local name="$1" timeout="$2" waited=0; shift 2
  printf '• starting %s ' "$name"
  until "$@"; do
    pid_alive "$name" || { say "failed"; log_tail "$name"; fail "$name exited during start (log: $LOGS/$name.log)"; }
    [ "$waited" -lt "$timeout" ] || { say "timed out"; log_tail "$name"; fail "$name was not ready within ${timeout}s"; }
    sleep 1; waited=$((waited + 1)); [ $((waited % 3)) -eq 0 ] && printf '.'
  done
  say " ready (${waited}s)"
}

ha_nodes() {
  local n
  for n in $(seq 1 "$HA_KEYCLOAK_NODES"); do echo "keycloak-$n"; done
  for n in $(seq 1 "$HA_API_NODES"); do echo "api-$n"; done
}

ha_up() {
  ha_parse_options "$@"
  pid_alive keycloak || pid_alive api-service || ha_running && fail "a stack is already running (./frontgate status)"
  require_haproxy
  local started=$SECONDS node
  # Whatever stops this start half-way (a failed node, Ctrl-C) stops every node it started.
  trap 'ha_down >/dev/null' EXIT
  require_free_port "$KEYCLOAK_PORT" "Keycloak balancer" FRONTGATE_KEYCLOAK_PORT
  require_free_port "$API_PORT" "API balancer" FRONTGATE_API_PORT
  for node in $(ha_nodes); do require_free_port "$(ha_node_port "$node")" "$node" FRONTGATE_HA_*_PORT_BASE; done
  mkdir -p "$LOGS" "$RUN"
  ensure_built
  ha_keycloak_build
  ha_create_database "$HA_KEYCLOAK_DB"
  ha_create_database "$HA_API_DB"
  echo "$HA_KEYCLOAK_NODES $HA_API_NODES" > "$HA_MARKER"
  ha_haproxy_write_config
  ha_haproxy_start
  ha_await haproxy 20 ha_haproxy_ready
  # Node 1 alone first: it creates the schema and imports the realm; the others then join its cluster.
  for node in $(ha_nodes); do ha_node_start "$node"; done
  ha_realm_apply
  write_stack_env
  ha_write_stack_env
  trap - EXIT
  ha_print_access_list $((SECONDS - started))
}

ha_node_port() {
  case "$1" in keycloak-*) ha_keycloak_port "${1##*-}" ;; *) ha_api_port "${1##*-}" ;; esac
}

ha_node_url() {
  case "$1" in keycloak-*) ha_keycloak_url "${1##*-}" ;; *) ha_api_url "${1##*-}" ;; esac
}

ha_write_stack_env() {
  local n keycloak_nodes=() api_nodes=()
  for n in $(seq 1 "$HA_KEYCLOAK_NODES"); do keycloak_nodes+=("$(ha_keycloak_url "$n")"); done
  for n in $(seq 1 "$HA_API_NODES"); do api_nodes+=("$(ha_api_url "$n")"); done
  cat >> "$STACK_ENV" <<ENV
FRONTGATE_KEYCLOAK_NODES="${keycloak_nodes[*]}"
FRONTGATE_API_NODES="${api_nodes[*]}"
FRONTGATE_HA_API_DB_URL=$(ha_jdbc_url "$HA_API_DB")
ENV
}

# A changed realm-config/ is applied to the running cluster without losing runtime data (ha-realm-apply.py says how);
# an unchanged one is left alone, so that changes made in the admin console stay until the export changes.
ha_realm_apply() {
  local stamp="$FRONTGATE_HOME/ha/realm-config-$HA_KEYCLOAK_DB.sha256" current
  current="$(cat "$REALM_CONFIG"/*.json | sha256sum | cut -d' ' -f1)"
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$current" ] && return 0
  command -v python3 >/dev/null || fail "python3 is needed to apply realm-config/ to the running Keycloak"
  say "• applying realm-config/ to the realm (kept: users, sessions, notes)"
  python3 "$ROOT/launcher/ha-realm-apply.py" "$(ha_keycloak_url 1)" "$ADMIN_USER" "$ADMIN_PASSWORD" \
    "$REALM_CONFIG"/*.json | sed 's/^/  /' || fail "realm-config/ could not be applied"
  echo "$current" > "$stamp"
}
