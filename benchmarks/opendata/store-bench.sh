#!/usr/bin/env bash
# HTCDS through the store (issue 19): a release build, N demo cases, `simpul htcds export` of the
# whole registry to JSON Lines and to CSV, then `simpul htcds import` of each into a fresh store
# as one agency's cases. Prints wall time and peak resident memory (/usr/bin/time -v) of each step
# and the import's HTCDS rows (cases + persons + support) per second.
#
#   benchmarks/opendata/store-bench.sh [CASES]      (default 100000)
#
# Environment:
#   SCRATCH_PATH   the release build's scratch path (default .build-import-rel)
#   SKIP_BUILD=1   use the binary already built there
#   DATABASE_URL   import into PostgreSQL instead: a local database this script drops and creates
#                  again (e.g. postgres://postgres@127.0.0.1:54339/simpul_htcdsbench?sslmode=disable);
#                  the demo registry and its export stay on SQLite.
set -euo pipefail
cd "$(dirname "$0")/../.."
cases=${1:-100000}
scratch=${SCRATCH_PATH:-.build-import-rel}
[ -n "${SKIP_BUILD:-}" ] || swift build -c release --scratch-path "$scratch" --product simpul >/dev/null
bin=$scratch/release/simpul
work=$(mktemp -d /tmp/simpul-htcds-bench-XXXX)
trap 'rm -rf "$work"' EXIT

timed() { # label command...: runs it under /usr/bin/time -v, prints seconds and peak RSS
  local label=$1; shift
  /usr/bin/time -v "$@" > "$work/out.txt" 2> "$work/time.txt"
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time.txt")
  echo "$label: ${wall} s, peak ${rss} MB"
  last_wall=$wall
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
$bin demo --data "$work/source" --cases "$cases" --bcrypt-cost 10 > /dev/null
echo "demo load, $cases cases: $(echo "$(date +%s.%N) - $start" | bc) s"

timed "export JSON Lines" $bin htcds export --data "$work/source" --out "$work/all.jsonl" --quiet
echo "  $(du -m "$work/all.jsonl" | cut -f1) MB, $(wc -l < "$work/all.jsonl") cases"
timed "export CSV" $bin htcds export --data "$work/source" --format csv --out "$work/csv" --quiet
rows=0
for f in cases persons support; do rows=$((rows + $(wc -l < "$work/csv/$f.csv") - 1)); done
echo "  $(du -cm "$work"/csv/*.csv | tail -1 | cut -f1) MB, $rows HTCDS rows"

target() { # name: a fresh store holding the demo agencies (and no case) to import into
  local args=(--data "$work/$1")
  if [ -n "${DATABASE_URL:-}" ]; then
    local database server
    database=$(echo "$DATABASE_URL" | sed 's|^[^/]*//[^/]*/||; s|?.*||')
    server=$(echo "$DATABASE_URL" | sed "s|/$database\b|/postgres|")
    psql -q "$server" -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database" >/dev/null
    # The key stays in the temporary data folder.
    args+=(--database-url "$DATABASE_URL")
  fi
  $bin demo "${args[@]}" --cases 0 --bcrypt-cost 10 > /dev/null
  target_args=("${args[@]}")
}

target json-target
timed "import JSON Lines" $bin htcds import "${target_args[@]}" --agency ag-iom --quiet "$work/all.jsonl"
echo "  $(tail -1 "$work/out.txt")"
echo "  $(echo "$rows / $last_wall" | bc) rows/s"
target csv-target
timed "import CSV" $bin htcds import "${target_args[@]}" --agency ag-iom --quiet "$work/csv/cases.csv" "$work/csv/persons.csv" "$work/csv/support.csv"
echo "  $(tail -1 "$work/out.txt")"
echo "  $(echo "$rows / $last_wall" | bc) rows/s"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
