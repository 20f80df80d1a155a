# The api-service of the local stack: the built jar, tokens from our Keycloak, an embedded H2 database on disk.
start_api() {
  local jar; jar="$(built_jar api-service)"
  [ -n "$jar" ] || fail "the api-service jar is missing; build it with: mvn -pl api-service -am package"
  mkdir -p "$FRONTGATE_HOME/data"
  MICRONAUT_SERVER_PORT="$API_PORT" MICRONAUT_SERVER_HOST=127.0.0.1 \
  FRONTGATE_ISSUER="$ISSUER" FRONTGATE_JWKS_URL="$ISSUER/protocol/openid-connect/certs" \
  FRONTGATE_DB_URL="${FRONTGATE_DB_URL:-jdbc:h2:file:$FRONTGATE_HOME/data/api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}" \
    start_detached api-service "$JAVA_HOME/bin/java" -jar "$jar"
}

api_ready() {
  http_ok "http://127.0.0.1:$API_PORT/health"
}
