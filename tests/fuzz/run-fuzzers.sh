#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang and runs each for a bounded time.
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET]   (default 60)
# Environment: FUZZ_BUILD_DIR (default build-fuzz in the source tree), CXX_CLANG (default clang++-14).
# Seeds come from the import test data; new corpus entries stay in the build directory.
# Exits non-zero when a target crashes, leaks, hangs or trips a sanitizer.
set -eu

DURATION=${1:-60}
SOURCE_DIR=$(cd "$(dirname "$0")/../.." && pwd)
FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-$SOURCE_DIR/build-fuzz}
CXX_CLANG=${CXX_CLANG:-clang++-14}
DATA="$SOURCE_DIR/tests/engine/data/import"

cmake -S "$SOURCE_DIR" -B "$FUZZ_BUILD_DIR" -G Ninja -DCMAKE_CXX_COMPILER="$CXX_CLANG" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DENMS_BUILD_FUZZERS=ON >/dev/null
cmake --build "$FUZZ_BUILD_DIR" --target fuzz_csv fuzz_timestamp fuzz_greenbutton -j2

seed() {   # seed TARGET FILES...
    corpus="$FUZZ_BUILD_DIR/fuzz-corpus/$1"
    shift
    mkdir -p "$corpus"
    for file in "$@"; do
        [ -f "$file" ] && cp "$file" "$corpus/"
    done
    printf '%s\n' "$corpus"
}

CSV_CORPUS=$(seed csv "$DATA"/*.csv "$DATA"/broken/*)
XML_CORPUS=$(seed greenbutton "$DATA"/*.xml)
STAMP_CORPUS=$(seed timestamp)
for stamp in "2024-03-05T14:30:00Z" "25/03/2024 14:30" "3/25/2024 2:30 PM" \
             "25.03.2024 24:00" "1709649000" "2024-10-27 02:30+01:00"; do
    printf '%s' "$stamp" > "$STAMP_CORPUS/$(printf '%s' "$stamp" | md5sum | cut -c1-12)"
done

status=0
run() {   # run TARGET CORPUS MAX_LEN
    log="$FUZZ_BUILD_DIR/$1.log"
    echo "== $1 for ${DURATION}s"
    if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 \
        "$FUZZ_BUILD_DIR/tests/fuzz/$1" "$2" -max_total_time="$DURATION" -timeout=10 \
        -rss_limit_mb=2048 -max_len="$3" -print_final_stats=1 \
        -artifact_prefix="$FUZZ_BUILD_DIR/$1-" >"$log" 2>&1; then
        echo "!! $1 found a problem; see $log"
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|cov: " "$log" \
        | tail -n 3
}

run fuzz_csv "$CSV_CORPUS" 65536
run fuzz_timestamp "$STAMP_CORPUS" 128
run fuzz_greenbutton "$XML_CORPUS" 65536
exit $status
