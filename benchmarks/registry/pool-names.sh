#!/usr/bin/env bash
# Search by a person's name or NIK on an existing PostgreSQL store with a given connection pool
# size (issue 15): one server, a 3 s warm-up, then wrk -t2 -c32 for 15 s with name-search.lua.
#
#   benchmarks/registry/pool-names.sh BIN DATA DATABASE_URL [POOL]
#
# DATA: the folder of `simpul demo --data DATA --database-url URL` (its key and demo.txt, what that
# command printed); POOL: pool_max_conns (default: the URL's, 20).
set -euo pipefail
bin=$1; data=$2; url=$3; pool=${4:-}
lua="$(cd "$(dirname "$0")" && pwd)/name-search.lua"
[ -n "$pool" ] && url="$url&pool_max_conns=$pool"
port=$((18500 + RANDOM % 400))
password=$(awk '$1 == "penyidik" {print $2}' "$data/demo.txt")
"$bin" serve --data "$data" --database-url "$url" --port $port > "$data/serve-$port.log" 2>&1 & pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.05; done
jar=$(mktemp)
csrf=$(curl -s -c "$jar" "http://127.0.0.1:$port/masuk" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "_csrf=$csrf&username=penyidik&password=$password" "http://127.0.0.1:$port/masuk"
session=$(awk '$6 == "simpul_session" {print $7}' "$jar")
wrk -t2 -c32 -d3s -H "Cookie: simpul_session=$session" -s "$lua" "http://127.0.0.1:$port/kasus" >/dev/null
out=$(wrk -t2 -c32 -d15s --latency -H "Cookie: simpul_session=$session" -s "$lua" "http://127.0.0.1:$port/kasus")
printf 'pool=%-3s names %9s req/s  p50 %s p99 %s\n' "${pool:-20}" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
  "$(echo "$out" | awk '$1 == "50%" {print $2}')" "$(echo "$out" | awk '$1 == "99%" {print $2}')"
