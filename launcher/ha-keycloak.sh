# Keycloak nodes of the HA stack: production mode (`kc.sh build` once, `start --optimized`) on PostgreSQL, one
# Infinispan cluster found through JDBC_PING in that database, node-to-node traffic on 127.0.0.1 only.
# A copy of the distribution of its own, so that the single-node stack's `start-dev` (which re-builds for dev mode)
# and this production build never undo each other.
HA_KEYCLOAK_DIR="$FRONTGATE_HOME/keycloak-ha-$KEYCLOAK_VERSION"
HA_KEYCLOAK_BUILD_OPTIONS=(--db=postgres --health-enabled=true --metrics-enabled=true)

ha_keycloak_port() { echo $((HA_KEYCLOAK_PORT_BASE + $1)); }
ha_keycloak_management_port() { echo $((HA_KEYCLOAK_MANAGEMENT_PORT_BASE + $1)); }
# JGroups listens on this port and on port + 50000 (FD_SOCK2, failure detection).
ha_keycloak_cluster_port() { echo $((HA_KEYCLOAK_CLUSTER_PORT_BASE + 10 * $1)); }
ha_keycloak_url() { echo "http://localhost:$(ha_keycloak_port "$1")"; }

# `kc.sh build` costs ~25 s: redone only when the provider jar or the build options changed.
ha_keycloak_build() {
  install_keycloak
  if [ ! -f "$HA_KEYCLOAK_DIR/bin/kc.sh" ]; then
    say "• preparing a production-mode copy of Keycloak"
    mkdir -p "$HA_KEYCLOAK_DIR" && cp -r "$KEYCLOAK_DIR/bin" "$KEYCLOAK_DIR/conf" "$KEYCLOAK_DIR/lib" \
      "$KEYCLOAK_DIR/providers" "$KEYCLOAK_DIR/themes" "$HA_KEYCLOAK_DIR/"
  fi
  local built stamp="$HA_KEYCLOAK_DIR/frontgate-build.sha256" wanted
  built="$(built_jar keycloak-provider)"
  [ -n "$built" ] || fail "the provider jar is missing; build it with: mvn -pl keycloak-provider -am package"
  wanted="$( { sha256sum < "$built"; echo "${HA_KEYCLOAK_BUILD_OPTIONS[*]}"; } | sha256sum | cut -d' ' -f1)"
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && return 0
  say "• building Keycloak for production mode with the Frontgate provider (kc.sh build, ~25 s)…"
  cp "$built" "$HA_KEYCLOAK_DIR/providers/frontgate-keycloak-provider.jar"
  bash "$HA_KEYCLOAK_DIR/bin/kc.sh" build "${HA_KEYCLOAK_BUILD_OPTIONS[@]}" > "$LOGS/keycloak-build.log" 2>&1 \
    || { tail -n 30 "$LOGS/keycloak-build.log"; fail "kc.sh build failed (log: $LOGS/keycloak-build.log)"; }
  echo "$wanted" > "$stamp"
}

# The first node of an empty database imports realm-config/; Keycloak skips the import when the realm exists
# (changes are then applied by ha_realm_apply, which keeps runtime data).
ha_keycloak_start() {
  local n="$1" import=()
  if [ "$n" = 1 ]; then
    rm -rf "$HA_KEYCLOAK_DIR/data/import" && mkdir -p "$HA_KEYCLOAK_DIR/data/import"
    cp "$REALM_CONFIG"/*.json "$HA_KEYCLOAK_DIR/data/import/"
    import=(--import-realm)
  fi
  KC_BOOTSTRAP_ADMIN_USERNAME="$ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  KC_DB_PASSWORD="$HA_DB_PASSWORD" JAVA_OPTS_KC_HEAP="${FRONTGATE_HA_KEYCLOAK_HEAP:--Xms128m -Xmx768m}" \
    start_detached "keycloak-$n" bash "$HA_KEYCLOAK_DIR/bin/kc.sh" start --optimized "${import[@]}" \
      --http-enabled=true --http-host=127.0.0.1 --http-port="$(ha_keycloak_port "$n")" \
      --http-management-port="$(ha_keycloak_management_port "$n")" --hostname="$KEYCLOAK_URL" \
      --proxy-headers=xforwarded --proxy-trusted-addresses=127.0.0.1 \
      --db-url="$(ha_jdbc_url "$HA_KEYCLOAK_DB")" --db-username="$HA_DB_USER" \
      --cache=ispn --cache-stack=jdbc-ping --cache-embedded-network-bind-address=127.0.0.1 \
      --cache-embedded-network-bind-port="$(ha_keycloak_cluster_port "$n")" \
      --spi-cache-embedded-default-node-name="keycloak-$n"
}

ha_keycloak_ready() {
  http_ok "http://127.0.0.1:$(ha_keycloak_management_port "$1")/health/ready"
}

# The members a node sees, from its own log: Infinispan's "ISPN000094: Received new cluster view" line.
ha_keycloak_cluster_view() {
  grep -o 'ISPN000094: Received new cluster view for channel [^:]*: \[[^]]*\] ([0-9]*) \[[^]]*\]' \
    "$LOGS/keycloak-$1.log" 2>/dev/null | tail -n1
}
