#!/usr/bin/env bash
# Runs a command inside a private desktop session made for tests:
#   - its own HOME, XDG data/config/runtime directories (nothing touches the user's real ones),
#   - a private D-Bus session bus,
#   - gnome-keyring-daemon with an unlocked "login" keyring (Secret Service),
#   - DISPLAY unset, so gnome-keyring can never pop a password dialog and hang a keychain job.
# Usage: scripts/with-test-session.sh <command> [args…]
# BGTM_TEST_SESSION_DIR chooses the directory (default: a new temporary one, removed afterwards).
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 <command> [args…]" >&2
    exit 2
fi

for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is missing (install dbus and gnome-keyring)" >&2; exit 2; }
done

keep=1
if [[ -z "${BGTM_TEST_SESSION_DIR:-}" ]]; then
    BGTM_TEST_SESSION_DIR=$(mktemp -d -t bgtm-session.XXXXXX)
    keep=0
fi
mkdir -p "$BGTM_TEST_SESSION_DIR"/{home,data,config,cache,run}
chmod 700 "$BGTM_TEST_SESSION_DIR"/run
cleanup() { [[ $keep -eq 1 ]] || rm -rf "$BGTM_TEST_SESSION_DIR"; }
trap cleanup EXIT

export HOME="$BGTM_TEST_SESSION_DIR/home"
export XDG_DATA_HOME="$BGTM_TEST_SESSION_DIR/data"
export XDG_CONFIG_HOME="$BGTM_TEST_SESSION_DIR/config"
export XDG_CACHE_HOME="$BGTM_TEST_SESSION_DIR/cache"
export XDG_RUNTIME_DIR="$BGTM_TEST_SESSION_DIR/run"
export BGTM_TEST_SESSION_DIR
unset DISPLAY WAYLAND_DISPLAY

# The inner script starts the keyring on the private bus, then runs the command; dbus-run-session ends the bus
# (and with it the keyring daemon) when the command exits.
dbus-run-session -- bash -c '
    set -euo pipefail
    # A nested session must not find (and replace) the outer daemon through the inherited variable.
    unset GNOME_KEYRING_CONTROL
    # --replace is needed, or writes fail with "Object does not exist at path …/collection/login".
    # The daemon forks away; on a loaded machine it has been seen to be gone before it took the Secret Service name,
    # so it is started until the bus names its owner (at most 3 times). The pid of that owner is what keychain-fault tests
    # SIGSTOP: asked of this bus itself, never guessed from the process list of side-by-side sessions.
    pid=""
    for attempt in 1 2 3; do
        eval "$(printf "%s" "bgtm-test-keyring" | gnome-keyring-daemon --replace --unlock --components=secrets)"
        for _ in $(seq 1 50); do
            pid=$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
                      --method org.freedesktop.DBus.GetConnectionUnixProcessID org.freedesktop.secrets 2>/dev/null \
                  | sed -n "s/^(uint32 \([0-9]*\),)$/\1/p") || true
            [[ -n "$pid" ]] && break 2
            sleep 0.1
        done
        echo "bgtm-session: the keyring daemon did not take the Secret Service name (attempt $attempt)" >&2
    done
    [[ -n "$pid" ]] || { echo "bgtm-session: no keyring daemon" >&2; exit 1; }
    export GNOME_KEYRING_CONTROL
    echo "$pid" > "$XDG_RUNTIME_DIR/gnome-keyring.pid"
    exec "$@"
' bgtm-session "$@"
