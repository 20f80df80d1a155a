# Shared settings and helpers of the ./frontgate launcher. Every value below can be overridden from the environment.

# The stack's constants come from frontgate.env (also read by Compose, the React app and the tests); a variable set
# in the environment wins over the file.
while IFS='=' read -r name value; do
  [[ "$name" =~ ^FRONTGATE_[A-Z0-9_]+$ ]] || continue
  [ -n "${!name:-}" ] || printf -v "$name" '%s' "$value"
done < "$ROOT/frontgate.env"
# The one place the Keycloak version is written is the root pom, which the build and the tests read too.
KEYCLOAK_VERSION="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/pom.xml")"

FRONTGATE_HOME="${FRONTGATE_HOME:-$ROOT/.frontgate}"
REALM_CONFIG="${FRONTGATE_REALM_CONFIG:-$ROOT/realm-config}"
REALM="$FRONTGATE_REALM"
CLIENT_ID="$FRONTGATE_CLIENT_ID"
REDIRECT_URI="$FRONTGATE_REDIRECT_URI"
KEYCLOAK_PORT="$FRONTGATE_KEYCLOAK_PORT"
KEYCLOAK_MANAGEMENT_PORT="$FRONTGATE_KEYCLOAK_MANAGEMENT_PORT"
API_PORT="$FRONTGATE_API_PORT"
APP_URL="$FRONTGATE_APP_URL"
ADMIN_USER="${FRONTGATE_ADMIN_USER:-admin}"
ADMIN_PASSWORD="${FRONTGATE_ADMIN_PASSWORD:-admin}"
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
ISSUER="$KEYCLOAK_URL/realms/$REALM"
API_URL="http://localhost:$API_PORT"
LOGS="$FRONTGATE_HOME/logs"
RUN="$FRONTGATE_HOME/run"
STACK_ENV="$FRONTGATE_HOME/stack.env"

say() { printf '%s\n' "$*"; }
fail() { printf 'frontgate: %s\n' "$*" >&2; exit 1; }

# Finds a JDK of at least the given version (default 21, as Keycloak needs): JAVA_HOME first, then the newest under
# /usr/lib/jvm. Sets JAVA_HOME and JAVA_MAJOR.
find_jdk() {
  local min="${1:-21}" candidate major jdks=()
  mapfile -t jdks < <(printf '%s\n' /usr/lib/jvm/* | sort -rV)
  for candidate in "${JAVA_HOME:-}" "${jdks[@]}"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major="$(java_major "$candidate")"
    if [ "$major" -ge "$min" ] 2>/dev/null; then
      export JAVA_HOME="$candidate" JAVA_MAJOR="$major"
      return 0
    fi
  done
  fail "no JDK $min or newer found (Keycloak $KEYCLOAK_VERSION needs 21). Install one and set JAVA_HOME,
          e.g. JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./frontgate ..."
}

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

require_maven() {
  command -v mvn >/dev/null || fail "Maven (mvn) is not installed; Frontgate builds and fetches Keycloak with it."
}

# Maven 3.8 on JDK 23+ warns about sun.misc.Unsafe on every run unless told it may use it; JDK 21 and 22 do not
# know that option and would not start.
mvn_run() {
  local opts="${MAVEN_OPTS:-}"
  [ "${JAVA_MAJOR:-0}" -ge 23 ] && opts="$opts --sun-misc-unsafe-memory-access=allow"
  MAVEN_OPTS="$opts" mvn -B "$@"
}

mvn_quiet() {
  mvn_run -q -Dstyle.color=never "$@"
}

# The jars the build leaves in a module's target/ (the shaded api-service jar; "original-…" does not match).
built_jar() {
  ls "$ROOT/$1/target/$1-"*.jar 2>/dev/null | head -n1 || true
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

require_free_port() {
  port_in_use "$1" && fail "port $1 ($2) is in use. Stop what uses it, or choose another port: $3=<port> ./frontgate ..."
  return 0
}

pid_alive() {
  [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null
}

# Starts a command in its own session, so that stopping it stops everything it started.
start_detached() {
  local name="$1"; shift
  mkdir -p "$LOGS" "$RUN"
  setsid "$@" > "$LOGS/$name.log" 2>&1 < /dev/null &
  echo $! > "$RUN/$name.pid"
}

stop_detached() {
  local name="$1" pid
  [ -f "$RUN/$name.pid" ] || return 0
  pid="$(cat "$RUN/$name.pid")"
  # The pid is its session's process group: wait until no member of the group is left, not just the leader.
  if kill -0 -- "-$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    # Up to 60 s: the api-service's first stop writes its AOT cache (launcher/api.sh), which takes a while.
    for _ in $(seq 1 120); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$RUN/$name.pid"
}

http_ok() {
  curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null
}

log_tail() {
  say "--- last lines of $LOGS/$1.log ---"
  tail -n "${2:-40}" "$LOGS/$1.log" 2>/dev/null
}
