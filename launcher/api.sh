# The api-service of the local stack: the built jar, tokens from our Keycloak, an embedded H2 database on disk.
API_MANAGEMENT_PORT="${FRONTGATE_API_MANAGEMENT_PORT:-8281}"
API_METRICS_URL="http://localhost:$API_MANAGEMENT_PORT/prometheus"
AUDIT_LOG="${FRONTGATE_AUDIT_LOG:-$LOGS/audit.log}"

start_api() {
  local jar; jar="$(built_jar api-service)"
  [ -n "$jar" ] || fail "the api-service jar is missing; build it with: mvn -pl api-service -am package"
  mkdir -p "$FRONTGATE_HOME/data"
  MICRONAUT_SERVER_PORT="$API_PORT" MICRONAUT_SERVER_HOST=127.0.0.1 \
  FRONTGATE_MANAGEMENT_PORT="$API_MANAGEMENT_PORT" FRONTGATE_AUDIT_LOG="$AUDIT_LOG" \
  FRONTGATE_ISSUER="$ISSUER" FRONTGATE_JWKS_URL="$ISSUER/protocol/openid-connect/certs" \
  FRONTGATE_DB_URL="${FRONTGATE_DB_URL:-jdbc:h2:file:$FRONTGATE_HOME/data/api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}" \
    start_detached api-service "$JAVA_HOME/bin/java" -jar "$jar"
}

api_ready() {
  http_ok "http://127.0.0.1:$API_PORT/health"
}
