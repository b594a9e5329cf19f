#!/usr/bin/env bash
# EnMS Workbench developer entry point. Safe to run again at any time.
#
#   ./build.sh run    install what is missing, build, open the GUI on the demo plant
#   ./build.sh test   install what is missing, build, run the whole test suite
#
# Installing needs root (or sudo) on Debian 12; everything else runs as the caller.
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${ENMS_BUILD_DIR:-build}
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqcustomplot-dev qt6-tools-dev
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev
    qt6-pdf-dev libxkbcommon-dev libeigen3-dev libboost-math-dev
    xvfb xauth poppler-utils fonts-dejavu-core postgresql sqlite3
    clang-14 libclang-rt-14-dev
)

log() { printf '\n== %s\n' "$*"; }

install_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" = 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        -o DPkg::Lock::Timeout=600 "${missing[@]}"
}

build() {
    log "Building in $BUILD_DIR"
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$BUILD_DIR" -j "$(nproc)"
}

run_tests() {
    local server pg_url pg_root status=0
    log "Starting a throw-away PostgreSQL server on 127.0.0.1"
    server=$(tests/support/start-postgres.sh "${ENMS_TEST_PG_PORT:-55433}")
    pg_url=$(sed -n 1p <<<"$server")
    pg_root=$(sed -n 2p <<<"$server")
    trap 'kill -INT "$(head -n 1 "'"$pg_root"'/data/postmaster.pid")" 2>/dev/null || true' EXIT

    log "Running the test suite"
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    chmod 700 "$XDG_RUNTIME_DIR"
    ENMS_TEST_POSTGRES="$pg_url" ctest --test-dir "$BUILD_DIR" --output-on-failure \
        -j "$(nproc)" --timeout 900 || status=$?

    log "Checking the install rules and the Debian package"
    tests/support/check-package.sh "$BUILD_DIR" || status=1

    if [ -x tests/fuzz/run-fuzzers.sh ]; then
        log "Fuzzing each parser for a bounded time"
        tests/fuzz/run-fuzzers.sh "${ENMS_FUZZ_SECONDS:-30}" || status=1
    fi
    return $status
}

run_gui() {
    local gui="$BUILD_DIR/bin/enms-workbench"
    log "Opening EnMS Workbench (the first start creates the demo plant)"
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found; starting it under Xvfb (close it with Ctrl+C)."
        exec xvfb-run -a "$gui" "$@"
    fi
    exec "$gui" "$@"
}

case "${1:-}" in
    run) shift; install_packages; build; run_gui "$@" ;;
    test) install_packages; build; run_tests ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac
