#!/usr/bin/env bash
# Performance evidence, one command:
#
#   scripts/bench.sh [--runs N] [--no-build] [--out FILE] [--only create-scale|create-steps]
#
# Builds the release-ish tree build/bench (RelWithDebInfo; BGTM_BENCH_BUILD_DIR overrides), then, inside a private
# test session (scripts/with-test-session.sh: own HOME, D-Bus, unlocked gnome-keyring) and a private Xvfb display
# (scripts/with-xvfb.sh), prints Markdown tables:
#   1. start-up of the desktop app (signed out, sandbox environment, --offline) against a floor Qt Widgets program:
#      process start → main window first painted, RSS then;
#   2. what the app touched before its window showed (strace: connect() and libsecret loads), app and floor;
#   3. CLI `--version`, `tokens list`, `tokens create` against a local bitgo-sandbox, beside a Node script doing the
#      same with BitGo's SDK (tests/bench/node/sdk-ops.mjs) and a minimal QCoreApplication making one loopback GET;
#      then `tokens create` step by step (strace timestamps): what each deliberate safety step costs;
#   4. BitGoClient's own CPU per call with the sandbox's CPU subtracted;
#   5. 1 000 / 10 000 / 100 000-token lists: parse, model reset, sort, filter per keystroke, scroll, memory, stalls;
#   6. 100 tokens stored in and read from gnome-keyring;
#   7. `tokens create` with 10, 1 000 and 10 000 tokens on the account, beside the SDK: requests sent (the sandbox's
#      own count) and wall time, to show whether a create's cost grows with the account (it resets the sandbox,
#      so it runs last).
# --only runs one section (still built, in the session, against its own sandbox): create-scale is section 7,
# create-steps the step table of section 3 (3b).
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
only=
args=("$@")
while [[ $# -gt 0 ]]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --no-build) do_build=0; shift ;;
        --out) out=$2; shift 2 ;;
        --inner) inner=1; shift ;;
        --only) only=$2; shift 2 ;;
        -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
        *) echo "$0: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
case $only in
    ''|create-scale|create-steps) ;;
    *) echo "$0: --only takes create-scale or create-steps, not $only" >&2; exit 2 ;;
esac
# Whether section $1 runs: every section without --only, else just the one named.
wanted() { [[ -z $only || $only == "$1" ]]; }

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
         "$bench/bgtm_bench_client" "$bench/bgtm_bench_keychain" "$bench/bgtm_bench_parse" "$app" "$cli" "$sandbox_exe"; do
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
if wanted startup; then
    echo
    echo "## Start-up (desktop app signed out, sandbox environment preselected, --offline: no sign-in dialog)"
    "$bench/bgtm_bench_proc" --title "process start → main window first painted" --runs "$runs" --shown \
        "floor (QMainWindow + QTableView)::$bench/bgtm_bench_floor_gui" \
        "bitgo-token-manager --offline --environment sandbox::$app --offline --environment sandbox"
fi

# ---- 2. nothing before the window ------------------------------------------------------------------------------
if wanted startup; then
    echo
    echo "## What start-up touches before the window shows (strace -f: connect(), libsecret; up to the first paint)"
    echo
    echo "| program | connect() before first paint | network (AF_INET/AF_INET6) | libsecret loaded (keychain) | shared libraries opened | failed opens |"
    echo "|---|---|---|---|---|---|"
    for which in floor app; do
        cmd="$bench/bgtm_bench_floor_gui"
        [[ $which == floor ]] || cmd="$app --offline --environment sandbox"
        "$bench/bgtm_bench_proc" --title trace --runs 1 --shown \
            "$which::/usr/bin/strace -f -qq -s 64 -o $tmp/trace-$which -e trace=connect,openat,write $cmd" >/dev/null
        # Everything the process did up to its "shown" line (the probe's write), nothing after.
        awk '/write\([0-9]+, "shown\\n"/ {exit} {print}' "$tmp/trace-$which" >"$tmp/before-$which"
        connects=$(grep -o 'connect([0-9]*, {sa_family=AF_[A-Z0-9]*, [a-z_]*=[^}]*}' "$tmp/before-$which" \
            | sed -E 's/connect\([0-9]+, \{sa_family=//; s/, [a-z_]+=/ /' | sort | uniq -c | sed 's/^ *//' \
            | paste -sd ';' -)
        inet=$(grep -c 'connect(.*AF_INET' "$tmp/before-$which" || true)
        secret=$(grep -c 'openat(.*libsecret' "$tmp/before-$which" || true)
        # Library loading is most of start-up (docs/benchmarks.md): how many it opened, and how many paths it tried
        # in vain.
        libs=$(grep -cE 'openat\(.*\.so[.0-9]*", [^)]*\) = [0-9]' "$tmp/before-$which" || true)
        failed=$(grep -c 'openat(.*= -1 ENOENT' "$tmp/before-$which" || true)
        echo "| $which | ${connects:-none} | $inet | $secret | $libs | $failed |"
    done
    echo
    echo "(D-Bus bus address in this session: ${DBUS_SESSION_BUS_ADDRESS%%,*}; X server: /tmp/.X11-unix/X${DISPLAY#:})"
fi

# ---- 3. CLI ----------------------------------------------------------------------------------------------------
# The sandbox and its admin helpers serve sections 3, 3b and 7 alike, whichever of them run.
"$sandbox_exe" --host 127.0.0.1 --port 0 --runtime-file "$tmp/sandbox.json" >"$tmp/sandbox.out" 2>"$tmp/sandbox.err" &
sandbox_pid=$!
base=
for _ in $(seq 1 300); do
    base=$(sed -n 's/^listening on //p' "$tmp/sandbox.out" | head -1)
    [[ -n $base ]] && break
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.1
done
[[ -n $base ]] || { echo "$0: bitgo-sandbox did not start:" >&2; cat "$tmp/sandbox.err" >&2; exit 1; }
# The admin routes need the run's secret from the 0600 runtime file (written before "listening on"); it reaches curl
# through a header file, never through argv.
admin_secret=$(sed -n 's/.*"adminSecret":"\([0-9a-f]*\)".*/\1/p' "$tmp/sandbox.json")
[[ -n $admin_secret ]] || { echo "$0: no admin secret in the sandbox's runtime file" >&2; exit 1; }
# admin_route METHOD PATH [JSON]: one admin request, its reply on stdout.
admin_route() {
    local data=()
    [[ $# -lt 3 ]] || data=(-d "$3")
    curl -sf --max-time 30 -H 'Content-Type: application/json' -H @<(printf 'X-Sandbox-Admin: %s\n' "$admin_secret") \
        -X "$1" "$base$2" "${data[@]}"
}
admin() { admin_route POST /_sandbox/tokens "$1"; }
# One figure of the sandbox's state, counts.$1 (tokens, liveTokens, requests: API requests since start or reset).
state_count() {
    admin_route GET /_sandbox/state \
        | node -e 'let s = ""; process.stdin.on("data", d => s += d)
                   .on("end", () => process.stdout.write(String(JSON.parse(s).counts[process.argv[1]])))' "$1"
}
# A token that may manage tokens, for the CLI (BITGO_ACCESS_TOKEN) and the SDK script alike. Kept in this shell's
# environment only; never echoed. Made again after a reset (section 7), which forgets it.
bench_token() {
    BITGO_ACCESS_TOKEN=$(admin '{"label":"bench-cli","scope":["all"]}' \
        | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).token))')
    [[ -n $BITGO_ACCESS_TOKEN ]] || { echo "$0: could not create the bench token" >&2; exit 1; }
    export BITGO_ACCESS_TOKEN
}
admin '{"label":"bench","count":20}' >/dev/null
bench_token
export BENCH_BASE_URL=$base
node_exe=$(command -v node)

create_args="tokens create --label bench-cli-created --scope wallet_view_all --duration 3600 --otp 0000000"
if wanted cli; then
    echo
    echo "## CLI against the local sandbox ($base), beside BitGo's SDK in Node and the floor"
    echo
    echo "tokens list sees 21+ tokens; tokens create makes a 1-hour wallet_view_all token (the CLI signs in first with"
    echo "GET session, then sends one POST, and stores the secret in gnome-keyring; the SDK script only creates)."
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
fi

# ---- 3b. what tokens create's safety steps cost ----------------------------------------------------------------
if wanted create-steps; then
    # Each step lies between two system calls that mark it: the first request (session), the first D-Bus connect (the
    # keychain canary), the first fdatasync after it (the pending record), the POST (a create is that one request:
    # the token list is read only after Qt resent the POST), the first fdatasync after it (history + index: created),
    # the first D-Bus message after that (storing the secret), the next fdatasync (index: stored), exit. Only those
    # calls are traced (--seccomp-bpf) and buffers are cut at 40 bytes: no request header, no D-Bus body (the secret)
    # reaches the trace, and the token is not printed (no --print-token).
    # shellcheck disable=SC2016 # the $ are awk's fields, not the shell's
    create_steps_awk='
    function secs(ts,   p) { split(ts, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
    function mark(name, t) { if (!(name in at)) at[name] = t }
    {
        t = secs($2)
        if (!("exec" in at)) mark("exec", t)
        if ($0 ~ /write\([0-9]+, "GET \/api\/v1\/user\/session/) mark("session", t)
        else if ("session" in at && $0 ~ /connect\([0-9]+, \{sa_family=AF_UNIX, sun_path="[^"]*dbus/)
            mark("keychain", t)
        else if ("keychain" in at && !("pending" in at) && $0 ~ /fdatasync\(/) mark("pending", t)
        else if ("pending" in at && $0 ~ /write\([0-9]+, "POST \/api\/v1\/user\/accesstoken/) mark("server", t)
        else if ("server" in at && !("created" in at) && $0 ~ /fdatasync\(/) mark("created", t)
        else if ("created" in at && !("store" in at) && $0 ~ /sendmsg\(/) mark("store", t)
        else if ("store" in at && !("stored" in at) && $0 ~ /fdatasync\(/) mark("stored", t)
        else if ($0 ~ /exit_group\(/) mark("exit", t)
    }
    END {
        n = split("exec session keychain pending server created store stored exit", order, " ")
        for (i = 1; i < n; ++i)
            if (!(order[i] in at) || !(order[i + 1] in at)) exit 1
        for (i = 1; i < n; ++i) printf "%d\t%.1f\n", i, (at[order[i + 1]] - at[order[i]]) * 1000
        printf "%d\t%.1f\n", n, (at["exit"] - at["exec"]) * 1000
    }'
    step_names=("start-up: libraries, settings, index (exec → first request)"
        "sign-in with BITGO_ACCESS_TOKEN (GET session)"
        "keychain canary: write, read back, remove (safety)"
        "pending record in the index (safety)"
        "POST: the create itself (one request, no list)"
        "history line and index entry: created"
        "secret stored in the keychain and read back (safety: the read-back)"
        "index: stored, history line, exit"
        "total (under strace)")
    : >"$tmp/create-steps.tsv"
    for i in $(seq 1 "$runs"); do
        if ! /usr/bin/strace -f -qq --seccomp-bpf -tt -s 40 -e trace=execve,write,fdatasync,connect,sendmsg,exit_group \
            -o "$tmp/create-steps.trace" "$cli" --env "$base" tokens create --label "bench-steps-$i" \
            --scope wallet_view_all --duration 3600 --otp 0000000 >/dev/null 2>"$tmp/create-steps.err"; then
            echo "$0: tokens create under strace failed:" >&2
            cat "$tmp/create-steps.err" >&2
            exit 1
        fi
        awk "$create_steps_awk" "$tmp/create-steps.trace" >>"$tmp/create-steps.tsv" \
            || { echo "$0: could not find the steps of tokens create in its trace" >&2; exit 1; }
    done
    rm -f "$tmp/create-steps.trace"
    echo
    echo "### CLI create, step by step ($runs runs under strace; ms: median (min–max))"
    echo
    echo "What each deliberate safety step costs. strace slows every traced call a little, so the total is above the"
    echo "untraced wall time of the CLI create table."
    echo
    echo "| step | time |"
    echo "|---|---|"
    for s in "${!step_names[@]}"; do
        figure=$(awk -F'\t' -v s=$((s + 1)) '$1 == s {print $2}' "$tmp/create-steps.tsv" | sort -n \
            | awk '{v[NR] = $1} END {m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
                                     printf "%.1f (%.1f–%.1f)", m, v[1], v[NR]}')
        echo "| ${step_names[$s]} | $figure ms |"
    done
fi

# ---- 4. client CPU per call ------------------------------------------------------------------------------------
unset BITGO_ACCESS_TOKEN
if wanted client; then
    "$bench/bgtm_bench_client" 40
fi

# ---- 5. scale --------------------------------------------------------------------------------------------------
if wanted scale; then
    "$bench/bgtm_bench_scale" --reps 5
    # The list parser alone: the streaming TokenListReader beside the QJsonDocument mapping it replaced.
    "$bench/bgtm_bench_parse" --reps 5
fi

# ---- 6. keychain -----------------------------------------------------------------------------------------------
if wanted keychain; then
    env -u DISPLAY "$bench/bgtm_bench_keychain"
fi

# ---- 7. create cost vs tokens on the account -------------------------------------------------------------------
# A create is one POST (no list before or after), so what it costs should not grow with the account. For each size:
# reset the sandbox (it forgets every token, the bench's own included, and zeroes its request count), issue the
# tokens in one admin request, make the bench token again, count the API requests of one CLI create and one SDK
# create (the sandbox's counts.requests before and after each: no tracing, and admin requests do not count), then
# time both interleaved. Last, because the reset takes away the tokens sections 3 and 3b use.

# requests_of COMMAND…: runs it once (its output dropped) and prints how many API requests the sandbox answered.
requests_of() {
    local before after
    before=$(state_count requests)
    "$@" >/dev/null 2>"$tmp/create-scale.err" \
        || { echo "$0: $* failed:" >&2; cat "$tmp/create-scale.err" >&2; exit 1; }
    after=$(state_count requests)
    echo $((after - before))
}
if wanted create-scale; then
    scale_rows=()
    for n in 10 1000 10000; do
        admin_route POST /_sandbox/reset >/dev/null
        admin "{\"label\":\"bench-scale\",\"count\":$n}" >/dev/null
        bench_token
        tokens=$(state_count liveTokens)
        # shellcheck disable=SC2086 # create_args is a list of words
        cli_requests=$(requests_of "$cli" --env "$base" $create_args)
        sdk_requests=$(requests_of "$node_exe" "$node_script" create)
        "$bench/bgtm_bench_proc" --title "create with $tokens tokens on the account" --runs "$runs" \
            --compare "cli create,sdk create" \
            "cli create::$cli --env $base $create_args" \
            "sdk create::$node_exe $node_script create" >"$tmp/create-scale.md"
        # The wall-time and CPU columns of bgtm_bench_proc's rows, and its SDK / CLI line.
        cli_wall=$(awk -F' [|] ' '$1 == "| cli create" {print $2}' "$tmp/create-scale.md")
        cli_cpu=$(awk -F' [|] ' '$1 == "| cli create" {print $6}' "$tmp/create-scale.md")
        sdk_wall=$(awk -F' [|] ' '$1 == "| sdk create" {print $2}' "$tmp/create-scale.md")
        ratio=$(sed -n "s/^'sdk create' \/ 'cli create': time \([0-9.]*×\).*/\1/p" "$tmp/create-scale.md")
        scale_rows+=("| $tokens | $cli_requests | $sdk_requests | $cli_wall | $cli_cpu | $sdk_wall | $ratio |")
    done
    echo
    echo "## tokens create: cost vs tokens on the account (local sandbox, $runs runs each, interleaved; median (min–max))"
    echo
    echo "Tokens on the account: issued by the admin route, plus the bench's own token; every timed run adds one"
    echo "more. Requests: API requests the sandbox answered for one create (its counts.requests). The CLI's figure"
    echo "includes its sign-in with BITGO_ACCESS_TOKEN (GET /api/v1/user/session) before the POST; the SDK script's"
    echo "whatever addAccessToken sends."
    echo
    echo "| tokens on the account | CLI requests | SDK requests | CLI wall | CLI CPU user+sys | SDK wall | SDK / CLI (time) |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${scale_rows[@]}"
fi
