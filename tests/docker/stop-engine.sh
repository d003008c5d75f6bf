#!/usr/bin/env bash
# Stop the engine that start-engine.sh started, by its pid, and remove its run directory.
# The image store under QUOTES_DOCKER_HOME is kept (it caches the stand-in base image);
# pass --purge to remove that too.
set -uo pipefail

home_dir="${QUOTES_DOCKER_HOME:-/var/tmp/quotes-docker}"
state_file="$home_dir/engine.env"
log() { echo "stop-engine: $*" >&2; }

if [[ ! -f "$state_file" ]]; then
    log "no engine state in $home_dir; nothing to stop"
else
    # shellcheck disable=SC1090
    source "$state_file"
    if kill -0 "$DOCKERD_PID" 2>/dev/null; then
        kill -TERM "$DOCKERD_PID"
        for _ in $(seq 1 30); do
            kill -0 "$DOCKERD_PID" 2>/dev/null || break
            sleep 1
        done
        if kill -0 "$DOCKERD_PID" 2>/dev/null; then
            log "dockerd $DOCKERD_PID did not stop in 30 s; killing it"
            kill -KILL "$DOCKERD_PID" 2>/dev/null || true
            sleep 1
        fi
    fi
    # dockerd leaves its network namespace mounted; unmount everything under the run dir.
    if [[ -n "${QUOTES_DOCKER_RUN_DIR:-}" && -d "$QUOTES_DOCKER_RUN_DIR" ]]; then
        awk -v d="$QUOTES_DOCKER_RUN_DIR/" 'index($2, d) == 1 {print $2}' /proc/mounts |
            sort -r | while read -r m; do umount "$m" 2>/dev/null || umount -l "$m"; done
        rm -rf "$QUOTES_DOCKER_RUN_DIR"
    fi
    rm -f "$state_file"
    log "engine stopped"
fi

if [[ "${1:-}" == "--purge" ]]; then
    awk -v d="$home_dir/" 'index($2, d) == 1 {print $2}' /proc/mounts |
        sort -r | while read -r m; do umount "$m" 2>/dev/null || umount -l "$m"; done
    rm -rf "$home_dir"
    log "removed $home_dir"
fi
