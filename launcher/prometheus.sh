# Prometheus for the local stack (Debian package prometheus): scrapes the api-service's management port and Keycloak's,
# evaluating deploy/prometheus/alerts.yml. Without the package the stack runs without it and says how to add it.
PROMETHEUS_PORT="${FRONTGATE_PROMETHEUS_PORT:-9290}"
PROMETHEUS_URL="http://localhost:$PROMETHEUS_PORT"
PROMETHEUS_DIR="$FRONTGATE_HOME/prometheus"
PROMETHEUS_RULES="$ROOT/deploy/prometheus/alerts.yml"

start_prometheus() {
  if ! command -v prometheus >/dev/null; then
    say "• Prometheus is not installed, the stack runs without it (to add it: sudo apt-get install prometheus)"
    return 0
  fi
  mkdir -p "$PROMETHEUS_DIR/data"
  write_prometheus_config > "$PROMETHEUS_DIR/prometheus.yml"
  start_detached prometheus prometheus --config.file="$PROMETHEUS_DIR/prometheus.yml" \
    --storage.tsdb.path="$PROMETHEUS_DIR/data" --storage.tsdb.retention.time=2d \
    --web.listen-address="127.0.0.1:$PROMETHEUS_PORT"
  await "Prometheus" prometheus prometheus_ready "${FRONTGATE_PROMETHEUS_TIMEOUT:-60}"
}

prometheus_ready() {
  http_ok "http://127.0.0.1:$PROMETHEUS_PORT/-/ready"
}

# Targets by 127.0.0.1, like every other server of the stack; a short interval so a fresh stack shows data at once.
write_prometheus_config() {
  cat <<YAML
global:
  scrape_interval: 5s
  evaluation_interval: 15s
rule_files:
  - $PROMETHEUS_RULES
scrape_configs:
  - job_name: api-service
    metrics_path: /prometheus
    static_configs:
      - targets: ['127.0.0.1:$API_MANAGEMENT_PORT']
  - job_name: keycloak
    metrics_path: /metrics
    static_configs:
      - targets: ['127.0.0.1:$KEYCLOAK_MANAGEMENT_PORT']
YAML
}

# The lines stack.env gains: where metrics, Prometheus (when it runs) and the audit trail are.
prometheus_env() {
  say "FRONTGATE_API_METRICS_URL=$API_METRICS_URL"
  pid_alive prometheus && say "FRONTGATE_PROMETHEUS_URL=$PROMETHEUS_URL"
  say "FRONTGATE_AUDIT_LOG=$AUDIT_LOG"
}

prometheus_access_line() {
  say "  Metrics         $API_METRICS_URL   Prometheus $(pid_alive prometheus && echo "$PROMETHEUS_URL" \
    || echo "not running (sudo apt-get install prometheus)")"
  say "  Audit trail     $AUDIT_LOG"
}
