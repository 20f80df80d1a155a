# Operating the running HA stack: status of every node, kill (SIGKILL, for failure drills), start (rejoin), down.
ha_status() {
  ha_load_marker
  local node
  say "haproxy: $(ha_state haproxy) — Keycloak $KEYCLOAK_URL, API $API_URL, stats http://localhost:$HA_STATS_PORT/stats"
  for node in $(ha_nodes); do
    say "$node: $(ha_state "$node") at $(ha_node_url "$node")$(ha_node_health "$node")"
  done
}

ha_state() {
  if pid_alive "$1"; then echo "running (pid $(cat "$RUN/$1.pid"))"; else echo "stopped"; fi
}

ha_node_health() {
  pid_alive "$1" || return 0
  case "$1" in
    keycloak-*) ha_keycloak_ready "${1##*-}" && echo ", ready; cluster: $(ha_keycloak_cluster_members "${1##*-}")" \
                  || echo ", not ready" ;;
    api-*) ha_api_ready "${1##*-}" && echo ", ready" || echo ", not ready" ;;
  esac
}

ha_keycloak_cluster_members() {
  ha_keycloak_cluster_view "$1" | sed -n 's/.*(\([0-9]*\)) \[\(.*\)\]$/\1 members [\2]/p'
}

# SIGKILL to the node's whole process group (kc.sh and its JVM): no shutdown hook, no goodbye to the cluster.
ha_kill() {
  ha_load_marker || fail "the HA stack is not running (./frontgate up --ha)"
  local node="${1:?usage: ./frontgate kill NODE (see ./frontgate status)}"
  local nodes; nodes=" $(ha_nodes | tr '\n' ' ')"
  [[ "$nodes" == *" $node "* ]] || fail "unknown node '$node' (nodes:$nodes)"
  pid_alive "$node" || fail "$node is not running"
  local pid; pid="$(cat "$RUN/$node.pid")"
  kill -KILL -- "-$pid"
  for _ in $(seq 1 20); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.25; done
  rm -f "$RUN/$node.pid"
  say "$node killed (SIGKILL to pid $pid and its children)"
}

ha_start() {
  ha_load_marker || fail "the HA stack is not running (./frontgate up --ha)"
  local node="${1:?usage: ./frontgate start NODE (see ./frontgate status)}"
  pid_alive "$node" && fail "$node is already running"
  ha_node_start "$node"
}

ha_down() {
  ha_load_marker || return 0
  local node
  stop_detached haproxy
  for node in $(ha_nodes | tac); do stop_detached "$node"; done
  rm -f "$HA_MARKER" "$STACK_ENV" "$RUN/haproxy.sock"
  say "frontgate: the HA stack stopped"
}

ha_print_access_list() {
  cat <<LIST

Frontgate HA is ready in ${1}s: $HA_KEYCLOAK_NODES Keycloak nodes, $HA_API_NODES API replicas, behind HAProxy.
  Keycloak        $KEYCLOAK_URL   (realm frontgate, issuer $ISSUER)
  Admin console   $KEYCLOAK_URL/admin/master/console/   login $ADMIN_USER / $ADMIN_PASSWORD
  API             $API_URL   (GET /health open; /api/... needs a DPoP-bound token and a proof: docs/dpop.md)
  HAProxy stats   http://localhost:$HA_STATS_PORT/stats
  Databases       PostgreSQL $HA_PG: $HA_KEYCLOAK_DB (Keycloak), $HA_API_DB (API)
  Nodes           ./frontgate status; ./frontgate kill NODE; ./frontgate start NODE
  For scripts     $STACK_ENV

LIST
}
