#!/usr/bin/env bash
# API throughput through HAProxy with 1 and 2 replicas, on the running HA stack (see docs/ha.md, "Capacity").
# Usage: flock /tmp/frontgate-stack.lock bench/ha/run.sh [connections=64] [seconds per round=20]
# Needs: ./frontgate up --ha (2 API replicas), wrk, socat (HAProxy's runtime API takes api-2 out and back).
# Rounds, each after a 5 s warm-up: api-1 directly (no balancer), the balancer with api-2 disabled, the balancer with
# both; for GET /api/me (token check, served from the verified-token cache) and GET /api/notes (PostgreSQL).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
ROOT="$root"
source "$root/launcher/common.sh"
connections="${1:-64}" seconds="${2:-20}"
command -v wrk >/dev/null || fail "wrk is needed: apt-get install wrk"
command -v socat >/dev/null || fail "socat is needed: apt-get install socat"
[ -f "$RUN/ha.nodes" ] || fail "the HA stack is not running: ./frontgate up --ha"
api="$(sed -n 's/^FRONTGATE_API_URL=//p' "$STACK_ENV")"
api_1="$(sed -n 's/^FRONTGATE_API_NODES="\([^ ]*\).*/\1/p' "$STACK_ENV")"

# wrk replays one header: a Bearer token of api-docs (react-frontend's are DPoP-bound, see bench/api-dpop/).
token() { "$root/frontgate" token --bearer alice 'openid read groups'; }
haproxy_cmd() { echo "$1" | socat stdio "unix-connect:$RUN/haproxy.sock" >/dev/null; }
# One line per round: requests per second and the latency percentiles wrk prints.
round() {
  local label="$1" url="$2"
  wrk -t2 -c"$connections" -d5s -H "Authorization: Bearer $TOKEN" "$url" >/dev/null
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $TOKEN" "$url" \
    | awk -v label="$label" '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
        END {printf "%-34s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n", label, rps, p50, p99, bad ? bad : 0}'
}

TOKEN="$(token)"
trap 'haproxy_cmd "enable server api-nodes/api-2"' EXIT
echo "wrk -t2 -c$connections, ${seconds}s per round ($(nproc) cores; HAProxy, both replicas and wrk share them)"
for path in /api/me /api/notes; do
  round "$path api-1 directly" "$api_1$path"
  haproxy_cmd "disable server api-nodes/api-2"
  round "$path balancer, 1 replica" "$api$path"
  haproxy_cmd "enable server api-nodes/api-2"
  sleep 3
  round "$path balancer, 2 replicas" "$api$path"
done
