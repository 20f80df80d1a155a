# The React app of examples/react-app on $APP_URL (the only origin the realm allows), when Node.js is installed.
# It is optional: the stack works without it, and the launcher says why it did not start it.
APP_DIR="$ROOT/examples/react-app"
APP_PORT="${APP_URL##*:}"

app_wanted() {
  [ "${FRONTGATE_APP:-on}" != off ] || { say "• React app: not started (FRONTGATE_APP=off)"; return 1; }
  command -v npm >/dev/null || { say "• React app: not started (Node.js and npm are not installed)"; return 1; }
  if port_in_use "$APP_PORT"; then say "• React app: not started (port $APP_PORT is in use)"; return 1; fi
}

install_app_dependencies() {
  if [ ! -d "$APP_DIR/node_modules" ] || [ "$APP_DIR/package-lock.json" -nt "$APP_DIR/node_modules" ]; then
    say "• installing the React app's dependencies (npm ci)…"
    (cd "$APP_DIR" && npm ci --no-audit --no-fund) > "$LOGS/npm-ci.log" 2>&1 \
      || { tail -n 20 "$LOGS/npm-ci.log"; fail "npm ci failed (log: $LOGS/npm-ci.log)"; }
    touch "$APP_DIR/node_modules"
  fi
}

start_app() {
  app_wanted || return 0
  install_app_dependencies
  (cd "$APP_DIR" && VITE_KEYCLOAK_URL="$KEYCLOAK_URL" VITE_API_URL="$API_URL" \
    start_detached react-app npx vite --host localhost --port "$APP_PORT" --strictPort)
  await "React app" react-app app_ready 60
}

app_ready() {
  http_ok "$APP_URL/"
}

# The app's unit and component tests (Vitest); they need no stack.
app_unit_tests() {
  if ! command -v npm >/dev/null; then
    say "SKIPPED the React app's unit tests: Node.js and npm are not installed"
    return 0
  fi
  mkdir -p "$LOGS"
  install_app_dependencies
  (cd "$APP_DIR" && npm test)
}
