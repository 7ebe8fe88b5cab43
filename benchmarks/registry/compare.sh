#!/usr/bin/env bash
# Two or more builds of simpul, alternately, against one existing store: the same wrk runs
# (32 connections) on the registry routes (and searches by a person's name or NIK), so that a change is judged side by side on the
# same data and the same moment of the machine.
#
#   benchmarks/registry/compare.sh DATA DEMO_OUTPUT BIN [BIN ...]
#
# DATA: a store made by `simpul demo --data DATA`; DEMO_OUTPUT: what that command printed (the
# demo sign-ins). Environment: D (wrk duration, 8s), ROUNDS (2).
set -euo pipefail
data=$1; demo=$2; shift 2
names_lua="$(cd "$(dirname "$0")" && pwd)/name-search.lua"
password=$(awk '$1 == "penyidik" {print $2}' "$demo")
port=18300
for round in $(seq "${ROUNDS:-2}"); do
  for bin in "$@"; do
    port=$((port + 1))
    [ -f "$data/bench-token" ] || "$bin" token create --data "$data" --username penyidik --name bench > "$data/bench-token"
    token=$(cat "$data/bench-token")
    "$bin" serve --data "$data" --port $port > "$data/compare-$port.log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.05; done
    jar=$(mktemp)
    csrf=$(curl -s -c "$jar" "http://127.0.0.1:$port/masuk" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
    curl -s -b "$jar" -c "$jar" -o /dev/null -d "_csrf=$csrf&username=penyidik&password=$password" "http://127.0.0.1:$port/masuk"
    session=$(awk '$6 == "simpul_session" {print $7}' "$jar")
    m() { # name path [header] [wrk script]
      out=$(wrk -t2 -c32 -d"${D:-8s}" --latency ${3:+-H "$3"} ${4:+-s "$4"} "http://127.0.0.1:$port$2")
      printf '  %-8s %9s req/s  p99 %s\n' "$1" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" "$(echo "$out" | awk '$1 == "99%" {print $2}')"
    }
    echo "== round $round: $bin"
    m health /health
    m me /api/v1/me "Authorization: Bearer $token"
    m json /api/v1/cases "Authorization: Bearer $token"
    m list /kasus "Cookie: simpul_session=$session"
    m search "/kasus?q=malang&status=investigation" "Cookie: simpul_session=$session"
    m names /kasus "Cookie: simpul_session=$session" "$names_lua"
    kill $pid; wait $pid 2>/dev/null || true
    rm -f "$jar"
  done
done
