#!/usr/bin/env bash
# Person-linkage benchmark: Simpul's Linkage library against Splink 5 (DuckDB) on the synthetic
# multi-agency records of shared/data/linkage/gen_people.py, from one run each.
#
#   benchmarks/linkage/run.sh [SIZE ...]        default sizes: 100k 1M
#
# Environment: SEED (42), WORK (/tmp/simpul-linkage-bench), GEN (path of gen_people.py),
# SKIP_SPLINK=1 to run Simpul only. Prints pairwise precision/recall/F1, B-cubed F1, largest
# cluster, wall time and peak RSS (from /usr/bin/time -v) per tool and size, and the latency
# of PersonIndex lookups against each data set, and (ceiling.py) the pairwise F1 that the evidence
# in each data set allows at most.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
seed="${SEED:-42}"
work="${WORK:-/tmp/simpul-linkage-bench}"
gen="${GEN:-$repo/../shared/data/linkage/gen_people.py}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100k 1M)
mkdir -p "$work"

[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
[ -f "$gen" ] || { echo "generator not found: $gen (set GEN)" >&2; exit 1; }

# Simpul: `simpul link` runs the same `Linker`; this small executable over the Linkage library is
# built in a throwaway package so that the whole server package (Hummingbird & co.) is not compiled.
pkg="$work/linkpkg"
mkdir -p "$pkg/Sources" "$pkg/Tests"
ln -sfn "$repo/Sources/Cases" "$pkg/Sources/Cases"
ln -sfn "$repo/Sources/Linkage" "$pkg/Sources/Linkage"
ln -sfn "$here/linkbench" "$pkg/Sources/linkbench"
cat > "$pkg/Package.swift" <<'SWIFT'
// swift-tools-version:6.1
import PackageDescription
let package = Package(
    name: "linkbench",
    targets: [
        .target(name: "Cases"),
        .target(name: "Linkage", dependencies: ["Cases"]),
        .executableTarget(name: "linkbench", dependencies: ["Linkage"]),
    ]
)
SWIFT
echo "== building linkbench (release)"
swift build -c release --package-path "$pkg" --scratch-path "$pkg/.build" 2>&1 | tail -1
linkbench="$pkg/.build/release/linkbench"

if [ "${SKIP_SPLINK:-0}" != 1 ]; then
    echo "== Splink venv"
    [ -x "$work/venv/bin/python" ] || python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install -q "splink==5.0.0" duckdb pandas pyarrow
fi

# Runs a command under /usr/bin/time -v; prints "wall_s peak_MiB".
measure() {
    local log="$1"; shift
    /usr/bin/time -v "$@" > "$log.out" 2> "$log.time" || { cat "$log.out" "$log.time" >&2; return 1; }
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
                /Maximum resident set size/ { rss = $2 / 1024 }
                END { printf "%.1f %.0f\n", wall, rss }' "$log.time"
}

results=()
lookups=()
ceilings=()
for size in "${sizes[@]}"; do
    data="$work/people_${size}_s${seed}.csv"
    if [ ! -f "$data" ]; then
        echo "== generating $size (seed $seed)"
        python3 "$gen" --size "$size" --seed "$seed" --out "$data" --stats "$work/stats_${size}_s${seed}.json"
    fi
    echo "== Simpul on $size"
    read -r wall rss < <(measure "$work/simpul_$size" "$linkbench" "$data" "$work/simpul_$size.csv")
    m=$(python3 "$here/evaluate.py" "$data" "$work/simpul_$size.csv" --json)
    results+=("$size|Simpul|$m|$wall|$rss")
    echo "== what the data allows on $size (ceiling.py, at Simpul's precision)"
    python3 "$here/ceiling.py" "$data" --precision "$(python3 -c 'import json,sys; print(round(json.loads(sys.argv[1])["pairwise_precision"], 4))' "$m")" \
        | tee "$work/ceiling_$size.txt"
    ceilings+=("$size: $(sed -n 3p "$work/ceiling_$size.txt")")
    echo "== Simpul online index on $size (1000 held-out lookups)"
    "$linkbench" --index "$data" 1000 | tee "$work/index_$size.txt"
    lookups+=("$size: $(tail -1 "$work/index_$size.txt")")
    if [ "${SKIP_SPLINK:-0}" != 1 ]; then
        echo "== Splink on $size"
        read -r wall rss < <(measure "$work/splink_$size" "$work/venv/bin/python" "$here/splink_run.py" "$data" "$work/splink_$size.csv")
        m=$(python3 "$here/evaluate.py" "$data" "$work/splink_$size.csv" --json)
        results+=("$size|Splink 5|$m|$wall|$rss")
    fi
done

echo
echo "| records | tool | pairwise precision | recall | F1 | B-cubed F1 | largest cluster | wall s | peak RSS MiB |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for r in "${results[@]}"; do
    IFS='|' read -r size tool json wall rss <<< "$r"
    python3 - "$size" "$tool" "$json" "$wall" "$rss" <<'PY'
import json, sys
size, tool, m, wall, rss = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4], sys.argv[5]
print(f"| {size} | {tool} | {m['pairwise_precision']:.3f} | {m['pairwise_recall']:.3f} | {m['pairwise_f1']:.3f} "
      f"| {m['bcubed_f1']:.3f} | {m['largest_cluster']} | {wall} | {rss} |")
PY
done
echo
for l in "${lookups[@]}"; do echo "PersonIndex $l"; done
for l in "${ceilings[@]}"; do echo "Ceiling $l"; done
