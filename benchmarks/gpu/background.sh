#!/usr/bin/env bash
# Whole tables one after another, detached from the command that starts them: on one GPU a
# level-3 paper table takes about 27 minutes, longer than a remote command may run.
#   bash benchmarks/gpu/background.sh start "3:paper 3:strict 5:paper 5:strict"
#   bash benchmarks/gpu/background.sh start "3:strict:19,20,21 5:paper"   # some tasks of a table
#   bash benchmarks/gpu/background.sh poll [SECONDS]
# start copies the checkout to $TABLES_DIR/repo (default /tmp/tables; the run does not depend on
# the calling checkout staying in place) and runs suite.sh LEVEL PROTOCOL [TASKS] for each table in
# the background; the environment passes through to suite.sh (STAGES, SHIPPED, MEASURE_TIME,
# PIKE_CACHE_DIR, ...).
# poll waits until every table is done or SECONDS (default 540) have passed, prints the progress,
# and copies into $OUT the finished tables' JSON and, under $OUT/partial/, the slices of the table
# being measured (pike bench rewrites its JSON after every task), so rows measured before a machine
# goes away are kept: measure the remaining tasks later (start "LEVEL:PROTOCOL:07,08,...") and merge
# them (run_suite.py --merge). Set TABLES_DIR and SUITE_WORK (suite.sh's work folders) to run two
# sets of tables side by side.
set -u
root=${TABLES_DIR:-/tmp/tables}
work=${SUITE_WORK:-/tmp}  # suite.sh's work folders
out=${OUT:-$PWD/out}

start() {
    [ -e "$root/progress" ] && { echo "background.sh: tables already started here ($root/progress); poll them" >&2; exit 1; }
    mkdir -p "$root/out"
    rm -rf "$root/repo" && cp -a . "$root/repo"
    touch "$root/progress"
    setsid nohup bash "$root/repo/benchmarks/gpu/background.sh" run "$1" > "$root/run.log" 2>&1 < /dev/null &
    echo "started: $1 (logs in $root)"
}

run() {  # the detached part of start: each table in turn, from the copy, progress in $root/progress
    cd "$root/repo" || exit 1
    export OUT="$root/out"
    local table level protocol status
    for table in $1; do
        IFS=: read -r level protocol tasks <<< "$table"
        echo "start $table $(date +%T)" >> "$root/progress"
        bash "${SUITE:-benchmarks/gpu/suite.sh}" "$level" "$protocol" $tasks > "$root/level$level-$protocol${tasks:+-${tasks//,/_}}.log" 2>&1
        status=$?
        echo "done $table $(date +%T) exit $status" >> "$root/progress"
    done
    echo "all done $(date +%T)" >> "$root/progress"
}

poll() {
    [ -e "$root/progress" ] || { echo "background.sh: nothing started here; run: background.sh start TABLES" >&2; exit 1; }
    local end=$((SECONDS + ${1:-540}))
    while [ $SECONDS -lt $end ] && ! grep -q '^all done' "$root/progress"; do sleep 5; done
    cat "$root/progress"
    # At most 8 files come back from the device machine: the tables' JSON first (their .md and .png
    # are drawn again from it: run_suite.py --merge TABLE.json --name NAME), then the slices of the
    # table being measured (suite.sh's work folders, $SUITE_WORK/levelN-PROTOCOL/gpuK/), then the
    # run archives and logs while there is room; the rest stays in $root/out for a later poll.
    local file slice slice_name wanted=() left=()
    for file in "$root"/out/*.json; do [ -e "$file" ] && wanted+=("$file"); done
    for slice in "$work"/level*-*/gpu*/level*-gpu*.json; do  # NAME-gpuK.json, its table NAME.json
        slice_name=$(basename "$slice")
        [ -e "$slice" ] && [ ! -e "$root/out/${slice_name%-gpu*}.json" ] && wanted+=("$slice")
    done
    for file in "$root"/out/*.tgz "$root"/level*.log; do [ -e "$file" ] && wanted+=("$file"); done
    mkdir -p "$out/partial"
    local count
    count=$(find "$out" -type f | wc -l)
    for file in "${wanted[@]}"; do
        if [ "$count" -ge "${POLL_FILES:-8}" ]; then left+=("$(basename "$file")"); continue; fi
        if [[ $file == */gpu*/* ]]; then cp "$file" "$out/partial/"; else cp "$file" "$out/"; fi
        count=$((count + 1))
    done
    [ ${#left[@]} -eq 0 ] || echo "left in $root (POLL_FILES=${POLL_FILES:-8} files a poll): ${left[*]}"
    local log
    for log in "$work"/level*-*/measure-gpu*.log; do
        [ -e "$log" ] && printf '%s: %s\n' "$log" "$(tail -c 160 "$log" | tr '\r' '\n' | tail -n 1)"
    done
    return 0
}

case ${1:-} in
    start) [ -n "${2:-}" ] || { echo "usage: background.sh start \"LEVEL:PROTOCOL ...\"" >&2; exit 2; }; start "$2" ;;
    run) run "$2" ;;
    poll) poll "${2:-540}" ;;
    *) echo "usage: background.sh start \"LEVEL:PROTOCOL ...\" | poll [SECONDS]" >&2; exit 2 ;;
esac
