#!/usr/bin/env bash
# Performance evidence (issue 11), one command:
#
#   scripts/bench.sh [--runs N] [--no-build] [--out FILE]
#
# Builds the release-ish tree build/bench (RelWithDebInfo; BGTM_BENCH_BUILD_DIR overrides), then, inside a private
# test session (scripts/with-test-session.sh: own HOME, D-Bus, unlocked gnome-keyring) and a private Xvfb display
# (scripts/with-xvfb.sh), prints Markdown tables:
#   1. start-up of the desktop app (signed out, sandbox environment, --offline) against a floor Qt Widgets program:
#      process start → main window first painted, RSS then;
#   2. what the app touched before its window showed (strace: connect() and libsecret loads), app and floor;
#   3. CLI `--version`, `tokens list`, `tokens create` against a local bitgo-sandbox, beside a Node script doing the
#      same with BitGo's SDK (tests/bench/node/sdk-ops.mjs) and a minimal QCoreApplication making one loopback GET;
#   4. BitGoClient's own CPU per call with the sandbox's CPU subtracted;
#   5. 1 000 / 10 000 / 100 000-token lists: parse, model reset, sort, filter per keystroke, scroll, memory, stalls;
#   6. 100 tokens stored in and read from gnome-keyring.
# Every comparison runs both sides interleaved in the same invocation (this machine drifts by tens of percent
# between minutes) and prints median (min–max) and the ratio. Nothing passes or fails on time; the script fails
# only when something did not run. Tokens never reach the output.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BGTM_BENCH_BUILD_DIR:-$root/build/bench}
runs=15
do_build=1
out=
inner=0
args=("$@")
while [[ $# -gt 0 ]]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --no-build) do_build=0; shift ;;
        --out) out=$2; shift 2 ;;
        --inner) inner=1; shift ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "$0: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [[ $inner -eq 0 ]]; then
    if [[ $do_build -eq 1 ]]; then
        [[ -f $build/CMakeCache.txt ]] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
        nice cmake --build "$build" -j2 --target bgtm_benchmarks
    fi
    if [[ -n $out ]]; then
        "$root/scripts/with-test-session.sh" "$root/scripts/with-xvfb.sh" "$0" --inner "${args[@]}" | tee "$out"
        exit "${PIPESTATUS[0]}"
    fi
    exec "$root/scripts/with-test-session.sh" "$root/scripts/with-xvfb.sh" "$0" --inner "${args[@]}"
fi

# ---- inside the test session and Xvfb from here on ----
bench=$build/tests/bench
app=$build/app/bitgo-token-manager
cli=$build/app/cli/bitgo-token-manager-cli
sandbox_exe=$build/app/sandbox/bitgo-sandbox
node_script=$root/tests/bench/node/sdk-ops.mjs
for f in "$bench/bgtm_bench_proc" "$bench/bgtm_bench_floor_gui" "$bench/bgtm_bench_floor_cli" "$bench/bgtm_bench_scale" \
         "$bench/bgtm_bench_client" "$bench/bgtm_bench_keychain" "$app" "$cli" "$sandbox_exe"; do
    [[ -x $f ]] || { echo "$0: $f is missing; build the target bgtm_benchmarks in $build" >&2; exit 2; }
done
command -v node >/dev/null || { echo "$0: node is missing (the SDK comparison needs it)" >&2; exit 2; }
[[ -d $root/tests/node/node_modules/@bitgo/sdk-api ]] || { echo "$0: run npm ci in tests/node first" >&2; exit 2; }

tmp=$(mktemp -d -t bgtm-bench.XXXXXX)
sandbox_pid=
cleanup() {
    if [[ -n $sandbox_pid ]]; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

echo "# bitgo-token-manager benchmarks"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" diff --quiet 2>/dev/null || echo ' + uncommitted changes')"
echo "- machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM; load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- build: $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt"), Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6), node $(node --version); display: Xvfb $DISPLAY"
echo "- command: scripts/bench.sh ${args[*]/--inner/}"

# ---- 1. start-up ----------------------------------------------------------------------------------------------
echo
echo "## Start-up (desktop app signed out, sandbox environment preselected, --offline: no sign-in dialog)"
"$bench/bgtm_bench_proc" --title "process start → main window first painted" --runs "$runs" --shown \
    "floor (QMainWindow + QTableView)::$bench/bgtm_bench_floor_gui" \
    "bitgo-token-manager --offline --environment sandbox::$app --offline --environment sandbox"

# ---- 2. nothing before the window ------------------------------------------------------------------------------
echo
echo "## What start-up touches before the window shows (strace -f: connect(), libsecret; up to the first paint)"
echo
echo "| program | connect() before first paint | network (AF_INET/AF_INET6) | libsecret loaded (keychain) |"
echo "|---|---|---|---|"
for which in floor app; do
    if [[ $which == floor ]]; then cmd="$bench/bgtm_bench_floor_gui"; else cmd="$app --offline --environment sandbox"; fi
    "$bench/bgtm_bench_proc" --title trace --runs 1 --shown \
        "$which::/usr/bin/strace -f -qq -s 64 -o $tmp/trace-$which -e trace=connect,openat,write $cmd" >/dev/null
    # Everything the process did up to its "shown" line (the probe's write), nothing after.
    awk '/write\([0-9]+, "shown\\n"/ {exit} {print}' "$tmp/trace-$which" >"$tmp/before-$which"
    connects=$(grep -o 'connect([0-9]*, {sa_family=AF_[A-Z0-9]*, [a-z_]*=[^}]*}' "$tmp/before-$which" \
        | sed -E 's/connect\([0-9]+, \{sa_family=//; s/, [a-z_]+=/ /' | sort | uniq -c | sed 's/^ *//' | paste -sd ';' -)
    inet=$(grep -c 'connect(.*AF_INET' "$tmp/before-$which" || true)
    secret=$(grep -c 'openat(.*libsecret' "$tmp/before-$which" || true)
    echo "| $which | ${connects:-none} | $inet | $secret |"
done
echo
echo "(D-Bus bus address in this session: ${DBUS_SESSION_BUS_ADDRESS%%,*}; X server: /tmp/.X11-unix/X${DISPLAY#:})"

# ---- 3. CLI ----------------------------------------------------------------------------------------------------
"$sandbox_exe" --host 127.0.0.1 --port 0 >"$tmp/sandbox.out" 2>"$tmp/sandbox.err" &
sandbox_pid=$!
base=
for _ in $(seq 1 300); do
    base=$(sed -n 's/^listening on //p' "$tmp/sandbox.out" | head -1)
    [[ -n $base ]] && break
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.1
done
[[ -n $base ]] || { echo "$0: bitgo-sandbox did not start:" >&2; cat "$tmp/sandbox.err" >&2; exit 1; }
admin() { curl -sf --max-time 10 -H 'Content-Type: application/json' -X POST "$base/_sandbox/tokens" -d "$1"; }
for i in $(seq 1 20); do admin "{\"label\":\"bench-$i\"}" >/dev/null; done
# A token that may manage tokens, for the CLI (BITGO_ACCESS_TOKEN) and the SDK script alike. Kept in this shell's
# environment only; never echoed.
BITGO_ACCESS_TOKEN=$(admin '{"label":"bench-cli","scope":["all"]}' \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).token))')
[[ -n $BITGO_ACCESS_TOKEN ]] || { echo "$0: could not create the bench token" >&2; exit 1; }
export BITGO_ACCESS_TOKEN BENCH_BASE_URL=$base
node_exe=$(command -v node)

echo
echo "## CLI against the local sandbox ($base), beside BitGo's SDK in Node and the floor"
echo
echo "tokens list sees 21+ tokens; tokens create makes a 1-hour wallet_view_all token (the CLI also lists before and"
echo "after to catch surplus tokens, and stores the secret in gnome-keyring; the SDK script only creates)."
create_args="tokens create --label bench-cli-created --scope wallet_view_all --duration 3600 --otp 0000000"
for op in version list create; do
    case $op in
        version) cli_args="--version" ;;
        list) cli_args="--env $base tokens list" ;;
        create) cli_args="--env $base $create_args" ;;
    esac
    "$bench/bgtm_bench_proc" --title "CLI $op" --runs "$runs" --compare "cli $op,sdk $op" \
        --compare "floor,cli $op" \
        "floor::$bench/bgtm_bench_floor_cli $base/api/v1/user/session" \
        "cli $op::$cli $cli_args" \
        "sdk $op::$node_exe $node_script $op"
done

# ---- 4. client CPU per call ------------------------------------------------------------------------------------
unset BITGO_ACCESS_TOKEN
"$bench/bgtm_bench_client" 40

# ---- 5. scale --------------------------------------------------------------------------------------------------
"$bench/bgtm_bench_scale" --reps 5

# ---- 6. keychain -----------------------------------------------------------------------------------------------
env -u DISPLAY "$bench/bgtm_bench_keychain"
