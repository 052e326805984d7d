#!/usr/bin/env bash
# The README's run command: installs dependencies (Debian packages), configures and builds the release preset,
# and starts the desktop app for offline use against the bundled sandbox (bitgo-sandbox, built alongside).
#
# Usage: scripts/run.sh [--no-deps] [app arguments…]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deps=1
if [[ ${1:-} == --no-deps ]]; then
    deps=0
    shift
fi

step() { printf '\n==> %s\n' "$*"; }

if [[ $deps -eq 1 ]]; then
    step "dependencies"
    "$root/scripts/install-deps.sh"
fi

cd "$root"
step "configure (release)"
cmake --preset release >/dev/null
step "build (release)"
cmake --build --preset release -j "${BGTM_BUILD_JOBS:-2}"

app="$root/build/release/app/bitgo-token-manager"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run.sh: built $app, but there is no display (DISPLAY/WAYLAND_DISPLAY unset) to open its window on." >&2
    echo "run.sh: run it from a desktop session, or for a headless check: scripts/with-xvfb.sh $app --sandbox" >&2
    exit 1
fi

step "start"
# --sandbox: sign in against the local sandbox (the app finds a running bitgo-sandbox or starts the one built next
# to it), so the app is usable offline with the demo account from the README.
exec "$app" --sandbox "$@"
