#!/usr/bin/env bash
# Every GPU check of pike in one command that fits a 10-minute GPU command (logs and JSON under $OUT):
#   bash benchmarks/gpu/validate.sh
# Each step is time-boxed (timeouts sum to 535 s) and each script's --max-time leaves it time to
# print its summary before its timeout; the scripts print and save results as they go, so a step
# that hits its timeout still leaves its log and a partial $OUT/<script>.json.
# STEPS=gpu_tests,evaluator,... runs only the steps named (default: all); GPU_TESTS_TIME and
# COLD_START_TIME (s) give those two steps more time when the others are not run.
source benchmarks/gpu/setup.sh
step() {  # step NAME SECONDS TAIL_LINES COMMAND...: run, keep the log, print its tail and duration
    local name=$1 limit=$2 lines=$3 began=$SECONDS code; shift 3
    [[ ,${STEPS:-$name}, == *,$name,* ]] || return 0
    echo "=== $name (limit $limit s)"
    timeout "$limit" "$@" > "$OUT/$name.log" 2>&1; code=$?
    echo "exit $code after $((SECONDS - began)) s" >> "$OUT/$name.log"
    tail -n "$lines" "$OUT/$name.log"
}
step gpu_tests     "${GPU_TESTS_TIME:-200}" 12 env PIKE_TEST_GPU=1 python3 -m pytest -m gpu -q -p no:cacheprovider -rf
step evaluator      90 26 python3 benchmarks/gpu/evaluator_suite.py --quick --max-time 70
step search_replay  75  8 python3 benchmarks/gpu/search_replay.py --quick --max-time 55
step codegen_ops    60 10 python3 benchmarks/gpu/bench_codegen_ops.py --quick --max-time 40
cold=${COLD_START_TIME:-110}
step cold_start "$cold" 10 python3 benchmarks/gpu/cold_start.py --quick --max-time $((cold - 15))
echo "=== validate.sh done in $SECONDS s"
