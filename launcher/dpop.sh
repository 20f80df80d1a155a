# DPoP (RFC 9449) for the launcher: react-frontend's tokens are bound to a key, and every API call needs a fresh
# proof signed by it. Each demo user has a key under $FRONTGATE_HOME/dpop/; launcher/DpopTool.java (run by the JDK the
# launcher needs anyway) makes it on first use and signs the proofs.
DPOP_KEYS="$FRONTGATE_HOME/dpop"

# A fresh proof for one request: dpop_proof <user> <METHOD> <URL> [access token]
dpop_proof() {
  find_jdk
  "$JAVA_HOME/bin/java" "$ROOT/launcher/DpopTool.java" "$DPOP_KEYS/$1.key" "$2" "$3" "${4:-}"
}

# ./frontgate call <user> <METHOD> <path or URL> [JSON body]: signs the user in (a DPoP-bound token, scope $FRONTGATE_SCOPE or
# 'openid read write groups'), calls the API with a fresh proof, prints the answer's body; exits non-zero on >= 400.
cmd_call() {
  local usage="usage: ./frontgate call <user> <METHOD> <path or URL> [JSON body]"
  local user="${1:?$usage}" method="${2:?$usage}" path="${3:?$usage}" body="${4:-}" api="$API_URL" url token proof
  [ -f "$STACK_ENV" ] && api="$(sed -n 's/^FRONTGATE_API_URL=//p' "$STACK_ENV")"
  # A full URL calls that server, e.g. one replica of the HA stack (FRONTGATE_API_NODES in stack.env); the proof still
  # names the API's public URL, which every replica checks it against (FRONTGATE_RESOURCE_URL).
  case "$path" in
    http://*|https://*) url="$path"; path="${path#*://}"; path="/${path#*/}" ;;
    *) url="$api$path" ;;
  esac
  token="$(print_token "$user" "${FRONTGATE_SCOPE:-openid read write groups}")" || exit 1
  proof="$(dpop_proof "$user" "$method" "$api$path" "$token")"
  curl -sS --fail-with-body -X "$method" -H "Authorization: DPoP $token" -H "DPoP: $proof" \
    ${body:+-H 'Content-Type: application/json' --data "$body"} -w '\n' "$url"
}
