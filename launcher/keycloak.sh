# Keycloak for the local stack: the distribution from Maven, our provider, realm-config/ imported, a dev-file database.
KEYCLOAK_DIR="$FRONTGATE_HOME/keycloak-$KEYCLOAK_VERSION"

install_keycloak() {
  [ -f "$KEYCLOAK_DIR/bin/kc.sh" ] && return 0
  say "• fetching Keycloak $KEYCLOAK_VERSION through Maven (first run only, ~165 MB)…"
  mkdir -p "$FRONTGATE_HOME/downloads"
  mvn_quiet dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$FRONTGATE_HOME/downloads" > "$LOGS/fetch.log" 2>&1 \
    || { tail -n 20 "$LOGS/fetch.log"; fail "could not fetch Keycloak through Maven (log: $LOGS/fetch.log)"; }
  say "• unpacking Keycloak…"
  local unpack="$FRONTGATE_HOME/unpacking"
  rm -rf "$unpack" && mkdir -p "$unpack"
  # unzip takes a few seconds where the JDK's jar tool takes tens; jar is there when unzip is not.
  local zip="$FRONTGATE_HOME/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  if command -v unzip > /dev/null; then unzip -q "$zip" -d "$unpack"
  else (cd "$unpack" && "$JAVA_HOME/bin/jar" xf "$zip"); fi || fail "could not unpack Keycloak"
  mv "$unpack/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_DIR" && rm -rf "$unpack" "$FRONTGATE_HOME/downloads"
}

# A changed provider jar makes Keycloak re-build itself on start (6–28 s): copy it only when its bytes changed.
install_provider() {
  local built target="$KEYCLOAK_DIR/providers/frontgate-keycloak-provider.jar"
  built="$(built_jar keycloak-provider)"
  [ -n "$built" ] || fail "the provider jar is missing; build it with: mvn -pl keycloak-provider -am package"
  if ! cmp -s "$built" "$target"; then
    say "• installing the changed Frontgate provider into Keycloak"
    cp "$built" "$target"
  fi
}

# --import-realm skips a realm that exists: when realm-config/ changed, start from a fresh database.
prepare_realm_import() {
  local import="$KEYCLOAK_DIR/data/import" stamp="$FRONTGATE_HOME/realm-config.sha256" current
  current="$(cat "$REALM_CONFIG"/*.json | sha256sum | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" != "$current" ] && [ -d "$KEYCLOAK_DIR/data/h2" ]; then
    say "• realm-config/ changed since the last start: re-creating Keycloak's database from it"
    rm -rf "$KEYCLOAK_DIR/data/h2"
  fi
  rm -rf "$import" && mkdir -p "$import"
  cp "$REALM_CONFIG"/*.json "$import/"
  echo "$current" > "$stamp"
}

start_keycloak() {
  install_keycloak
  install_provider
  prepare_realm_import
  KC_BOOTSTRAP_ADMIN_USERNAME="$ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    start_detached keycloak bash "$KEYCLOAK_DIR/bin/kc.sh" start-dev --import-realm \
      --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
      --health-enabled=true --metrics-enabled=true --hostname="$KEYCLOAK_URL"
}

keycloak_ready() {
  http_ok "http://127.0.0.1:$KEYCLOAK_MANAGEMENT_PORT/health/ready"
}
