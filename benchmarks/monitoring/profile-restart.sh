#!/usr/bin/env bash
# Issue 14: where a restart's time goes. Starts a server on a kept benchmark store under
# `perf record -g`, signs in, times the first dashboard (every indicator counted from scratch out
# of the filed records), stops the server and prints the functions with the most samples,
# callers included. The profile stays in $DATA/perf-restart.data.
#
#   DATA=/tmp/mon1m [SCRATCH_PATH=.build-release] benchmarks/monitoring/profile-restart.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. benchmarks/monitoring/common.sh
data=${DATA:?the data directory of a kept benchmark store}
bin=${SCRATCH_PATH:-.build-release}/release/simpul
port=18094
command -v perf >/dev/null || apt-get install -y -q linux-perf >/dev/null
perf record -F 499 -g -o "$data/perf-restart.data" -- $bin serve --data "$data" --port $port > "$data/restart-serve.log" 2>&1 &
recorder=$!
wait_until_up $port
cookie=$(sign_in $port "$data")
year=$(( $(date +%Y) - 1 ))
curl -s -o /dev/null -w 'after a restart, under perf: %{time_total}s\n' -H "$cookie" "http://127.0.0.1:$port/pemantauan?periode=$year&instansi=semua"
pkill -INT -f "serve --data $data --port $port" || true
wait $recorder || true
perf report -i "$data/perf-restart.data" --children --sort symbol --stdio -g none 2>/dev/null | grep -E '^ +[0-9]' | head -30 | cut -c1-180
