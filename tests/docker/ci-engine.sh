# shellcheck shell=bash
# For .ci/run:   source tests/docker/ci-engine.sh
#
# Installs (if missing) and starts the private Docker engine, exports DOCKER_HOST for it and
# QUOTES_REQUIRE_DOCKER=1 (so the docker tests fail instead of skipping), and stops the engine
# when the sourcing shell exits, keeping any EXIT trap that was already set.

_quotes_docker_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

quotes_docker_engine_stop() {
    bash "$_quotes_docker_dir/stop-engine.sh" || true
}

_quotes_docker_env="$(bash "$_quotes_docker_dir/start-engine.sh" --print-env)" || {
    echo "ci-engine: could not start the Docker engine" >&2
    return 1 2>/dev/null || exit 1
}
eval "$_quotes_docker_env"
export QUOTES_REQUIRE_DOCKER=1

# Chain with an existing EXIT trap: `trap -p` prints it as  trap -- '<command>' EXIT.
_quotes_prev_exit_trap="$(trap -p EXIT)"
_quotes_prev_exit_trap="${_quotes_prev_exit_trap#trap -- \'}"
_quotes_prev_exit_trap="${_quotes_prev_exit_trap%\' EXIT}"
_quotes_prev_exit_trap="${_quotes_prev_exit_trap//\'\\\'\'/\'}"
# shellcheck disable=SC2064  # expand now: the previous command is fixed at this point
trap "quotes_docker_engine_stop${_quotes_prev_exit_trap:+; $_quotes_prev_exit_trap}" EXIT
unset _quotes_docker_env _quotes_prev_exit_trap
