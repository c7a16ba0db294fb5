#!/usr/bin/env bash
# Runs Concord's fuzz tests (src/test/java/dev/concord/fuzz) in fuzzing mode, one target after the other, and prints
# the executions of each. The regular build only replays their seeds; this is the long run.
#
#   scripts/fuzz.sh [DURATION] [FILTER]
#
# DURATION is per target, as Jazzer takes it (30s, 5m, 1h; default 2m). FILTER keeps the targets whose
# Class#method contains it (default: all). FUZZ_CPU names the one CPU the fuzzer runs on (default: the last
# one), so that the machine's other cores stay free. Logs go to target/fuzz/; the growing corpus to .cifuzz-corpus/ (git-ignored);
# a crashing input lands in the target's seed folder (src/test/resources/dev/concord/fuzz/<Class>Inputs/<method>/),
# where the regular build replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${1:-2m}"
filter="${2:-}"
cpu="${FUZZ_CPU:-$(( $(nproc) - 1 ))}"
logs=target/fuzz
mkdir -p "$logs"

# Every @FuzzTest method, as Class#method.
targets=()
for file in src/test/java/dev/concord/fuzz/*FuzzTest.java; do
    class="$(basename "$file" .java)"
    while read -r method; do
        targets+=("$class#$method")
    done < <(grep -A1 '@FuzzTest' "$file" | grep -oE 'void [A-Za-z0-9_]+' | cut -d' ' -f2)
done

./mvnw -B -q -ntp test-compile

total=0
failed=0
printf '%-48s %12s %8s %8s  %s\n' target executions seconds exec/s result
for target in "${targets[@]}"; do
    if [[ -n "$filter" && "$target" != *"$filter"* ]]; then
        continue
    fi
    log="$logs/${target/\#/.}.log"
    set +e
    JAZZER_FUZZ=1 nice -n 10 taskset -c "$cpu" ./mvnw -B -q -ntp surefire:test -Dtest="$target" \
        -Djazzer.max_duration="$duration" -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1
    status=$?
    set -e
    done_line="$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)"
    runs="$(sed -E 's/^Done ([0-9]+) runs.*/\1/' <<< "$done_line")"
    seconds="$(sed -E 's/.* in ([0-9]+) second.*/\1/' <<< "$done_line")"
    if [[ -z "$done_line" ]]; then
        # A run stopped by a finding has no "Done" line: its last status line has the count.
        runs="$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)"
        seconds="?"
    fi
    runs="${runs:-0}"
    result=ok
    if grep -qE 'ALARM: working on the last Unit|==[0-9]+== ERROR: libFuzzer: timeout|TimeoutException' "$log"; then
        result=HANG
    elif grep -qE 'out-of-memory|OutOfMemoryError' "$log"; then
        result=OOM
    elif grep -qE '== Java Exception|FuzzTestFindingException|crash-[0-9a-f]+' "$log" || [[ $status -ne 0 ]]; then
        result="CRASH (exit $status)"
    fi
    [[ "$result" == ok ]] || failed=$((failed + 1))
    rate="-"
    [[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] && rate=$((runs / seconds))
    printf '%-48s %12s %8s %8s  %s\n' "$target" "$runs" "$seconds" "$rate" "$result"
    total=$((total + runs))
done
printf '%-48s %12s\n' total "$total"
if [[ $failed -gt 0 ]]; then
    echo "$failed target(s) found a problem: see $logs/" >&2
    exit 1
fi
