#!/usr/bin/env bash
# One level's table (or a few of its tasks) on the GPUs of one machine:
#   bash benchmarks/gpu/suite.sh LEVEL PROTOCOL [TASKS]     # TASKS: 01,07,09 (default: all)
# Two stages: "warm" runs every task once (its pike search and its baselines in separate
# processes), JOBS processes at a time per GPU, to fill inductor's and pike's on-disk caches
# (pike searching where neither its store nor a bundle has the problem); "measure"
# then times every system one task at a time per GPU, pike from the cache only, with warm compiles.
# Tasks are shared between the GPUs in about equal time (each task's wall time in the newest
# earlier table that ran it: run_suite.py --split); ratios are always within one round on one GPU,
# and the GPUs' slices are merged into one table. STAGES=warm or STAGES=measure runs one stage (a whole level
# takes longer than one 10-minute command: warm in one, measure in the next, on the same machine).
# Knobs (environment): GPUS (indices, default all), JOBS (3), SEARCHES (pike searches at a time
# per GPU in a pool of their own, JOBS then counting the baselines alone; default 0: one pool),
# WARM_TIME (s, 300), MEASURE_TIME (s; default 40 a task of the GPU's share: a level-3 task's
# 3 rounds of 6 systems take 20-30 s), BUDGET (pike attempts per problem, 16), PIKE_MAX_TIME
# (pike search s per problem, 60), SHIPPED (0: hide the repository's kernels_cache/ for this run,
# so that every task is searched by the code being measured rather than served from entries an
# older version searched; default 1), SUITE_WORK (where the work folder levelN-PROTOCOL is, /tmp).
# pike's own PIKE_* variables pass through to every search (PIKE_PARALLEL_EVALUATIONS=2: two
# evaluations at once per search on its GPU).
set -u
source benchmarks/gpu/setup.sh
if [ "${SHIPPED:-1}" = 0 ] && [ -d kernels_cache ]; then
    mv kernels_cache /tmp/kernels_cache.hidden
    trap 'mv /tmp/kernels_cache.hidden kernels_cache' EXIT
fi
level=$1 protocol=$2 only=${3:-}
# Several compiling processes share the CPUs: a small compile pool each keeps them from thrashing.
export TORCHINDUCTOR_COMPILE_THREADS=${TORCHINDUCTOR_COMPILE_THREADS:-4}
name=level$level-$protocol${only:+-${only//,/_}}
work=${SUITE_WORK:-/tmp}/$name
mkdir -p "$work"
# pike's store outlives the command (the next one on this machine reads it); its run folders
# (every attempt's code and verdict) travel back with the results
export PIKE_CACHE_DIR=${PIKE_CACHE_DIR:-/tmp/pike-cache} PIKE_RUN_DIR=${PIKE_RUN_DIR:-$work/runs}
read -r -a gpus <<< "${GPUS:-$(seq -s ' ' 0 $(($(nvidia-smi -L | wc -l) - 1)))}"
if [ -n "$only" ]; then IFS=, read -r -a tasks <<< "$only"
else mapfile -t tasks < <(ls benchmarks/level$level/*.py | xargs -n1 basename | cut -c1-2); fi

# each GPU's share: about equal time by the task times of earlier tables (run_suite.py --split)
all=$(IFS=,; echo "${tasks[*]}")
mapfile -t shares < <(python3 benchmarks/gpu/run_suite.py --split ${#gpus[@]} --level "$level" --protocol "$protocol" --tasks "$all")

per_gpu() {  # per_gpu STAGE: one run_suite per GPU over its share of the tasks, all at once
    local g mine count
    for ((g = 0; g < ${#gpus[@]}; g++)); do
        mine=${shares[g]:-}
        [ -n "$mine" ] || continue
        count=$(($(tr -cd , <<< "$mine" | wc -c) + 1))
        local args=(--level "$level" --protocol "$protocol" --tasks "$mine" --out "$work/gpu${gpus[g]}")
        if [ "$1" = warm ]; then
            # few jobs per GPU: processes sharing a GPU are time-sliced, and pike's searches rank
            # their candidates by timings taken meanwhile (compiles, on the CPUs, share better)
            args+=(--warm-only --warm-jobs "${JOBS:-3}" --warm-searches "${SEARCHES:-0}" --warm-max-time "${WARM_TIME:-300}"
                   --budget "${BUDGET:-16}" --pike-max-time "${PIKE_MAX_TIME:-60}")
        else
            args+=(--cache-only --max-time "${MEASURE_TIME:-$((40 * count))}" --name "$name-gpu${gpus[g]}")
        fi
        CUDA_VISIBLE_DEVICES=${gpus[g]} python3 benchmarks/gpu/run_suite.py "${args[@]}" \
            > "$work/$1-gpu${gpus[g]}.log" 2>&1 &
    done
    wait
}

if [[ ${STAGES:-warm,measure} == *warm* ]]; then
    per_gpu warm
    grep -h '^warm ' "$work"/warm-gpu*.log | sort
    echo "--- warm stage done at $SECONDS s"
fi
if [[ ${STAGES:-warm,measure} == *measure* ]]; then
    per_gpu measure
    python3 benchmarks/gpu/run_suite.py --merge "$work"/gpu*/"$name"-gpu*.json --name "$name" --out "$OUT" \
        | tail -n 60
fi
pike cache export "$work/kernels" > "$work/export.log" 2>&1; tail -n 1 "$work/export.log"
# every attempt's record and verdict; candidate sources stay behind (a whole level's are over the
# 16 MiB a file that comes back from the device machine; the winners are in kernels/)
tar czf "$OUT/$name.tgz" --exclude='*/attempts/*/code.py' --exclude='*/attempts/*/reply.txt' \
    --exclude='*/runs/*/library.json' -C "$(dirname "$work")" "$name"
echo "=== suite.sh done in $SECONDS s"
