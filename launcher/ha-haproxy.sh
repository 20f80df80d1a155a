# HAProxy in front of the HA stack, on the single-node stack's URLs (Keycloak 8180, API 8280), so that `iss` and
# every client's configuration stay the same. The launcher writes its configuration on every `up --ha`.
HA_HAPROXY_CONFIG="$FRONTGATE_HOME/ha/haproxy.cfg"

require_haproxy() {
  command -v haproxy >/dev/null || fail "HAProxy is not installed; the HA stack needs it as its load balancer.
          On Debian or Ubuntu: sudo apt-get install haproxy"
}

# Retries: only when no connection could be made (conn-failure), and then on another node (redispatch). A request
# that reached a node is never sent again, as that node may have processed it: a POST would be written twice and a
# rotating refresh token used twice. Health checks every 2 s take a node out after 3 misses; a check may take 5 s,
# so that a busy node is not taken for a dead one (with 1 s, both API replicas were out under a 64-connection load
# on 2 cores, and HAProxy answered 503). A dead node refuses connections, which are retried on another node at once.
ha_haproxy_write_config() {
  local n m
  mkdir -p "$(dirname "$HA_HAPROXY_CONFIG")"
  {
    cat <<CFG
# Written by ./frontgate up --ha; changes are overwritten on the next start.
global
    maxconn 4096
    stats socket $RUN/haproxy.sock mode 600 level admin

defaults
    mode http
    option httplog
    log stdout format raw local0 warning
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-keep-alive 10s
    retries 3
    retry-on conn-failure
    option redispatch 1
    timeout check 5s
    default-server inter 2s fall 3 rise 2

frontend keycloak
    bind 127.0.0.1:$KEYCLOAK_PORT
    option forwardfor
    default_backend keycloak-nodes

backend keycloak-nodes
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    http-response set-header X-Frontgate-Node %[srv_name]
CFG
    for n in $(seq 1 "$HA_KEYCLOAK_NODES"); do
      echo "    server keycloak-$n 127.0.0.1:$(ha_keycloak_port "$n") check port $(ha_keycloak_management_port "$n")"
    done
    cat <<CFG

frontend api
    bind 127.0.0.1:$API_PORT
    option forwardfor
    default_backend api-nodes

backend api-nodes
    balance roundrobin
    option httpchk GET /health
    http-check expect status 200
    http-response set-header X-Frontgate-Node %[srv_name]
CFG
    for m in $(seq 1 "$HA_API_NODES"); do
      echo "    server api-$m 127.0.0.1:$(ha_api_port "$m") check"
    done
    cat <<CFG

frontend stats
    bind 127.0.0.1:$HA_STATS_PORT
    stats enable
    stats uri /stats
    stats refresh 5s
CFG
  } > "$HA_HAPROXY_CONFIG"
  haproxy -c -q -f "$HA_HAPROXY_CONFIG" || fail "HAProxy refused the generated $HA_HAPROXY_CONFIG"
}

ha_haproxy_start() {
  start_detached haproxy haproxy -db -f "$HA_HAPROXY_CONFIG"
}

# Ready when both fronts accept connections (the nodes behind them are checked by HAProxy itself).
ha_haproxy_ready() {
  port_in_use "$KEYCLOAK_PORT" && port_in_use "$API_PORT"
}
