#!/usr/bin/env bash
# pike optimize over a few KernelBench tasks on the GPU, with a per-attempt table of each run:
#   bash benchmarks/gpu/optimize_tasks.sh [PRECISION] TASK.py...
# Each task gets --budget ${BUDGET:-12} and --max-time ${MAX_TIME:-75}; results under $OUT.
# pike's PIKE_* variables pass through: an A/B of evaluations at once, e.g.
#   PIKE_PARALLEL_EVALUATIONS=2 OUT=$OUT/p2 bash benchmarks/gpu/optimize_tasks.sh bf16 TASK.py...
source benchmarks/gpu/setup.sh
export PIKE_CACHE_DIR=${PIKE_CACHE_DIR:-$OUT/cache}
precision=${1:-bf16}; shift
for task in "$@"; do
    name=$(basename "$task" .py)
    timeout $(( ${MAX_TIME:-75} + 35 )) pike optimize "$task" --precision "$precision" --budget "${BUDGET:-12}" \
        --max-time "${MAX_TIME:-75}" --no-progress --json --out "$OUT/runs/$name" > "$OUT/$name.json" 2> "$OUT/$name.err"
    echo "$name: exit $?"
done
# Per attempt: seconds into the search when it was settled, kind, stage, speedup and the first
# reason (from the run folders, complete even when a run was stopped before printing its JSON).
python3 - <<'PY'
import glob, json, os
for run in sorted(glob.glob(os.environ["OUT"] + "/runs/*")):
    print("##", os.path.basename(run))
    for path in sorted(glob.glob(run + "/attempts/*/attempt.json")):
        attempt = json.load(open(path))
        verdict_path = path.replace("attempt.json", "verdict.json")
        verdict = json.load(open(verdict_path)) if os.path.exists(verdict_path) else {}
        reason = (verdict.get("reasons") or [""])[0][:70]
        print(f"  {attempt.get('elapsed_s') or 0:6.1f}s {attempt.get('kind', '')[:44]:44s} {str(attempt.get('stage'))[:11]:11s} "
              f"{attempt.get('speedup') or 0:7.3f}  {reason}")
PY
