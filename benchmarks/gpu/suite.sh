#!/usr/bin/env bash
# A whole level's table on every GPU of one machine, in two commands of under 10 minutes each, run
# back to back on the same machine (the second reads the caches the first left on its disk):
#   bash benchmarks/gpu/suite.sh warm LEVEL PROTOCOL     # fill inductor's and pike's caches
#   bash benchmarks/gpu/suite.sh measure LEVEL PROTOCOL  # time every system, pike from the cache
# Tasks alternate between the GPUs; each GPU times its own tasks one at a time (ratios are always
# within one round on one GPU), and the slices are merged into one table at the end.
# Knobs (environment): JOBS (parallel warm-up processes per GPU, 6), MAX_TIME (seconds, 470),
# BUDGET (pike attempts per problem, 16), PIKE_MAX_TIME (pike search seconds per problem, 60).
set -u
source benchmarks/gpu/setup.sh
stage=$1 level=$2 protocol=$3
export PIKE_CACHE_DIR=${PIKE_CACHE_DIR:-/tmp/pike-cache}
# Several compiling processes share the CPUs: a small compile pool each keeps them from thrashing.
export TORCHINDUCTOR_COMPILE_THREADS=${TORCHINDUCTOR_COMPILE_THREADS:-4}
name=level$level-$protocol
work=/tmp/$name-$stage
mkdir -p "$work"
gpus=$(nvidia-smi -L | wc -l)
mapfile -t tasks < <(ls benchmarks/level$level/*.py | xargs -n1 basename | cut -c1-2)

for ((g = 0; g < gpus; g++)); do
    mine=$(for ((i = g; i < ${#tasks[@]}; i += gpus)); do printf '%s,' "${tasks[i]}"; done)
    common=(--level "$level" --protocol "$protocol" --tasks "${mine%,}" --out "$work/gpu$g")
    if [ "$stage" = warm ]; then
        CUDA_VISIBLE_DEVICES=$g python3 benchmarks/gpu/run_suite.py "${common[@]}" --warm-only \
            --warm-jobs "${JOBS:-6}" --warm-max-time "${MAX_TIME:-470}" --budget "${BUDGET:-16}" \
            --pike-max-time "${PIKE_MAX_TIME:-60}" > "$work/gpu$g.log" 2>&1 &
    else
        CUDA_VISIBLE_DEVICES=$g python3 benchmarks/gpu/run_suite.py "${common[@]}" --cache-only \
            --max-time "${MAX_TIME:-470}" --name "$name-gpu$g" > "$work/gpu$g.log" 2>&1 &
    fi
done
wait

if [ "$stage" = warm ]; then
    grep -h '^warm ' "$work"/gpu*.log | sort
    pike cache export "$work/kernels" > "$work/export.log" 2>&1
    tail -n 2 "$work/export.log"
else
    python3 benchmarks/gpu/run_suite.py --merge "$work"/gpu*/"$name"-gpu*.json --name "$name" --out "$OUT" \
        | tail -n 60
fi
tar czf "$OUT/$name-$stage.tgz" -C /tmp "$name-$stage"
echo "=== suite.sh $stage done in $SECONDS s"
