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

# The keyring daemon is started the way a desktop starts it, by D-Bus activation, but of a launcher of this session
# (a service file in $XDG_DATA_HOME/dbus-1/services wins over the system's): it runs gnome-keyring-daemon in the
# foreground with the session's password on stdin, so the login keyring is unlocked, in a session of its own (setsid:
# no signal meant for the test's process group reaches it) and with its own control directory (its --replace can only
# ever quit a daemon of this session). The launcher records the daemon's pid (what keychain-fault tests SIGSTOP) and,
# when the daemon ends, its exit status, in keyring.log beside its stderr. A daemon that dies during the command is
# not replaced by the system's locked one: the next request activates this launcher again, on the same keyring files
# (gnome-keyring 42 has been seen to vanish under load, leaving its control socket behind). The session says so.
keyring_dir="$XDG_RUNTIME_DIR/keyring"
keyring_log="$XDG_RUNTIME_DIR/keyring.log"
launcher="$XDG_RUNTIME_DIR/keyring-launcher.sh"
mkdir -p "$XDG_DATA_HOME/dbus-1/services"
printf '%s' "bgtm-test-keyring" > "$XDG_RUNTIME_DIR/keyring-password"
cat > "$launcher" <<LAUNCHER
#!/bin/bash
setsid gnome-keyring-daemon --foreground --replace --unlock --components=secrets --control-directory="$keyring_dir" \
    <"$XDG_RUNTIME_DIR/keyring-password" >/dev/null 2>>"$keyring_log" &
daemon=\$!
echo "\$daemon" > "$XDG_RUNTIME_DIR/gnome-keyring.pid"
wait "\$daemon"
echo "bgtm-session: the keyring daemon \$daemon exited with status \$? at \$(date +%T.%N)" >>"$keyring_log"
LAUNCHER
chmod 700 "$launcher"
for name in org.freedesktop.secrets org.gnome.keyring; do
    printf '[D-BUS Service]\nName=%s\nExec=/bin/bash %s\n' "$name" "$launcher" \
        > "$XDG_DATA_HOME/dbus-1/services/$name.service"
done

# The inner script starts the keyring on the private bus, runs the command, then stops the daemon and waits for it
# (nothing may still write into the session directory while it is removed); dbus-run-session then ends the bus.
dbus-run-session -- bash -c '
    set -euo pipefail
    # A nested session must not find (and replace) the outer daemon through the inherited variable.
    unset GNOME_KEYRING_CONTROL
    log="$XDG_RUNTIME_DIR/keyring.log"
    gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
        --method org.freedesktop.DBus.StartServiceByName org.freedesktop.secrets 0 >/dev/null
    owner=$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
                --method org.freedesktop.DBus.GetConnectionUnixProcessID org.freedesktop.secrets \
            | sed -n "s/^(uint32 \([0-9]*\),)$/\1/p")
    pid=$(cat "$XDG_RUNTIME_DIR/gnome-keyring.pid" 2>/dev/null || true)
    if [[ -z "$owner" || "$owner" != "$pid" ]]; then
        echo "bgtm-session: the Secret Service is not this session'"'"'s keyring daemon (owner ${owner:-none}, ours ${pid:-none})" >&2
        cat "$log" >&2 || true
        exit 1
    fi
    export GNOME_KEYRING_CONTROL="$XDG_RUNTIME_DIR/keyring"
    set +e
    "$@"
    status=$?
    if grep -q "exited with status" "$log" 2>/dev/null; then
        echo "bgtm-session: the keyring daemon ended during the command and was started again on demand:" >&2
        cat "$log" >&2
    fi
    # A keychain-fault test may have left the daemon stopped, hence SIGCONT first; one that does not end within 5 s
    # is killed. The launcher then writes its last line.
    pid=$(cat "$XDG_RUNTIME_DIR/gnome-keyring.pid" 2>/dev/null || true)
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill -CONT "$pid" 2>/dev/null
        kill -TERM "$pid" 2>/dev/null
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null
    fi
    for _ in $(seq 1 20); do
        [[ $(grep -c "exited with status" "$log" 2>/dev/null) -gt 0 ]] && break
        sleep 0.05
    done
    exit $status
' bgtm-session "$@"
