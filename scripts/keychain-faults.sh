#!/usr/bin/env bash
# Keychain faults: time to the error reaching the user, one command:
#
#   scripts/keychain-faults.sh [--no-build]
#
# Builds the CLI and bgtm_keychain_fault_probe in the debug tree (BGTM_BUILD_DIR overrides build/debug). Each case
# runs in its own private session (scripts/with-test-session.sh: own HOME, D-Bus, gnome-keyring): a token is stored
# (index + keychain), then the fault is applied —
#   unlocked     nothing (the baseline)
#   no-service   DBUS_SESSION_BUS_ADDRESS points at no bus: no Secret Service at all
#   locked       the login collection is locked (org.freedesktop.Secret.Service.Lock)
#   hung         the keyring daemon is SIGSTOPped (SIGCONTed on exit)
# — and two things are timed: the real CLI `tokens export <id>` from start to exit (its keychain timeout is the
# shipped 10 s), and, in-process, Vault::checkUsable and Vault::readSecret (timeout 10 s, as the app's). The index
# is compared before and after. Prints a Markdown table. Tokens never reach the output.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BGTM_BUILD_DIR:-$root/build/debug}
probe=$build/tests/faults/bgtm_keychain_fault_probe
cli=$build/app/cli/bitgo-token-manager-cli
token_id=0123456789abcdef0123456789abcdef

if [[ ${1:-} == --case ]]; then
    # ---- inside one private session ----
    case_name=$2
    "$probe" prepare >/dev/null
    index=$XDG_DATA_HOME/bitgo-token-manager/tokens.json
    before=$(sha256sum <"$index")
    case $case_name in
        unlocked) ;;
        no-service) export DBUS_SESSION_BUS_ADDRESS=unix:path=$XDG_RUNTIME_DIR/no-such-bus ;;
        locked)
            gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets \
                --method org.freedesktop.Secret.Service.Lock "['/org/freedesktop/secrets/collection/login']" >/dev/null ;;
        hung)
            pid=$(cat "$XDG_RUNTIME_DIR/gnome-keyring.pid")
            kill -STOP "$pid"
            trap 'kill -CONT "$pid"' EXIT ;;
    esac
    err=$(mktemp)
    start=$(date +%s%N)
    set +e
    "$cli" --env sandbox tokens export "$token_id" >/dev/null 2>"$err"
    code=$?
    set -e
    end=$(date +%s%N)
    message=$(grep -m1 '^error: ' "$err" | cut -c1-110 | tr '|' '/' || true)
    rm -f "$err"
    probe_out=$("$probe" measure 10000)
    usable=$(sed -n 's/^check-usable=//p' <<<"$probe_out")
    read_result=$(sed -n 's/^read=//p' <<<"$probe_out")
    after=$(sha256sum <"$index")
    unchanged=no
    [[ $before == "$after" && $(sed -n 's/^index-unchanged=//p' <<<"$probe_out") == yes ]] && unchanged=yes
    printf '| %s | %s | %s | %s | %s ms | %s ms | %s |\n' "$case_name" "$code" "$(( (end - start) / 1000000 ))" \
        "${message:--}" "$usable" "$read_result" "$unchanged"
    exit 0
fi

do_build=1
[[ ${1:-} == --no-build ]] && do_build=0
if [[ $do_build -eq 1 ]]; then
    [[ -f $build/CMakeCache.txt ]] || cmake --preset debug >/dev/null
    nice cmake --build "$build" -j2 --target bgtm_keychain_fault_probe bitgo-token-manager-cli
fi
for f in "$probe" "$cli"; do
    [[ -x $f ]] || { echo "$0: $f is missing; build it in $build" >&2; exit 2; }
done
echo '| case | CLI exit | CLI time to exit (ms) | CLI message | Vault::checkUsable | Vault::readSecret | index unchanged |'
echo '|---|---:|---:|---|---|---|---|'
for c in unlocked no-service locked hung; do
    BGTM_BUILD_DIR=$build "$root/scripts/with-test-session.sh" "$0" --case "$c"
done
