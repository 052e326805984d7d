#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, `fuzz` preset settings: clang, ASan+UBSan) and runs each for a bounded
# time, then prints a table: target, executions/s, coverage (libFuzzer's final cov:/ft:), corpus size, crashes.
#   scripts/fuzz.sh [SECONDS_PER_TARGET=60] [TARGET…]
# Exit status: non-zero when any target crashed (or failed to build). The committed seeds in
# tests/fuzz/corpus/<target>/ are read, never written: new inputs go to build/fuzz/corpus/<target>/ and
# crash inputs to build/fuzz/crashes/<target>/ (copy a crash into tests/fuzz/regressions/<target>/ with its fix).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
shift || true
if ! [[ $seconds =~ ^[0-9]+$ ]] || (( seconds < 1 )); then
    echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]  (seconds must be a positive integer)" >&2
    exit 2
fi
all=(fuzz_reply_mappers fuzz_create_validator fuzz_amount fuzz_hmac_verify fuzz_sjcl fuzz_bip32 fuzz_base58
     fuzz_token_list_diff)
targets=("$@")
(( ${#targets[@]} )) || targets=("${all[@]}")

build="$root/build/fuzz"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
    -DBGTM_BUILD_FUZZERS=ON -DBGTM_BUILD_TESTS=OFF \
    "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" >/dev/null
nice cmake --build "$build" -j2 --target "${targets[@]}"

# UBSan findings must stop the run like ASan's do; leaks are findings too.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
rows=()
crashed=0
for t in "${targets[@]}"; do
    seeds="$root/tests/fuzz/corpus/$t"
    regress="$root/tests/fuzz/regressions/$t"
    work="$build/corpus/$t"
    crashes="$build/crashes/$t"
    log="$build/logs/$t.log"
    # Crash files of an earlier run are moved aside so that this run counts only its own findings.
    if [[ -d $crashes ]] && [[ -n $(ls -A "$crashes") ]]; then
        mkdir -p "$build/crashes-earlier/$t" && mv "$crashes"/* "$build/crashes-earlier/$t/"
    fi
    mkdir -p "$work" "$crashes" "$(dirname "$log")"
    dirs=("$work" "$seeds")
    [[ -d $regress ]] && dirs+=("$regress")
    echo "== $t: ${seconds}s"
    status=0
    # -rss_limit_mb bounds memory per input; -timeout flags any single input slower than 10 s as a finding.
    "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$crashes/" "${dirs[@]}" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    persec=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corpus=$(find "$work" -type f | wc -l)
    ncrash=$(find "$crashes" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    if (( status != 0 )) || (( ncrash > 0 )); then
        crashed=1
        echo "   FINDING in $t (exit $status); log: $log" >&2
        grep -m5 -E 'ERROR: |runtime error|SUMMARY' "$log" >&2 || true
    fi
    rows+=("$(printf '| %-22s | %8s | %10s | %6s | %6s | %7s | %7s |' "$t" "${persec:-?}" "${execs:-?}" \
        "${cov:-?}" "${ft:-?}" "$corpus" "$ncrash")")
done

echo
echo "scripts/fuzz.sh $seconds  ($(date -u +%Y-%m-%dT%H:%MZ), $(clang++ --version | head -1))"
printf '| %-22s | %8s | %10s | %6s | %6s | %7s | %7s |\n' target "exec/s" executions cov ft corpus crashes
echo "|------------------------|----------|------------|--------|--------|---------|---------|"
printf '%s\n' "${rows[@]}"
if (( crashed )); then
    echo "FUZZ FAILED: see build/fuzz/crashes/ and build/fuzz/logs/" >&2
    exit 1
fi
echo "fuzz: no crashes"
