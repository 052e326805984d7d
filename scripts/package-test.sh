#!/usr/bin/env bash
# The Debian package, end to end: builds it (release preset + cpack), installs it on this machine with apt-get
# (root or sudo; CI runs on a fresh Debian 12), checks every installed file and the package's dependencies, runs the
# installed CLI (--version), sandbox (--help) and app (under Xvfb), then removes the package again (also on failure).
# Usage: scripts/package-test.sh [--build-dir DIR]
#   --build-dir DIR   package an existing build directory instead of configuring and building the release preset
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
app_id=io.github.bitgo_token_manager.TokenManager
build_dir=
while [[ $# -gt 0 ]]; do
    case "$1" in
        --build-dir) build_dir=$(cd "$2" && pwd); shift 2 ;;
        -h|--help) sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "$0: unknown option $1" >&2; exit 2 ;;
    esac
done
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
start=$SECONDS
step() { printf '[package-test %4ss] %s\n' "$((SECONDS - start))" "$*"; }
failures=0
check() { # check <description> <command…>: records a failure and goes on, so one run reports everything
    local what=$1
    shift
    if "$@" >/dev/null 2>"$tmp/check.err"; then
        echo "  ok    $what"
    else
        echo "  FAIL  $what"
        sed 's/^/        /' "$tmp/check.err" | head -20
        failures=$((failures + 1))
    fi
}

tmp=$(mktemp -d -t bgtm-package-test.XXXXXX)
installed=0
cleanup() {
    if [[ $installed -eq 1 ]]; then
        step "removing the package"
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq bitgo-token-manager >/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

if [[ -z "$build_dir" ]]; then
    step "building the release preset"
    cmake --preset release >/dev/null
    cmake --build --preset release
    build_dir=$root/build/release
else
    step "building $build_dir"
    cmake --build "$build_dir" --target bitgo-token-manager bitgo-token-manager-cli bitgo-sandbox
fi
step "cpack"
rm -f "$build_dir"/bitgo-token-manager_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
deb=$(ls "$build_dir"/bitgo-token-manager_*.deb)
ls -l "$deb"

if dpkg-query -W -f='${Status}' bitgo-token-manager 2>/dev/null | grep -q 'install ok installed'; then
    echo "$0: bitgo-token-manager is already installed on this machine; remove it first" >&2
    exit 1
fi
step "apt-get install $deb"
installed=1
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null

step "checking the installed files"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libsecret-1-0 libqt6svg6 qt6-qpa-plugins libqt6keychain1 libqt6widgets6; do
    check "Depends: $dep" grep -q "$dep" <<<"$depends"
done
for exe in bitgo-token-manager bitgo-token-manager-cli bitgo-sandbox; do
    check "/usr/bin/$exe" test -x "/usr/bin/$exe"
    check "man page $exe(1)" man -w "$exe"
done
check "desktop file valid" desktop-file-validate "/usr/share/applications/$app_id.desktop"
check "metainfo valid" appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
check "scalable icon" test -s "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 32 48 64 128 256; do
    check "${size}x$size icon" test -s "/usr/share/icons/hicolor/${size}x$size/apps/$app_id.png"
done
check "bash completion" bash -n /usr/share/bash-completion/completions/bitgo-token-manager-cli
check "zsh completion" zsh -n /usr/share/zsh/vendor-completions/_bitgo-token-manager-cli
# Release builds compile the test-only switches out (BGTM_TEST_HOOKS=OFF): no BGTM_TEST_* variable can stop or
# steer an installed program, so none of their names is in any installed file.
no_test_hooks() {
    local files
    mapfile -t files < <(dpkg -L bitgo-token-manager | while read -r f; do if [[ -f $f ]]; then echo "$f"; fi; done)
    ! grep -l -a -F BGTM_TEST_ "${files[@]}" >&2 # the files that have one, on stderr for the report
}
export -f no_test_hooks
check "no test hooks (BGTM_TEST_*) in any installed file" bash -c no_test_hooks
check "nothing outside /usr" bash -c "! dpkg -L bitgo-token-manager | grep -v -e '^/usr' -e '^/\\.\$'"

step "running the installed programs"
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -1)
export HOME=$tmp/home XDG_RUNTIME_DIR=$tmp/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
check "bitgo-token-manager-cli --version = $version" \
    bash -c "[[ \"\$(/usr/bin/bitgo-token-manager-cli --version)\" == 'bitgo-token-manager-cli $version' ]]"
check "bitgo-token-manager-cli --help" bash -c "/usr/bin/bitgo-token-manager-cli --help | grep -q 'tokens create'"
check "bitgo-sandbox --help" /usr/bin/bitgo-sandbox --help
check "bitgo-token-manager --version" env QT_QPA_PLATFORM=offscreen /usr/bin/bitgo-token-manager --version
installed_password_login() {
    # The bundled sandbox environment has a server key, so this is the ECDH login: the CLI opens the token with the
    # session-crypto module from /usr/lib/bitgo-token-manager. Without the module it would fail, not downgrade.
    local out rc=0
    out=$(printf 'sandbox-demo-password\n0000000\n' | /usr/bin/bitgo-token-manager-cli --env sandbox \
        --user demo@sandbox.bitgo.local login --password-stdin 2>&1) || rc=$?
    pkill -f '^/usr/bin/bitgo-sandbox' || true # the sandbox the CLI started for the call
    echo "$out" >&2
    [[ $rc -eq 0 && $out != *downgraded* ]]
}
export -f installed_password_login
export tmp
check "installed CLI signs in with a password (loads its session-crypto module)" \
    "$root/scripts/with-test-session.sh" bash -c installed_password_login
check "session-crypto module installed" test -f /usr/lib/bitgo-token-manager/session-crypto.so
# The app with a real X server: it must come up and keep running (a missing plugin or library aborts at once).
app_under_xvfb() {
    /usr/bin/bitgo-token-manager --offline >"$tmp/app.log" 2>&1 &
    local pid=$! alive=1
    sleep 5
    kill -0 "$pid" 2>/dev/null || alive=0
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    [[ $alive -eq 1 ]] || { cat "$tmp/app.log" >&2; return 1; }
}
export -f app_under_xvfb
check "bitgo-token-manager starts under Xvfb" "$root/scripts/with-xvfb.sh" bash -c app_under_xvfb

step "removing the package"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq bitgo-token-manager >/dev/null
installed=0
check "removed: no /usr/bin/bitgo-token-manager-cli" test ! -e /usr/bin/bitgo-token-manager-cli

step "done, $failures failure(s)"
[[ $failures -eq 0 ]]
