-- wrk script for the report benchmark: POST a complete, valid report to /lapor/kirim, each
-- request from its own address (X-Forwarded-For, honoured with `serve --trust-forwarded-for`), so
-- no request meets the per-address challenge. The address is 10.T.H.L with T the wrk thread and
-- H.L a per-thread counter: distinct for the first 65,536 requests of each thread.
-- done() prints one machine-readable line that run.sh reads.

local body = table.concat({
  "step=send", "danger=no", "situation=forced_work", "situation=documents_held",
  "narrative=" .. ("Anak+tetangga+bekerja+di+pabrik+tanpa+upah%2C+KTP-nya+ditahan+mandor."),
  "relation=witness", "child=yes", "victims=several",
  "where=indonesia", "province=35", "regency=Kabupaten+Sidoarjo",
  "contact=receipt_only", "go=next",
}, "&")

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  n = 0
  math.randomseed(os.time() + id * 7919)
  base = math.random(0, 255)  -- a different start each run, so reruns do not reuse addresses
end

function request()
  n = n + 1
  local k = (base * 256 + n) % 65536
  local forwarded = string.format("10.%d.%d.%d", id % 256, math.floor(k / 256), k % 256)
  return wrk.format("POST", "/lapor/kirim", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Forwarded-For"] = forwarded,
  }, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "wrk-summary requests=%d seconds=%.3f rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect, e.read, e.write, e.timeout))
end
