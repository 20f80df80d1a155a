# Signs a user in through the real Authorization Code + PKCE flow (as the browser does) and prints the access token.
# Usage: ./frontgate token [--bearer] <user> [scope] [password]; demo passwords are <user>-demo. By default the client
# is the frontend's: the code exchange carries a DPoP proof of the user's key (launcher/dpop.sh), so the token is
# DPoP-bound to that key. With --bearer the client is api-docs (the API's Swagger UI), whose tokens are plain Bearer
# tokens: what a load generator that replays one header (wrk, bench/) can send.
source "$ROOT/launcher/dpop.sh"
API_DOCS_CLIENT_ID=api-docs

print_token() {
  local client="$CLIENT_ID" redirect="$REDIRECT_URI" bearer=""
  if [ "${1:-}" = --bearer ]; then
    shift; bearer=1 client="$API_DOCS_CLIENT_ID" redirect="$API_URL/swagger-ui/oauth2-redirect.html"
  fi
  local user="${1:?usage: ./frontgate token [--bearer] <user> [scope] [password]}" scope="${2:-openid read groups}"
  local password="${3:-$1-demo}" jar verifier challenge page action location code response token proof=()
  # A stack started with other ports says where it is in its env file.
  [ -f "$STACK_ENV" ] && ISSUER="$(sed -n 's/^FRONTGATE_ISSUER=//p' "$STACK_ENV")"
  # The command ends with this function, also through fail's exit: EXIT cleans up on every path. The path is
  # expanded now, because the local variable is gone by the time EXIT runs.
  jar="$(mktemp)"; trap "rm -f '$jar'" EXIT
  verifier="$(openssl rand -base64 48 | tr '+/' '-_' | tr -d '=\n')"
  challenge="$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | openssl base64 -A | tr '+/' '-_' | tr -d '=')"
  page="$(curl -sS -c "$jar" -b "$jar" -G "$ISSUER/protocol/openid-connect/auth" \
    --data-urlencode client_id="$client" --data-urlencode redirect_uri="$redirect" \
    --data-urlencode response_type=code --data-urlencode scope="$scope" --data-urlencode state=cli \
    --data-urlencode code_challenge="$challenge" --data-urlencode code_challenge_method=S256)" \
    || fail "Keycloak is not reachable at ${ISSUER%/realms/*} (is the stack up? ./frontgate status)"
  action="$(printf '%s' "$page" | tr '\n' ' ' | sed -n 's/.*id="kc-form-login"[^>]*action="\([^"]*\)".*/\1/p' | sed 's/&amp;/\&/g')"
  [ -n "$action" ] || fail "Keycloak did not show its login page (scope '$scope' refused?)"
  location="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$action" \
    --data-urlencode username="$user" --data-urlencode password="$password" --data-urlencode credentialId=)"
  code="$(printf '%s' "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')"
  [ -n "$code" ] || fail "login refused for '$user' (${location:-wrong password?})"
  [ -n "$bearer" ] || proof=(-H "DPoP: $(dpop_proof "$user" POST "$ISSUER/protocol/openid-connect/token")")
  response="$(curl -sS "$ISSUER/protocol/openid-connect/token" --data-urlencode grant_type=authorization_code \
    "${proof[@]}" --data-urlencode client_id="$client" --data-urlencode redirect_uri="$redirect" \
    --data-urlencode code="$code" --data-urlencode code_verifier="$verifier")" || fail "the token endpoint did not answer"
  token="$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$response")"
  [ -n "$token" ] || fail "Keycloak issued no token: $response"
  printf '%s\n' "$token"
}
