#!/usr/bin/env bash
# The README's test command: installs dependencies (Debian packages, BitGo's SDK via `npm ci`), configures and
# builds the debug preset with warnings as errors, and runs every test, each inside its own private test session (own
# D-Bus, unlocked gnome-keyring, no DISPLAY; see scripts/with-test-session.sh and tests/CMakeLists.txt).
#
# Usage: scripts/test.sh [--preset debug|asan] [--no-deps] [ctest arguments…]
#   e.g. scripts/test.sh -R interop        only the tests matching "interop"
#        scripts/test.sh -L keychain       only the tests labelled keychain
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=debug
deps=1
ctest_args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --preset) preset=$2; shift 2 ;;
        --no-deps) deps=0; shift ;;
        *) ctest_args+=("$1"); shift ;;
    esac
done
case "$preset" in debug|asan) ;; *) echo "$0: --preset must be debug or asan" >&2; exit 2 ;; esac

step() { printf '\n==> %s\n' "$*"; }

if [[ $deps -eq 1 ]]; then
    step "dependencies"
    "$root/scripts/install-deps.sh" --tests $([[ $preset == asan ]] && echo --ci)
fi

cd "$root"
step "configure ($preset)"
cmake --preset "$preset" -DBGTM_WERROR=ON >/dev/null
step "build ($preset)"
# Two cores here; more jobs only thrash.
cmake --build --preset "$preset" -j "${BGTM_BUILD_JOBS:-2}"

step "tests ($preset), each in its own private D-Bus + gnome-keyring session"
# ASan: leak detection stays on; abort on the first error so a report is never mistaken for a pass.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# One third-party leak at thread teardown is suppressed; the file says why.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan-suppressions.txt:print_suppressions=0}
ctest --preset "$preset" --output-on-failure --no-tests=error "${ctest_args[@]}"
