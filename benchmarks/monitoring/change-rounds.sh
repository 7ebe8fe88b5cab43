#!/usr/bin/env bash
# Issue 14: the dashboard read with one filter in rounds of 10 s, each first without and then with
# a case registered every second, as run.sh's change phase does; with VARIED=1 the varied filters
# are read for 10 s first. Tells a change's cost apart from the recount of a filter whose kept
# tallies were pushed out (the first round after the varied filters).
#
#   DATA=/tmp/mon1m [VARIED=1] [ROUNDS=3] [SCRATCH_PATH=.build-release] benchmarks/monitoring/change-rounds.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. benchmarks/monitoring/common.sh
data=${DATA:?the data directory of a kept benchmark store}
bin=${SCRATCH_PATH:-.build-release}/release/simpul
port=18093
token=$($bin token create --data "$data" --username penyidik --name rounds)
$bin serve --data "$data" --port $port > "$data/rounds-serve.log" 2>&1 &
pid=$!
writer=0
trap 'kill $pid 2>/dev/null || true; [ "$writer" = 0 ] || kill $writer 2>/dev/null || true' EXIT
wait_until_up $port
cookie=$(sign_in $port "$data")
year=$(( $(date +%Y) - 1 ))
url="http://127.0.0.1:$port/pemantauan?periode=$year&instansi=semua"
curl -s -o /dev/null -w 'first dashboard: %{time_total}s\n' -H "$cookie" "$url"
[ -z "${VARIED:-}" ] || wrk -t2 -c8 -d10s -H "$cookie" -s benchmarks/monitoring/varied-filters.lua "http://127.0.0.1:$port/pemantauan" \
  | awk '/Requests\/sec/ {print "varied filters: " $2 " req/s"}'
measure() { # label
  wrk -t2 -c8 -d10s --latency -H "$cookie" "$url" \
    | awk -v label="$1" '/Requests\/sec/ {rps = $2} $1 == "99%" {p99 = $2} END {printf "%-32s %8s req/s   p99 %s\n", label, rps, p99}'
}
for round in $(seq "${ROUNDS:-3}"); do
  measure "round $round, no change"
  register_cases $port "$token" rounds &
  writer=$!
  measure "round $round, a case every second"
  kill $writer; writer=0
done
