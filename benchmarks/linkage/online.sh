#!/usr/bin/env bash
# Online person matching through the store: one lookup per held-out record against a SQLite
# store holding the rest of a generated data set, as a registration does it (keyed blocking
# keys, candidates' identities opened and ranked). Prints p50/p90/p99 per lookup, and recall
# and precision of the candidates offered against the generator's ground truth.
#
#   benchmarks/linkage/online.sh [SIZE ...]      default: 100k 1M
#
# Environment: SEED (42), WORK (/tmp/simpul-linkage-bench), HELD_OUT (1000). The filled store
# is kept in $WORK/store_SIZE for later runs (delete it to reload).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
seed="${SEED:-42}"
work="${WORK:-/tmp/simpul-linkage-bench}"
gen="${GEN:-$repo/../shared/data/linkage/gen_people.py}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100k 1M)
mkdir -p "$work"
(cd "$repo" && swift build -c release --product simpul 2>&1 | tail -1)
bin="$repo/.build/release/simpul"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%d)"
for size in "${sizes[@]}"; do
    data="$work/people_${size}_s${seed}.csv"
    [ -f "$data" ] || python3 "$gen" --size "$size" --seed "$seed" --out "$data" --stats "$work/stats_${size}_s${seed}.json"
    echo "== $size"
    /usr/bin/time -f "load+lookups: %e s wall, peak RSS %M KB" \
        "$bin" match-bench --data "$work/store_$size" --input "$data" --held-out "${HELD_OUT:-1000}" \
        --output "$work/online_$size.csv" | grep -v "^loaded"
    python3 "$here/online_score.py" "$data" "$work/online_$size.csv"
    # The registration page shows candidates from p >= 0.2 (PersonMatches.shownProbability).
    python3 "$here/online_score.py" "$data" "$work/online_$size.csv" --threshold 0.2
done
