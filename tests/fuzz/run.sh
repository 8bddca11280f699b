#!/usr/bin/env bash
# Runs one libFuzzer harness for a given time on one core.
#   tests/fuzz/run.sh TARGET SECONDS [libFuzzer options...]
# TARGET is the X of tests/fuzz/fuzz_X.cpp (design, ...). Builds build-fuzz/ with clang, ASan and
# UBSan if needed (override with MLSD_FUZZ_BUILD=DIR). Seeds: tests/fuzz/corpus/TARGET/ (committed,
# small); what the fuzzer finds goes to tests/fuzz/corpus-run/TARGET/ (not committed); crashing,
# hanging (-timeout) and leaking inputs to BUILD/artifacts/TARGET/. Exit status 0 means no failure.
# A failure found: copy the artifact to tests/data/fuzz-regressions/ (see tst_fuzzregressions).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -lt 2 ]; then
  echo "usage: tests/fuzz/run.sh TARGET SECONDS [libFuzzer options...]" >&2
  exit 2
fi
target=$1
seconds=$2
shift 2
root=$PWD
build=${MLSD_FUZZ_BUILD:-build-fuzz}
if [ ! -f "$build/build.ninja" ]; then
  CXX=clang++ cmake -S . -B "$build" -G Ninja -DMLSD_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DBUILD_TESTING=OFF
fi
cmake --build "$build" -j2 --target "fuzz_$target"

seeds=$root/tests/fuzz/corpus/$target
work=$root/tests/fuzz/corpus-run/$target
artifacts=$root/$build/artifacts/$target
mkdir -p "$work" "$artifacts"
options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536
         -jobs=1 -workers=1 -print_final_stats=1 -artifact_prefix="$artifacts/")
[ -f "tests/fuzz/$target.dict" ] && options+=(-dict="$root/tests/fuzz/$target.dict")

# With -jobs, libFuzzer writes the run's output to fuzz-0.log in the working directory.
cd "$build"
rm -f fuzz-0.log
status=0
LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0" QT_QPA_PLATFORM=offscreen \
  "./tests/fuzz/fuzz_$target" "${options[@]}" "$@" "$work" "$seeds" || status=$?
tail -n 25 fuzz-0.log
mv fuzz-0.log "fuzz-$target.log"
found=$(find "$artifacts" -type f | wc -l)
echo "run.sh: $target ran ${seconds}s; exit $status; $found failing input(s) in $artifacts; log $build/fuzz-$target.log"
[ "$status" -eq 0 ] && [ "$found" -eq 0 ]
