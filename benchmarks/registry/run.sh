#!/usr/bin/env bash
# Issue 2 benchmark: 100k demo cases on SQLite (or PostgreSQL), a release build, wrk on loopback with 32
# connections. Prints: demo load time; start-up to first answer; p99 and throughput of the case
# list page, the case search page, 1,600 different searches (varied-search.lua: what a search
# costs when no kept page answers it), searches by a person's name or NIK (name-search.lua) and the case-list JSON against a trivial route (/health) of
# the same server in the same run; the server's resident memory (VmRSS and Pss).
#
#   benchmarks/registry/run.sh [CASES]      (default 100000)
#
# Environment:
#   SCRATCH_PATH   the release build's scratch path (default .build-release-registry), so the
#                  benchmark never shares a build directory with another build on the machine
#   SKIP_BUILD=1   use the binary already built there
#   DATABASE_URL   run on PostgreSQL: a local database that this script drops and creates again
#                  (e.g. postgres://postgres@127.0.0.1:54329/simpul_regbench?sslmode=disable on the
#                  cluster of scripts/start-test-postgres.sh); the key stays in the temporary data
#                  directory. Unset: SQLite in that directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
cases=${1:-100000}
scratch=${SCRATCH_PATH:-.build-release-registry}
command -v wrk >/dev/null || { apt-get install -y -q wrk >/dev/null; }
[ -n "${SKIP_BUILD:-}" ] || swift build -c release --scratch-path "$scratch" --product simpul >/dev/null
bin=$scratch/release/simpul
data=$(mktemp -d /tmp/simpul-bench-XXXX)
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
store=(--data "$data")
if [ -n "${DATABASE_URL:-}" ]; then
  database=$(echo "$DATABASE_URL" | sed 's|^[^/]*//[^/]*/||; s|?.*||')
  server=$(echo "$DATABASE_URL" | sed "s|/$database\b|/postgres|")
  psql -q "$server" -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database" >/dev/null
  store+=(--database-url "$DATABASE_URL")
fi

start=$(date +%s.%N)
$bin demo "${store[@]}" --cases "$cases" > "$data/demo.txt"
load=$(echo "$(date +%s.%N) - $start" | bc)
password=$(awk '$1 == "penyidik" {print $2}' "$data/demo.txt")
token=$($bin token create "${store[@]}" --username penyidik --name bench)
port=18080

start=$(date +%s.%N)
$bin serve "${store[@]}" --port $port > "$data/serve.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.005; done
startup=$(echo "$(date +%s.%N) - $start" | bc)

jar="$data/cookies"
csrf=$(curl -s -c "$jar" "http://127.0.0.1:$port/masuk" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "_csrf=$csrf&username=penyidik&password=$password" "http://127.0.0.1:$port/masuk"
session=$(awk '$6 == "simpul_session" {print $7}' "$jar")

measure() { # name path [header] [wrk script]
  local out
  out=$(wrk -t2 -c32 -d${DURATION:-10s} --latency ${3:+-H "$3"} ${4:+-s "$4"} "http://127.0.0.1:$port$2")
  local rps p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  local non2xx
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  printf '%-28s %10s req/s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p99" "${non2xx:-0}" >&2
  echo "$rps"
}

echo "store: $([ -n "${DATABASE_URL:-}" ] && echo PostgreSQL || echo SQLite)" >&2
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ); load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "demo load: $cases cases in ${load}s" >&2
echo "start-up to first answer: ${startup}s" >&2
trivial=$(measure "trivial route /health" /health)
measure "case list page" /kasus "Cookie: simpul_session=$session" >/dev/null
measure "case search page" "/kasus?q=malang&status=investigation" "Cookie: simpul_session=$session" >/dev/null
# The two pages above are answered from the pages the server keeps between changes (see
# VersionedCache); this one asks 1,600 different searches, so the database is searched nearly
# every time.
measure "case search, varied" /kasus "Cookie: simpul_session=$session" benchmarks/registry/varied-search.lua >/dev/null
# Issue 15: by a person's name or NIK through the keyed search index (target p99 < 50 ms).
measure "search by name or NIK" /kasus "Cookie: simpul_session=$session" benchmarks/registry/name-search.lua >/dev/null
json=$(measure "case list JSON" /api/v1/cases "Authorization: Bearer $token")
echo "case JSON / trivial ratio: $(echo "scale=2; $json / $trivial" | bc)" >&2
# VmRSS counts a page of the database file once for every SQLite connection that has it mapped
# (each reader maps the file on its own, up to 8 readers), so it overstates the server's memory
# many times over after varied searches. Pss counts each resident page once; Pss_Anon is the
# server's own memory, Pss_File the database and binary pages it maps (the kernel's page cache,
# which it reclaims when it needs the memory).
echo "server resident memory: $(awk '/VmRSS/ {print $2/1024 " MiB VmRSS"}' /proc/$pid/status);" \
  "$(awk '$1 == "Pss:" {p = $2} $1 == "Pss_Anon:" {a = $2} $1 == "Pss_File:" {f = $2}
         END {printf "%.0f MiB proportional (Pss): own %.0f MiB, mapped files %.0f MiB", p/1024, a/1024, f/1024}' /proc/$pid/smaps_rollup)" >&2
