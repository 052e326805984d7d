#!/usr/bin/env bash
# Installs what building, running and testing need on Debian 12 (bookworm). Idempotent and fast when everything is
# already there: apt runs only for packages that are missing, `npm ci` only when the lock file changed.
#
# Usage: scripts/install-deps.sh [--tests] [--ci]
#   (no option)  build + run the desktop app
#   --tests      + test session (Xvfb, D-Bus, gnome-keyring), Node + BitGo's SDK from tests/node (npm ci)
#   --ci         + --tests, sanitizer runtime, clang-tidy, clazy, clang-format
# Uses sudo when not run as root.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
want_tests=0
want_ci=0
for arg in "$@"; do
    case "$arg" in
        --tests) want_tests=1 ;;
        --ci) want_tests=1; want_ci=1 ;;
        -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "$0: unknown option $arg" >&2; exit 2 ;;
    esac
done

if [[ ! -r /etc/debian_version ]] || ! command -v apt-get >/dev/null; then
    echo "$0: this script installs Debian packages (Debian 12 bookworm); install the equivalents by hand" >&2
    exit 2
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "$0: not root and sudo is missing" >&2; exit 2; }
    sudo=(sudo)
fi

# Build and run (toolchain.md). qt6-websockets-dev is needed by Qt's HttpServer CMake package; libsecret-1-0 is
# dlopen()ed by QtKeychain; fonts-dejavu-core keeps text readable under Xvfb.
packages=(
    g++ cmake ninja-build dpkg-dev file pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libgl-dev
    libsecret-1-0 fonts-dejavu-core
    qt6-translations-l10n
    libssl-dev libsecp256k1-dev libargon2-dev
    dbus gnome-keyring libglib2.0-bin
)
if [[ $want_tests -eq 1 ]]; then
    packages+=(xvfb xauth dbus-x11 libsecret-tools imagemagick xdotool openssl procps)
    # Packaging checks: zsh parses the zsh completion; appstreamcli and desktop-file-validate check the metadata.
    packages+=(zsh appstream desktop-file-utils)
    # This machine image ships Node 20; Debian's own nodejs (18) works too. Only install it when node is missing.
    command -v node >/dev/null || packages+=(nodejs)
    command -v npm >/dev/null || packages+=(npm)
fi
if [[ $want_ci -eq 1 ]]; then
    packages+=(clang libclang-rt-14-dev clang-tidy clang-format clazy)
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -gt 0 ]]; then
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    echo "install-deps: all ${#packages[@]} Debian packages present"
fi

if [[ $want_tests -eq 1 ]]; then
    # BitGo's SDK exactly as pinned by the committed lock file. The stamp makes re-runs instant; `npm ci` would
    # otherwise delete and re-extract node_modules every time.
    node_dir="$root/tests/node"
    stamp="$node_dir/node_modules/.bgtm-lock.sha256"
    want=$(sha256sum "$node_dir/package-lock.json" | cut -d' ' -f1)
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -d "$node_dir/node_modules/@bitgo/sdk-api" ]]; then
        echo "install-deps: tests/node/node_modules matches package-lock.json"
    else
        echo "install-deps: npm ci in tests/node"
        (cd "$node_dir" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
        echo "$want" > "$stamp"
    fi
fi
