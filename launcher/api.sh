# The api-service of the local stack: the built jar, tokens from our Keycloak, an embedded H2 database on disk.
API_MANAGEMENT_PORT="${FRONTGATE_API_MANAGEMENT_PORT:-8281}"
API_METRICS_URL="http://localhost:$API_MANAGEMENT_PORT/prometheus"
AUDIT_LOG="${FRONTGATE_AUDIT_LOG:-$LOGS/audit.log}"
# bench/ starts the service with the same JVM options (api_java_options), so what it measures is what runs here.

# A small heap and the serial collector: the service holds little (the token cache is bounded at 32 MB), and on two
# cores G1's concurrent threads and remembered sets cost memory and time that a 256 MB heap does not need back.
API_JAVA_OPTS="${FRONTGATE_API_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m}"
API_AOT_DIR="$FRONTGATE_HOME/aot"

# The JVM options for a start of this jar. With JDK 25+, the JDK's AOT cache: the first start records which classes
# the service loads and links and writes the cache when it stops (-XX:AOTCacheOutput); later starts map them instead
# of loading them again (-XX:AOTCache), about half the start time. With JDK 21-24, a dynamic CDS archive does the same
# for class loading alone. The file is named after the jar's checksum, so a rebuilt jar gets its own; a JVM that cannot
# use a file says so in the log and starts without it.
api_java_options() {
  local jar="$1" key cache
  key="$(cksum < "$jar" | cut -d' ' -f1)"
  mkdir -p "$API_AOT_DIR"
  if [ "${JAVA_MAJOR:-0}" -ge 25 ]; then
    cache="$API_AOT_DIR/api-service-$key.aot"
    if [ -s "$cache" ]; then echo "$API_JAVA_OPTS -XX:AOTCache=$cache"; return; fi
    find "$API_AOT_DIR" -name 'api-service-*.aot*' -delete
    echo "$API_JAVA_OPTS -XX:AOTCacheOutput=$cache"
  else
    echo "$API_JAVA_OPTS -XX:SharedArchiveFile=$API_AOT_DIR/api-service-$key.jsa -XX:+AutoCreateSharedArchive"
  fi
}

start_api() {
  local jar options; jar="$(built_jar api-service)"
  [ -n "$jar" ] || fail "the api-service jar is missing; build it with: mvn -pl api-service -am package"
  mkdir -p "$FRONTGATE_HOME/data"
  options="$(api_java_options "$jar")"
  # shellcheck disable=SC2086 # the options are words on purpose
  MICRONAUT_SERVER_PORT="$API_PORT" MICRONAUT_SERVER_HOST=127.0.0.1 \
  FRONTGATE_MANAGEMENT_PORT="$API_MANAGEMENT_PORT" FRONTGATE_AUDIT_LOG="$AUDIT_LOG" \
  FRONTGATE_ISSUER="$ISSUER" FRONTGATE_JWKS_URL="$ISSUER/protocol/openid-connect/certs" \
  FRONTGATE_DB_URL="${FRONTGATE_DB_URL:-jdbc:h2:file:$FRONTGATE_HOME/data/api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}" \
    start_detached api-service "$JAVA_HOME/bin/java" $options -jar "$jar"
}

api_ready() {
  http_ok "http://127.0.0.1:$API_PORT/health"
}
