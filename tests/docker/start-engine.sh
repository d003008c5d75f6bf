#!/usr/bin/env bash
# Install (if missing) and start a private Docker engine for tests/docker.
#
#   bash tests/docker/start-engine.sh          # start; prints the DOCKER_HOST to export
#   eval "$(bash tests/docker/start-engine.sh --print-env)"   # start and export in this shell
#   bash tests/docker/stop-engine.sh           # stop it again
#
# The engine touches nothing on the host network (--bridge=none, no iptables), listens on its
# own socket and keeps its image store under QUOTES_DOCKER_HOME (default /var/tmp/quotes-docker)
# so the stand-in base image and the build cache survive between runs. Its exec-root and socket
# live in a fresh temporary directory that stop-engine.sh removes.
set -euo pipefail

print_env=false
[[ "${1:-}" == "--print-env" ]] && print_env=true

home_dir="${QUOTES_DOCKER_HOME:-/var/tmp/quotes-docker}"
state_file="$home_dir/engine.env"
log() { echo "start-engine: $*" >&2; }

engine_answers() {
    DOCKER_HOST="$1" timeout 10 /usr/bin/docker info >/dev/null 2>&1
}

install_engine() {
    local missing=()
    [[ -x /usr/bin/docker && -x /usr/sbin/dockerd ]] || missing+=(docker.io)
    command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
    ((${#missing[@]} == 0)) && return 0
    [[ $(id -u) == 0 ]] || { log "need root to apt-get install ${missing[*]}"; exit 1; }
    log "installing ${missing[*]} (about 20 s)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

emit() {
    # shellcheck disable=SC1090
    source "$state_file"
    if $print_env; then
        echo "export DOCKER_HOST=$DOCKER_HOST"
    else
        log "engine up (pid $DOCKERD_PID). Use it with:"
        log "  export DOCKER_HOST=$DOCKER_HOST"
        log "Stop it with: bash tests/docker/stop-engine.sh"
    fi
}

mkdir -p "$home_dir"

# Already running from an earlier call: reuse it.
if [[ -f "$state_file" ]]; then
    # shellcheck disable=SC1090
    source "$state_file"
    if kill -0 "$DOCKERD_PID" 2>/dev/null && engine_answers "$DOCKER_HOST"; then
        emit
        exit 0
    fi
    log "stale state from an engine that is gone; cleaning up"
    bash "$(dirname "$0")/stop-engine.sh" >&2 || true
fi

install_engine

# Short path: containerd's sockets live under the exec-root and unix socket paths are limited.
run_dir="$(mktemp -d /tmp/qdock.XXXXXX)"
data_root="$home_dir/data-root"
mkdir -p "$data_root"
socket="unix://$run_dir/docker.sock"

# setsid: the engine must not die with (or be signalled with) the shell that started it.
setsid /usr/sbin/dockerd \
    --bridge=none --iptables=false --ip6tables=false \
    --data-root "$data_root" --exec-root "$run_dir/exec" \
    --pidfile "$run_dir/dockerd.pid" \
    --host "$socket" \
    >"$home_dir/dockerd.log" 2>&1 </dev/null &
pid=$!
cat >"$state_file" <<EOF
DOCKERD_PID=$pid
DOCKER_HOST=$socket
QUOTES_DOCKER_RUN_DIR=$run_dir
EOF

for _ in $(seq 1 60); do
    if engine_answers "$socket"; then
        emit
        exit 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        break
    fi
    sleep 1
done
log "dockerd did not come up; last lines of $home_dir/dockerd.log:"
tail -n 20 "$home_dir/dockerd.log" >&2 || true
bash "$(dirname "$0")/stop-engine.sh" >&2 || true
exit 1
