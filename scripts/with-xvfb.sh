#!/usr/bin/env bash
# Runs a command with a private Xvfb display, for the few checks that need a real X window (everything else uses
# QT_QPA_PLATFORM=offscreen). Xvfb picks a free display itself and tells us which (-displayfd), which avoids the
# display-number race that makes `xvfb-run -a` fail now and then.
# Usage: scripts/with-xvfb.sh <command> [args…]
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 <command> [args…]" >&2
    exit 2
fi
command -v Xvfb >/dev/null || { echo "$0: Xvfb is missing (install xvfb)" >&2; exit 2; }

tmp=$(mktemp -d -t bgtm-xvfb.XXXXXX)
xvfb_pid=
cleanup() {
    if [[ -n "$xvfb_pid" ]]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

mkfifo "$tmp/displayfd"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$tmp/displayfd" 2>"$tmp/xvfb.log" &
xvfb_pid=$!

# Xvfb writes the display number once it accepts connections; give it 20 s.
display=
if ! read -r -t 20 display <"$tmp/displayfd" || [[ -z "$display" ]]; then
    echo "$0: Xvfb did not start within 20 s:" >&2
    cat "$tmp/xvfb.log" >&2
    exit 1
fi

export DISPLAY=":$display"
unset WAYLAND_DISPLAY
"$@"
