#!/usr/bin/env bash
# Issue 6 benchmark: the "my work" page and the overdue query with N demo cases (default 100k)
# and their demo referrals and services, on SQLite, release build, wrk on loopback.
#
#   benchmarks/coordination/run.sh [N]        SKIP_BUILD=1 reuses .build/release/simpul
#
# Signs in as the social worker of UPTD PPA Jawa Timur, the agency that receives the most
# referrals in the demo data, and measures:
#   - GET /kerja              the page (open work, overdue first, and the notices)
#   - GET /api/v1/me/work     the same query as JSON (the overdue query behind it)
set -euo pipefail
cd "$(dirname "$0")/../.."
cases=${1:-100000}
command -v wrk >/dev/null || { apt-get install -y -q wrk >/dev/null; }
[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --product simpul >/dev/null
bin=$PWD/.build/release/simpul
data=$(mktemp -d /tmp/simpul-coord-bench-XXXX)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$data"' EXIT
port=18095

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u '+%Y-%m-%d %H:%M UTC')"
start=$(date +%s.%N)
$bin demo --data "$data" --cases "$cases" > "$data/demo.txt"
echo "demo: $cases cases in $(echo "$(date +%s.%N) - $start" | bc | cut -c1-5)s"
if command -v sqlite3 >/dev/null; then
  sqlite3 "file:$data/simpul.sqlite?mode=ro" "SELECT 'records: ' || kind || ' ' || COUNT(*) || ' (' || SUM(open) || ' open)' FROM coordination_records GROUP BY kind"
  sqlite3 "file:$data/simpul.sqlite?mode=ro" "SELECT 'open work of UPTD PPA Jatim: ' || COUNT(*) || ', overdue: ' || SUM(due_on < date('now')) FROM coordination_records WHERE owner_agency = 'ag-uptd-ppa-jatim' AND open = 1"
fi
password=$(awk '$1 == "peksos" {print $2}' "$data/demo.txt")
token=$($bin token create --data "$data" --username peksos --name bench)

$bin serve --data "$data" --port $port > "$data/serve.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.01; done
jar="$data/cookies"
csrf=$(curl -s -c "$jar" "http://127.0.0.1:$port/masuk" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "_csrf=$csrf&username=peksos&password=$password" "http://127.0.0.1:$port/masuk"
session=$(awk '$6 == "simpul_session" {print $7}' "$jar")
rows=$(curl -s -H "Cookie: simpul_session=$session" "http://127.0.0.1:$port/kerja" | grep -o '<tr class="[a-z_]*"' | wc -l)
echo "my-work page lists $rows items"

measure() { # name path header
  local out rps p50 p99 non2xx
  out=$(wrk -t2 -c8 -d${DURATION:-15s} --latency -H "$3" "http://127.0.0.1:$port$2")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  printf '%-34s %8s req/s   p50 %8s   p99 %8s (target < 100ms)   non-2xx %s\n' "$1" "$rps" "$p50" "$p99" "${non2xx:-0}"
}
measure "my-work page /kerja" /kerja "Cookie: simpul_session=$session"
measure "overdue query /api/v1/me/work" /api/v1/me/work "Authorization: Bearer $token"
echo "server resident memory: $(awk '/VmRSS/ {print $2/1024 " MiB"}' /proc/$pid/status)"
