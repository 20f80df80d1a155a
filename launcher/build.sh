# Builds the provider and the api-service when their jars are missing or older than their sources.
stale() {
  local jar="$1" module="$2"
  [ -z "$jar" ] || [ -n "$(find "$ROOT/$module/src" "$ROOT/$module/pom.xml" "$ROOT/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]
}

ensure_built() {
  if stale "$(built_jar keycloak-provider)" keycloak-provider || stale "$(built_jar api-service)" api-service; then
    say "• building the provider and the api-service (mvn package, tests neither compiled nor run)…"
    (cd "$ROOT" && mvn_quiet -Dmaven.test.skip=true -pl keycloak-provider,api-service -am package) \
      > "$LOGS/build.log" 2>&1 \
      || { tail -n 40 "$LOGS/build.log"; fail "the build failed (full log: $LOGS/build.log)"; }
  fi
}
