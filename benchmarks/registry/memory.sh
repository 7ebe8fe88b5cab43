#!/usr/bin/env bash
# Where the server's memory goes: serves an existing demo store and reads /proc/PID/status and
# smaps_rollup at start and after each wrk route of run.sh (the same routes, 32 connections). With
# GDB=1 also SQLite's own heap (sqlite3_memory_used, and its peak since the last reading), read
# by attaching gdb for a moment.
#
#   benchmarks/registry/memory.sh BIN DATA [DURATION]
#
# BIN: a simpul binary (a release build); DATA: a data directory filled by `BIN demo --data DATA
# --cases N > DATA/demo.txt` (the demo's sign-ins are read from demo.txt). DURATION per route: 10s.
set -euo pipefail
bin=$1; data=$2; duration=${3:-10s}
cd "$(dirname "$0")/../.."
port=18090
password=$(awk '$1 == "penyidik" {print $2}' "$data/demo.txt")
token=$("$bin" token create --data "$data" --username penyidik --name "memory-$$")
"$bin" serve --data "$data" --port $port > "$data/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.005; done
memory() {
  printf '%-22s %s; %s\n' "$1" "$(awk '/VmRSS/ {printf "VmRSS %.0f MiB", $2/1024}' /proc/$pid/status)" \
    "$(awk '$1 == "Pss:" {p = $2} $1 == "Pss_Anon:" {a = $2} $1 == "Pss_File:" {f = $2}
         END {printf "Pss %.0f MiB (own %.0f, mapped files %.0f)", p/1024, a/1024, f/1024}' /proc/$pid/smaps_rollup)"
  if [ -n "${GDB:-}" ]; then
    timeout 60 gdb -p $pid -batch -ex 'print (long long)sqlite3_memory_used()' -ex 'print (long long)sqlite3_memory_highwater(1)' 2>/dev/null |
      awk '/^\$1 =/ {u = $3} /^\$2 =/ {h = $3} END {printf "%22s SQLite heap %.1f MB, peak %.1f MB\n", "", u/1e6, h/1e6}'
  fi
}
memory "start"
jar="$data/cookies"
csrf=$(curl -s -c "$jar" "http://127.0.0.1:$port/masuk" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "_csrf=$csrf&username=penyidik&password=$password" "http://127.0.0.1:$port/masuk"
session=$(awk '$6 == "simpul_session" {print $7}' "$jar")
route() { # name path [header] [wrk script]
  wrk -t2 -c32 -d"$duration" --latency ${3:+-H "$3"} ${4:+-s "$4"} "http://127.0.0.1:$port$2" |
    awk -v n="$1" '/Requests\/sec/ {r = $2} $1 == "99%" {p = $2} END {printf "%-22s %s req/s, p99 %s\n", n, r, p}'
  memory "after $1"
}
route "/health" /health
route "case list" /kasus "Cookie: simpul_session=$session"
route "case search" "/kasus?q=malang&status=investigation" "Cookie: simpul_session=$session"
route "varied search" /kasus "Cookie: simpul_session=$session" benchmarks/registry/varied-search.lua
route "name or NIK" /kasus "Cookie: simpul_session=$session" benchmarks/registry/name-search.lua
route "case list JSON" /api/v1/cases "Authorization: Bearer $token"
