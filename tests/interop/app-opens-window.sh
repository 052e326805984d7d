#!/usr/bin/env bash
# Smoke check behind the README run command: the desktop app, started on a real X server (Xvfb), maps a visible
# window within the deadline and quits on request. Usage: app-opens-window.sh <bitgo-token-manager> <with-xvfb.sh>
set -euo pipefail
app=$1
with_xvfb=$2
export BGTM_SMOKE_APP=$app
exec "$with_xvfb" bash -c '
    set -euo pipefail
    unset QT_QPA_PLATFORM           # a real xcb window, not offscreen
    "$BGTM_SMOKE_APP" >/dev/null 2>&1 &
    pid=$!
    trap "kill $pid 2>/dev/null || true" EXIT
    for _ in $(seq 1 300); do                     # 30 s deadline, polled every 100 ms
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid" && rc=0 || rc=$?
            echo "FAIL: the app exited (status $rc) before showing a window"; exit 1
        fi
        if windows=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null) && [[ -n "$windows" ]]; then
            name=$(xdotool getwindowname "$(head -n1 <<<"$windows")")
            echo "PASS: visible window \"$name\" on $DISPLAY"
            kill -TERM "$pid"
            exit 0
        fi
        sleep 0.1
    done
    echo "FAIL: no visible window within 30 s"; exit 1
'
