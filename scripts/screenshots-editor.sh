#!/usr/bin/env bash
# Renders the create-token editor screenshots docs/screenshots/editor-*.png (empty, filled,
# with errors, result) under Xvfb, inside a private
# test session (own D-Bus, unlocked gnome-keyring) and against a throw-away sandbox.
# Usage: scripts/screenshots-editor.sh [build-dir]   (default: build/debug; build target bgtm_editor_screenshot_tool first)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/debug}
tool=$build/tests/editor/bgtm_editor_screenshot_tool
[[ -x $tool ]] || { echo "$0: $tool is missing; build the target bgtm_screenshot_tool" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "$0: Xvfb is missing (install xvfb)" >&2; exit 2; }

# xvfb-run -a is flaky; start Xvfb ourselves and let it pick a free display number.
fifo=$(mktemp -u); mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$fifo" 2>/dev/null &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -f "$fifo"' EXIT
read -r -t 20 display <"$fifo" || { echo "$0: Xvfb did not start" >&2; exit 1; }

mkdir -p "$root/docs/screenshots"
# with-test-session.sh unsets DISPLAY (so the keyring can never prompt); the tool gets it back explicitly.
"$root/scripts/with-test-session.sh" env DISPLAY=":$display" QT_QPA_PLATFORM=xcb "$tool" "$root/docs/screenshots"
