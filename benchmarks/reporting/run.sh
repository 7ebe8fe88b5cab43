#!/usr/bin/env bash
# Issue 5 benchmark: public report submissions on SQLite, a release build, wrk on loopback.
#   (i)   receipt hashing alone (scrypt, production parameters, 2 threads): the ceiling;
#   (ii)  production settings, 4 connections: submissions/s against that ceiling, and p99;
#   (iii) the storage path (SIMPUL_INSECURE_TEST_RECEIPT_HASH=1), 64 connections: durable
#         submissions/s and p99, with the rows really committed counted in the database;
#   (iv)  the kill -9 test at full load: every receipt shown must open its report after restart.
# Every request carries its own X-Forwarded-For (served with --trust-forwarded-for), so none
# meets the per-address challenge.
#
#   benchmarks/reporting/run.sh [CASES]     (default 1000 demo cases)
#   SCRATCH_PATH=.build-release (default .build) is the build directory; SKIP_BUILD=1 uses the
#   simpul already built there, or SIMPUL_BIN=PATH another one; DURATION=20s per wrk run.
set -euo pipefail
cd "$(dirname "$0")/../.."
cases=${1:-1000}
duration=${DURATION:-20s}
here=benchmarks/reporting
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null; else echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; fi
fi
scratch=${SCRATCH_PATH:-.build}
[ "${SKIP_BUILD:-0}" = 1 ] || [ -n "${SIMPUL_BIN:-}" ] || swift build -c release --scratch-path "$scratch" --product simpul >/dev/null
bin=${SIMPUL_BIN:-$PWD/$scratch/release/simpul}
data=$(mktemp -d /tmp/simpul-report-bench-XXXX)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$data"' EXIT
port=18090
db="$data/simpul.sqlite"

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u '+%Y-%m-%d %H:%M UTC')"
$bin demo --data "$data" --cases "$cases" > "$data/demo.txt"

serve() { # [ENV=VALUE ...]: start simpul serve on $data in the background, wait for /health
  env "$@" "$bin" serve --data "$data" --port $port --trust-forwarded-for --allow-insecure-receipt-hash > "$data/serve.log" 2>&1 &
  pid=$!
  for _ in $(seq 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/health" && return 0
    kill -0 $pid 2>/dev/null || break
    sleep 0.05
  done
  echo "simpul serve did not start:" >&2; cat "$data/serve.log" >&2; exit 1
}
stop() { kill $pid; wait $pid 2>/dev/null || true; pid=; }
reports() { # rows committed in the reports table ("?" without the sqlite3 command)
  if command -v sqlite3 >/dev/null; then sqlite3 "file:$db?mode=ro" "SELECT count(*) FROM reports"; else echo "?"; fi
}
rows() { [ "$1" = "?" ] || [ "$2" = "?" ] && echo "?" || echo $(($2 - $1)); } # before after: rows added
field() { echo "$1" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
load() { # connections: runs wrk, prints its summary line and the non-2xx count, echoes the summary
  local out
  out=$(wrk -t2 -c"$1" -d"$duration" --timeout 10s --latency -s $here/report.lua "http://127.0.0.1:$port/lapor/kirim")
  echo "$out" | grep -E 'Non-2xx|Socket errors' | sed 's/^ */  wrk: /' >&2 || true
  echo "$out" | grep '^wrk-summary'
}

# (i) hashing alone: the most submissions/s the receipt hash allows on this machine with 2 threads.
hashline=$($bin reports hash-bench --seconds 10 --threads 2 | grep '^hash-only:')
echo "$hashline"
hashrate=$(echo "$hashline" | awk '{print $2}')

# (ii) production settings: scrypt per submission, 4 connections.
serve
before=$(reports)
summary=$(load 4)
after=$(reports)
rps=$(field "$summary" rps); p99=$(field "$summary" p99_ms)
ratio=$(awk -v a="$rps" -v b="$hashrate" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
echo "production: $rps req/s = $ratio of hash-only rate (target >= 0.8), p99 $p99 ms (target < 1000)"
echo "  committed $(rows "$before" "$after") reports; $summary" | sed 's/wrk-summary //'
echo "  server resident memory: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
stop

# (iii) the storage path: a microsecond hash, 64 connections; durable = committed rows per second.
serve SIMPUL_INSECURE_TEST_RECEIPT_HASH=1
before=$(reports)
summary=$(load 64)
after=$(reports)
rps=$(field "$summary" rps); p99=$(field "$summary" p99_ms); seconds=$(field "$summary" seconds)
non2xx=$(field "$summary" non2xx)
committed=$(rows "$before" "$after")
if [ "$committed" != "?" ]; then
  durable=$(awk -v c="$committed" -v s="$seconds" 'BEGIN { printf "%.0f", c / s }')
else
  committed="? (no sqlite3: 2xx answers counted instead)"; durable=$(awk -v r="$rps" -v n="$non2xx" -v s="$seconds" 'BEGIN { printf "%.0f", r - n / s }')
fi
echo "storage path: $durable durable submissions/s (target >= 2000), p99 $p99 ms (target < 250)"
echo "  wrk: $rps req/s, non-2xx $non2xx; committed $committed reports; $summary" | sed 's/wrk-summary //'
stop

# (iv) kill -9 at full load (SIMPUL_CRASH_LOAD=full: 32 threads for 10 s unless overridden).
py=${SIMPUL_TEST_PYTHON:-python3}
"$py" -c 'import pytest' 2>/dev/null || py=/tmp/simpul-ci-venv/bin/python
crash=$(SIMPUL_BIN=$bin SIMPUL_CRASH_LOAD=full "$py" -m pytest -q -s -p no:cacheprovider \
        Tests/browser/test_report_durability.py -k kill_9 2>&1) || { echo "$crash" >&2; echo "crash test: FAILED"; exit 1; }
echo "crash test at full load: $(echo "$crash" | grep -o 'acknowledged [0-9]*, recovered [0-9]*, lost [0-9]*')"
