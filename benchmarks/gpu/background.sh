#!/usr/bin/env bash
# Whole tables one after another, detached from the command that starts them: on one GPU a
# level-3 paper table takes about 27 minutes, longer than a remote command may run.
#   bash benchmarks/gpu/background.sh start "3:paper 3:strict 5:paper 5:strict"
#   bash benchmarks/gpu/background.sh poll [SECONDS]
# start copies the checkout to /tmp/tables/repo (the run does not depend on the calling checkout
# staying in place) and runs suite.sh LEVEL PROTOCOL for each table in the background; the
# environment passes through to suite.sh (STAGES, SHIPPED, MEASURE_TIME, PIKE_CACHE_DIR, ...).
# poll waits until every table is done or SECONDS (default 540) have passed, prints the progress,
# and copies into $OUT the finished tables and, under $OUT/partial/, the tables being measured
# (pike bench rewrites its JSON after every task), so rows measured before a machine goes away are
# kept: measure the remaining tasks later (suite.sh LEVEL PROTOCOL 07,08,...) and merge them
# (run_suite.py --merge).
set -u
root=/tmp/tables
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
        level=${table%%:*} protocol=${table##*:}
        echo "start $table $(date +%T)" >> "$root/progress"
        bash "${SUITE:-benchmarks/gpu/suite.sh}" "$level" "$protocol" > "$root/level$level-$protocol.log" 2>&1
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
    mkdir -p "$out/partial"
    cp "$root"/out/* "$root"/level*.log "$out"/ 2>/dev/null
    # the slices being measured (suite.sh's work folders: /tmp/levelN-PROTOCOL/gpuK/)
    cp /tmp/level*-*/gpu*/level*.json "$out/partial/" 2>/dev/null
    local log
    for log in /tmp/level*-*/measure-gpu*.log; do
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
