#!/usr/bin/env bash
# Issue 14 benchmark: the monitoring dashboard over N demo cases (default 100000), release build,
# wrk on loopback with 8 connections. Prints: demo load time; the first dashboard answer (every
# indicator counted from the store's records, from scratch: every case read from the registry and
# filed), and again after a restart (every indicator counted from scratch out of the records
# filed beside each case, M035: what a server starting or joining others does); dashboard p99 and throughput for one
# filter, for varied filters (varied-filters.lua), and again while a case is registered every
# second (each change is carried into the filter's kept tallies and tables); the XLSX of all indicators by
# province × year; the server's memory.
#
#   benchmarks/monitoring/run.sh [CASES]                 SQLite
#   SIMPUL_DATABASE_URL=postgres://… benchmarks/monitoring/run.sh [CASES]   PostgreSQL (emptied first)
#   KEEP=1 …                 keeps the data directory (its path is printed)
#   DATA=/tmp/simpul-monitoring-XXXX benchmarks/monitoring/run.sh   SQLite, reusing a kept directory
#   SCRATCH_PATH=…           the release build's scratch path (default .build-release)
#   SKIP_BUILD=1 …           uses the binary already built there
set -euo pipefail
cd "$(dirname "$0")/../.."
. benchmarks/monitoring/common.sh
cases=${1:-100000}
command -v wrk >/dev/null || { apt-get install -y -q wrk >/dev/null; }
# Its own build folder, so a debug build beside it does not wait for this one.
scratch=${SCRATCH_PATH:-.build-release}
[ -n "${SKIP_BUILD:-}" ] || swift build -c release --scratch-path "$scratch" --product simpul >/dev/null
bin=$scratch/release/simpul
if [ -n "${DATA:-}" ]; then data=$DATA; KEEP=1; else data=$(mktemp -d /tmp/simpul-monitoring-XXXX); fi
trap '[ "$pid" = 0 ] || kill $pid 2>/dev/null || true; [ "$writer" = 0 ] || kill $writer 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$data"' EXIT
[ -z "${KEEP:-}" ] || echo "data directory: $data (kept)" >&2
pid=0; writer=0
store="SQLite"
if [ -n "${SIMPUL_DATABASE_URL:-}" ]; then
  store="PostgreSQL"
  psql "$SIMPUL_DATABASE_URL" -q -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;" >/dev/null
fi

start=$(date +%s.%N)
if [ -n "${DATA:-}" ]; then
  cases=$(awk '/cases/ {print $1; exit}' "$data/cases.txt" 2>/dev/null || echo "$cases")
  load="(reused)"
else
  $bin demo --data "$data" --cases "$cases" --bcrypt-cost 10 > "$data/demo.txt"
  echo "$cases cases" > "$data/cases.txt"
  load=$(echo "$(date +%s.%N) - $start" | bc)
fi
token=$($bin token create --data "$data" --username penyidik --name bench)
port=18090
$bin serve --data "$data" --port $port > "$data/serve.log" 2>&1 &
pid=$!
wait_until_up $port

cookie=$(sign_in $port "$data")
year=$(( $(date +%Y) - 1 ))

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%d); store: $store" >&2
echo "demo load: $cases cases in ${load} s" >&2
first=$(curl -s -o /dev/null -w '%{time_total}' -H "$cookie" "http://127.0.0.1:$port/pemantauan?periode=$year&instansi=semua")
echo "first dashboard (all indicators counted from scratch, every case read from the registry and filed): ${first}s" >&2

# A restart: the new server counts every indicator from scratch out of the filed records.
kill $pid; wait $pid 2>/dev/null || true
$bin serve --data "$data" --port $port >> "$data/serve.log" 2>&1 &
pid=$!
wait_until_up $port
cold=$(curl -s -o /dev/null -w '%{time_total}' -H "$cookie" "http://127.0.0.1:$port/pemantauan?periode=$year&instansi=semua")
echo "after a restart (all indicators counted from scratch, out of the filed records): ${cold}s" >&2

memory() { # after what
  echo "  server memory after $1: $(awk '/VmRSS/ {printf "%.0f MiB VmRSS", $2/1024}' /proc/$pid/status);" \
    "$(awk '$1 == "Pss_Anon:" {printf "own (Pss_Anon) %.0f MiB", $2/1024}' /proc/$pid/smaps_rollup)" >&2
}
measure() { # name path [wrk script]
  local out
  out=$(wrk -t2 -c8 -d${DURATION:-10s} --latency -H "$cookie" ${3:+-s "$3"} "http://127.0.0.1:$port$2")
  printf '%-44s %8s req/s   p99 %8s   non-2xx %s\n' "$1" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1 == "99%" {print $2}')" "$(echo "$out" | awk '/Non-2xx/ {print $NF}')" >&2
}
memory "the first dashboard after the restart"
measure "dashboard, one filter" "/pemantauan?periode=$year&instansi=semua"
memory "one filter"
measure "dashboard, varied filters" "/pemantauan" benchmarks/monitoring/varied-filters.lua
memory "varied filters"

# A new case every second through the API while the dashboard is read. The one filter is read
# once first: the varied filters ask for more tallies than are kept and push out its tallies,
# as the least recently read, and counting them again at a million cases (a miss, which the
# varied filters measure) took the place of the changes in this phase's p99 until 8 Dec 2026.
curl -s -o /dev/null -H "$cookie" "http://127.0.0.1:$port/pemantauan?periode=$year&instansi=semua"
register_cases $port "$token" bench &
writer=$!
measure "dashboard, a change every second" "/pemantauan?periode=$year&instansi=semua"
kill $writer; writer=0

xlsx=$(curl -s -o "$data/all.xlsx" -w '%{time_total}' -H "$cookie" "http://127.0.0.1:$port/pemantauan/unduh/xlsx?periode=$year&instansi=semua")
echo "XLSX of all indicators (and provinces × 6 years): ${xlsx}s, $(stat -c %s "$data/all.xlsx") bytes" >&2
echo "server memory: $(awk '/VmRSS/ {printf "%.0f MiB VmRSS", $2/1024}' /proc/$pid/status);" \
  "$(awk '$1 == "Pss_Anon:" {printf "own (Pss_Anon) %.0f MiB", $2/1024}' /proc/$pid/smaps_rollup)" >&2
