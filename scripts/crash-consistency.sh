#!/usr/bin/env bash
# Crash-consistency counts, one command:
#
#   scripts/crash-consistency.sh [--runs N] [--programs cli,app] [--seed S] [--no-build]
#                                [--points a,b,…] [--rotate-points a,b,…|none]
#
# Builds bgtm_crash_consistency in the debug tree (BGTM_BUILD_DIR overrides build/debug), then runs it inside a
# private test session (scripts/with-test-session.sh: own HOME, D-Bus, unlocked gnome-keyring). It starts the real
# bitgo-sandbox and, for the real CLI and the real desktop app (the unmodified bitgo-token-manager, offscreen, worked
# through its widgets by a Qt plugin, tests/crash/CrashDriver), kills each operation — token creation and rotation —
# N times (default 30) at each named kill point (BGTM_TEST_KILL_AT: after-server-reply, after-keychain-write,
# after-index-write; rotate-after-create, -store, -verify, -revoke), with SIGKILL after a random delay spread over the
# operation's measured duration, and not at all (control). Then it restarts the program (the CLI: `tokens list`;
# the app: a fresh window signs in, lists and reconciles, and reports its token table) and counts per row the
# tokens live on the sandbox, stored (index says stored and the keychain holds a secret the sandbox issued), flagged
# to the user, and LOST (live but neither). Prints a Markdown table; exits 1 when any token was lost or a restart
# failed. 30 runs of everything take about 20 minutes on 2 shared cores.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BGTM_BUILD_DIR:-$root/build/debug}
do_build=1
args=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --runs|--seed|--rotate-points|--points|--programs) args+=("$1" "$2"); shift 2 ;;
        --no-build) do_build=0; shift ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "$0: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [[ $do_build -eq 1 ]]; then
    [[ -f $build/CMakeCache.txt ]] || cmake --preset debug >/dev/null
    nice cmake --build "$build" -j2 --target bgtm_crash_consistency bgtm_crash_driver bitgo-sandbox \
        bitgo-token-manager-cli bitgo-token-manager
fi
exe=$build/tests/crash/bgtm_crash_consistency
[[ -x $exe ]] || { echo "$0: $exe is missing; build the target bgtm_crash_consistency in $build" >&2; exit 2; }
# Qt's debug categories stay off here: the runs are many and the counts, not the logs, are the output.
exec "$root/scripts/with-test-session.sh" env QT_LOGGING_RULES='*.debug=false' "$exe" "${args[@]}"
