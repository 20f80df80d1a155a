#!/usr/bin/env bash
# How long ./frontgate up takes on a fresh clone of this checkout's HEAD (Maven's cache as it is): cold (nothing built,
# no Keycloak unpacked), then warm (the same clone again, after a down). Goals of issue #15: cold <= 60 s, warm <= 12 s.
# Usage: bench/stack/run.sh [warm starts=2]
# Keycloak and the API get free ports; the React app is off unless FRONTGATE_APP=on (it needs port 5173: run it then
# as `flock /tmp/frontgate-stack.lock bench/stack/run.sh`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
warm_starts="${1:-2}"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
clone="$here/target/clone"
rm -rf "$clone" && mkdir -p "$here/target"
git clone -q "$root" "$clone"
export FRONTGATE_APP="${FRONTGATE_APP:-off}" FRONTGATE_KEYCLOAK_PORT="$(free_port)"
export FRONTGATE_KEYCLOAK_MANAGEMENT_PORT="$(free_port)" FRONTGATE_API_PORT="$(free_port)"
trap '"$clone/frontgate" down > /dev/null 2>&1 || true' EXIT

# Seconds from the command to its return, and the launcher's own "ready in" figure, for one up; then down.
timed_up() {
  local started ended
  started=$(date +%s%N)
  "$clone/frontgate" up > "$here/target/up-$1.log" 2>&1 || { cat "$here/target/up-$1.log"; exit 1; }
  ended=$(date +%s%N)
  printf '%s %d.%d s\n' "$1" $(((ended - started) / 1000000000)) $(((ended - started) / 100000000 % 10))
  "$clone/frontgate" down > /dev/null
}

results=("$(timed_up cold)")
for i in $(seq 1 "$warm_starts"); do results+=("$(timed_up "warm-$i")"); done
echo
echo "./frontgate up on a fresh clone of $(git -C "$root" rev-parse --short HEAD), React app: $FRONTGATE_APP"
echo "| start | seconds | goal |"
echo "|---|---:|---:|"
for result in "${results[@]}"; do
  read -r name seconds _ <<<"$result"
  case "$name" in cold) goal="<= 60 s" ;; *) goal="<= 12 s" ;; esac
  echo "| $name | $seconds | $goal |"
done
