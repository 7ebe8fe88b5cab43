#!/usr/bin/env bash
# Issue 14: where the dashboard's time goes while a case is registered every second.
# Serves a kept benchmark store (benchmarks/monitoring/run.sh with KEEP=1 or DATA=…), signs in as
# the demo analyst, optionally reads varied filters for 10 s first (VARIED=1, as run.sh does),
# then records `perf record -g` of the server for 10 s while wrk reads one filter with
# 8 connections and a case is registered every second. Prints wrk's latency and where the
# refresh and the readers spent their samples; the profile stays in $DATA/perf-change.data.
#
#   DATA=/tmp/mon1m [VARIED=1] [SCRATCH_PATH=.build-release] benchmarks/monitoring/profile-change.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. benchmarks/monitoring/common.sh
data=${DATA:?the data directory of a kept benchmark store}
bin=${SCRATCH_PATH:-.build-release}/release/simpul
port=18091
command -v perf >/dev/null || apt-get install -y -q linux-perf >/dev/null
token=$($bin token create --data "$data" --username penyidik --name profile)
$bin serve --data "$data" --port $port > "$data/profile-serve.log" 2>&1 &
pid=$!
writer=0
trap 'kill $pid 2>/dev/null || true; [ "$writer" = 0 ] || kill $writer 2>/dev/null || true' EXIT
wait_until_up $port
cookie=$(sign_in $port "$data")
year=$(( $(date +%Y) - 1 ))
curl -s -o /dev/null -w 'first dashboard: %{time_total}s\n' -H "$cookie" "http://127.0.0.1:$port/pemantauan?periode=$year&instansi=semua"
[ -z "${VARIED:-}" ] || wrk -t2 -c8 -d10s -H "$cookie" -s benchmarks/monitoring/varied-filters.lua "http://127.0.0.1:$port/pemantauan" > /dev/null
register_cases $port "$token" profile &
writer=$!
sleep 1
perf record -F 499 -g -p $pid -o "$data/perf-change.data" -- sleep 10 > /dev/null 2>&1 &
recorder=$!
wrk -t2 -c8 -d10s --latency -H "$cookie" "http://127.0.0.1:$port/pemantauan?periode=$year&instansi=semua" | grep -E "Requests/sec|50%|90%|99%"
wait $recorder || true
kill $writer; writer=0
perf script -i "$data/perf-change.data" 2>/dev/null | python3 -c '
import sys
samples = sys.stdin.read().split("\n\n")
print(f"{len(samples)} samples")
for name, key in [("refresh (MonitoringService.snapshot)", "MonitoringServiceV8snapshot"),
                  ("  of which CountingIndex.updated", "CountingIndexV7updated"),
                  ("dashboard requests", "MonitoringController"),
                  ("  tables made (IndicatorViews.table)", "IndicatorViewsC5table"),
                  ("  pages written (HTML.renderedBytes)", "renderedBytes")]:
    print(f"{name}: {sum(key in s for s in samples)}")
'
