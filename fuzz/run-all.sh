#!/bin/sh
# Runs every fuzz target for N minutes each (default 5), one after the other, one job each,
# with its dictionary when fuzz/dicts/<target>.dict exists. From the repository root:
#     fuzz/run-all.sh 5
# Needs cargo-fuzz (`cargo install cargo-fuzz`); RUSTC_BOOTSTRAP=1 lets a stable compiler
# stand in for nightly. Corpora grow in fuzz/corpus/<target>, crashes land in
# fuzz/artifacts/<target>, each run's log in fuzz/logs/<target>.log; its last status line
# (execs, coverage `cov`, features `ft`, corpus) is printed as it ends. Exits 1 when a target
# found a crash.
set -eu
minutes=${1:-5}
case "$minutes" in
    '' | *[!0-9]* | 0) echo "usage: fuzz/run-all.sh MINUTES (a whole number, at least 1)" >&2; exit 2 ;;
esac
cd "$(dirname "$0")"
export RUSTC_BOOTSTRAP=1
status=0
for target in $(cargo fuzz list); do
    dict=""
    if [ -f "dicts/$target.dict" ]; then
        dict="-dict=dicts/$target.dict"
    fi
    echo "== $target: $minutes min"
    mkdir -p logs "artifacts/$target"
    before=$(ls "artifacts/$target" | wc -l)
    # shellcheck disable=SC2086 # $dict is one word or none
    cargo fuzz run "$target" -- -max_total_time=$((minutes * 60)) -jobs=1 $dict || status=1
    mv -f fuzz-0.log "logs/$target.log" 2>/dev/null || true
    grep -E '^#[0-9]+' "logs/$target.log" 2>/dev/null | tail -n 1 || true
    if [ "$(ls "artifacts/$target" | wc -l)" -ne "$before" ]; then
        echo "== $target: FOUND A CRASH (see fuzz/artifacts/$target)"
        status=1
    fi
done
exit $status
