#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each for N seconds (default
# 60): the Cypher front end and executor, the text pipeline, the JSON and GraphML writers.
# New interesting inputs go to build-fuzz/corpus/<target>/ (seeded from tests/fuzz/corpus/);
# a crash leaves build-fuzz/crash-<target>-* and makes the script fail. Copy such a file into
# tests/fuzz/corpus/<target>/ once fixed: reliability_fuzz_replay_test then replays it forever.
#   usage: tests/fuzz/run.sh [SECONDS] [TARGET ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_cypher fuzz_text fuzz_export)
build=build-fuzz
jobs="${JOBS:-$(nproc)}"

cxx="$(command -v clang++-14 || command -v clang++ || true)"
cc="$(command -v clang-14 || command -v clang || true)"
if [ -z "$cxx" ]; then
  echo "fuzz: clang++ is missing (apt-get install clang libclang-rt-14-dev)" >&2
  exit 1
fi
# pointer-overflow is recoverable only so that tests/fuzz/ubsan.supp can silence RapidJSON's;
# any other report still stops the run (halt_on_error below).
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
flags+=" -fsanitize-recover=pointer-overflow"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKG_BUILD_FUZZERS=ON \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_C_COMPILER="$cc" \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

export KG_LEXICON_DIR="$PWD/ingest/lexicon"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$PWD/tests/fuzz/ubsan.supp"
export ASAN_OPTIONS="detect_leaks=1"
status=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  cp -n tests/fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
  echo "fuzz: $target for ${seconds}s" >&2
  log="$build/$target.log"
  # FUZZ_SEED fixes libFuzzer's random seed (make test sets it, so CI explores the same way on
  # every run); unset, each run explores differently.
  seed=()
  [ -n "${FUZZ_SEED:-}" ] && seed=(-seed="$FUZZ_SEED")
  # Inputs up to 1 MB: deep nesting and long operator chains only show in long inputs.
  if ! "$build/$target" "${seed[@]}" -max_total_time="$seconds" -max_len=1048576 -timeout=10 \
      -rss_limit_mb=2048 \
      -artifact_prefix="$build/crash-$target-" -print_final_stats=1 "$corpus" >"$log" 2>&1; then
    echo "fuzz: $target FAILED; see $log and $build/crash-$target-*" >&2
    grep -m 20 -E "ERROR|SUMMARY|runtime error|==[0-9]+==" "$log" >&2 || tail -20 "$log" >&2
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log" | sed "s/^/fuzz: $target /" >&2 || true
done
exit $status
