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
# A leftover temporary directory is not the command's failure: its exit status is kept whatever rm says.
cleanup() {
    [[ $keep -eq 1 ]] && return 0
    rm -rf "$BGTM_TEST_SESSION_DIR" 2>/dev/null || { sleep 0.5; rm -rf "$BGTM_TEST_SESSION_DIR"; } || true
}
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
# The daemon runs in the foreground (--foreground: no fork, no daemonizing), as a child of a small watcher subshell that
# writes its exit status to $XDG_RUNTIME_DIR/keyring.log, where its stderr goes too: a daemon that is gone says when
# and how. It runs in a session of its own (setsid; it forks nothing, so its pid stays the one the bus names), so no
# signal meant for the test's process group or session (SIGHUP when that group is orphaned while the daemon is
# SIGSTOPped, a kill of the group) reaches it. Its control directory is given (--control-directory), so its --replace
# can only ever quit a daemon in this session's own directory, never one found through an inherited variable. It is
# started once: a slow start is waited for, never answered by a second --replace daemon (that would QUIT the first
# through the control socket). The pid keychain-fault tests SIGSTOP is the one the bus names as the owner of the
# Secret Service, checked to be this watcher's child.
dbus-run-session -- bash -c '
    set -euo pipefail
    # A nested session must not find (and replace) the outer daemon through the inherited variable.
    unset GNOME_KEYRING_CONTROL
    log="$XDG_RUNTIME_DIR/keyring.log"
    # --replace is needed, or writes fail with "Object does not exist at path …/collection/login".
    (
        set +e
        printf "%s" "bgtm-test-keyring" \
            | setsid gnome-keyring-daemon --foreground --replace --unlock --components=secrets \
                  --control-directory="$XDG_RUNTIME_DIR/keyring" >"$XDG_RUNTIME_DIR/keyring.env" 2>>"$log"
        echo "bgtm-session: the keyring daemon exited with status $? at $(date +%T.%N)" >>"$log"
    ) 2>/dev/null &
    watcher=$!
    pid=""
    for _ in $(seq 1 600); do
        owner=$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
                    --method org.freedesktop.DBus.GetConnectionUnixProcessID org.freedesktop.secrets 2>/dev/null \
                | sed -n "s/^(uint32 \([0-9]*\),)$/\1/p") || true
        if [[ -n "$owner" ]]; then
            read -r _ _ _ ppid _ <"/proc/$owner/stat" 2>/dev/null || ppid=""
            [[ "$ppid" == "$watcher" ]] && pid=$owner
            break
        fi
        kill -0 "$watcher" 2>/dev/null || break
        sleep 0.1
    done
    if [[ -z "$pid" ]]; then
        echo "bgtm-session: no keyring daemon of this session owns org.freedesktop.secrets (owner: ${owner:-none})" >&2
        cat "$log" >&2 || true
        exit 1
    fi
    GNOME_KEYRING_CONTROL=$XDG_RUNTIME_DIR/keyring
    export GNOME_KEYRING_CONTROL
    echo "$pid" > "$XDG_RUNTIME_DIR/gnome-keyring.pid"
    # The command runs as a child (not exec) so that the daemon is stopped and waited for before the session ends:
    # nothing may still write into the session directory while it is removed. A keychain-fault test may have left
    # the daemon stopped, hence SIGCONT first; one that does not end within 5 s is killed.
    set +e
    "$@"
    status=$?
    kill -CONT "$pid" 2>/dev/null
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 50); do
        kill -0 "$watcher" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null
    wait "$watcher" 2>/dev/null
    exit $status
' bgtm-session "$@"
