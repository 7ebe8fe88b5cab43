#!/usr/bin/env bash
# Issue 18 benchmark: the public job-offer checker and its register of licensed agencies, release
# build, wrk on loopback. Prints: the register lookup by name among 10,000 agencies (the
# offer-check-bench executable, through a store); the API's checks per second and p99 and the
# result page's, each request from another address (X-Forwarded-For, --trusted-proxies 1) against
# a register of 10,000 agencies imported with `simpul p3mi import`; the size of every public page.
#
#   benchmarks/offer-check/run.sh          (targets: ≥ 500 results/s, p99 < 100 ms; lookup p99 < 20 ms; pages < 50 KB)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { apt-get install -y -q wrk >/dev/null; }
# Its own build folder, so a debug build beside it does not wait for this one.
swift build -c release --scratch-path .build-release --product simpul >/dev/null
swift build -c release --scratch-path .build-release --product offer-check-bench >/dev/null
bin=.build-release/release/simpul
data=$(mktemp -d /tmp/simpul-offer-check-XXXX)
pid=0
trap '[ "$pid" = 0 ] || kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%d)" >&2
.build-release/release/offer-check-bench --agencies 10000 --lookups 10000 >&2
.build-release/release/offer-check-bench --agencies 10000 --write-csv "$data/p3mi.csv"
$bin p3mi import --data "$data" "$data/p3mi.csv" 2>/dev/null | tail -1 >&2
port=18094
$bin serve --data "$data" --port $port --trusted-proxies 1 > "$data/serve.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.05; done

measure() { # name path target
  local out
  out=$(TARGET=$3 wrk -t2 -c${CONNECTIONS:-16} -d${DURATION:-10s} --latency -s benchmarks/offer-check/load.lua "http://127.0.0.1:$port$2")
  printf '%-44s %8s req/s   p99 %8s   non-2xx %s\n' "$1" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1 == "99%" {print $2}')" "$(echo "$out" | awk '/Non-2xx/ {print $NF}')" >&2
}
measure "POST /api/v1/offer-checks (Saudi offer)" /api/v1/offer-checks api
measure "result page POST /cek-lowongan/langkah" /cek-lowongan/langkah page

echo "page sizes (bytes of HTML; the shared stylesheet /static/app.css is $(curl -s "http://127.0.0.1:$port/static/app.css" | wc -c)):" >&2
for path in /lapor /tppo /tppo/hak-korban /tppo/cara-melapor /tppo/bantuan /tppo/peringatan /cek-lowongan /cek-lowongan/kepala-desa "/tppo?bahasa=en"; do
  printf '  %-28s %6s\n' "$path" "$(curl -s "http://127.0.0.1:$port$path" | wc -c)" >&2
done
printf '  %-28s %6s\n' "result page (Saudi offer)" "$(curl -s -d @benchmarks/offer-check/offer.form "http://127.0.0.1:$port/cek-lowongan/langkah" | wc -c)" >&2
echo "server memory: $(awk '/VmRSS/ {printf "%.0f MiB VmRSS", $2/1024}' /proc/$pid/status)" >&2
