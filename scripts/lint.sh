#!/usr/bin/env bash
# Lint gates with the committed configurations (.clang-format, .clang-tidy, .clazy). Used by .ci/run.
#
# Usage: scripts/lint.sh [--build-dir DIR] [--jobs N] format|format-fix|tidy|clazy|all
#   format      clang-format --dry-run --Werror over our C++ sources (app/, ui/, tests/, translations/)
#   format-fix  rewrite them in place (only run this on files you own)
#   tidy        clang-tidy over our .cpp files listed in DIR/compile_commands.json (never moc/uic output), each once
#   clazy       clazy-standalone with the checks listed in .clazy, same files
# LINT_PATHS="app/cli ui" limits tidy and clazy to those folders (for local use; .ci/run lints the whole tree).
# DIR defaults to build/debug (configure it first: cmake --preset debug). Exit status is non-zero on any finding.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$root/build/debug"
jobs=2
while [[ $# -gt 0 ]]; do
    case "$1" in
        --build-dir) build_dir=$(cd "$2" && pwd); shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        -*) echo "$0: unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
[[ $# -eq 1 ]] || { sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
gate=$1
cd "$root"

# Our C++ sources: tracked or new-but-not-ignored files, so nothing under build/ or node_modules/.
our_sources() {
    git ls-files --cached --others --exclude-standard -- \
        'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h' 'translations/*.cpp' 'translations/*.h' \
        | sort -u
}

# LINT_PATHS (space-separated folders, e.g. "app/crypto app/sandbox") limits tidy and clazy to those folders, to
# check a few folders quickly; unset, the whole tree.
lint_pattern() {
    if [[ -n "${LINT_PATHS:-}" ]]; then
        printf '^%s/(%s)/' "$root" "$(tr ' ' '|' <<<"$LINT_PATHS")"
    else
        printf '^%s/(app|ui|tests|translations)/' "$root"
    fi
}

# Our .cpp files that the build compiles (the compilation database knows their flags).
compiled_sources() {
    local db="$build_dir/compile_commands.json"
    [[ -f "$db" ]] || { echo "lint: $db is missing; configure first (cmake --preset debug)" >&2; exit 2; }
    grep -o '"file": "[^"]*"' "$db" | sed 's/^"file": "//; s/"$//' | sort -u \
        | grep -E "$(lint_pattern).*\.cpp$" | grep -v -E '_autogen/|/build/' || true
}

# The tools run a file once for every command the database has for it, and a file built into several targets
# (tests/cli/CliRunner.cpp is in seven) would be analysed that many times over with the same result. This database
# keeps the first command of each file; the tools read it through -p.
lint_database() {
    need python3
    local dir="$build_dir/lint-database"
    mkdir -p "$dir"
    python3 - "$build_dir/compile_commands.json" "$dir/compile_commands.json" <<'PY'
import json, sys
seen, kept = set(), []
for entry in json.load(open(sys.argv[1])):
    if entry["file"] not in seen:
        seen.add(entry["file"])
        kept.append(entry)
json.dump(kept, open(sys.argv[2], "w"), indent=0)
PY
    echo "$dir"
}

need() { command -v "$1" >/dev/null || { echo "lint: $1 is missing (scripts/install-deps.sh --ci)" >&2; exit 2; }; }

run_format() {
    need clang-format
    local files
    mapfile -t files < <(our_sources)
    echo "clang-format: ${#files[@]} files"
    clang-format --dry-run --Werror "${files[@]}"
}

run_format_fix() {
    need clang-format
    local files
    mapfile -t files < <(our_sources)
    clang-format -i "${files[@]}"
}

run_tidy() {
    need clang-tidy
    local files db
    mapfile -t files < <(compiled_sources)
    db=$(lint_database)
    echo "clang-tidy: ${#files[@]} files, $jobs in parallel"
    # Headers: only ours (the build tree's generated headers live under build/ and are excluded).
    printf '%s\0' "${files[@]}" | xargs -0 -n 1 -P "$jobs" clang-tidy --quiet -p "$db" \
        --header-filter="$(lint_pattern)" --extra-arg=-Wno-unknown-warning-option
}

run_clazy() {
    need clazy-standalone
    local files checks db
    mapfile -t files < <(compiled_sources)
    db=$(lint_database)
    checks=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' .clazy | tr -d ' \t' | paste -sd, -)
    echo "clazy: ${#files[@]} files, checks $checks"
    # -Werror: a clazy warning fails the gate. Only our headers are reported.
    printf '%s\0' "${files[@]}" | xargs -0 -n 1 -P "$jobs" clazy-standalone -p "$db" --checks="$checks" \
        --header-filter="$(lint_pattern)" --ignore-dirs="^$root/build/" \
        --extra-arg=-Wno-unknown-warning-option --extra-arg=-Werror
}

case "$gate" in
    format) run_format ;;
    format-fix) run_format_fix ;;
    tidy) run_tidy ;;
    clazy) run_clazy ;;
    all) status=0; for g in format tidy clazy; do "$0" --build-dir "$build_dir" --jobs "$jobs" "$g" || status=1; done; exit $status ;;
    *) echo "$0: unknown gate $gate" >&2; exit 2 ;;
esac
