-- Counts what wrk itself does not: responses that are not 2xx (wrk counts only 4xx and 5xx) and pages cut short,
-- then prints one line of totals for the load benchmark to read.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  incomplete = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  elseif not string.find(body, "</html>", -32, true) then
    incomplete = incomplete + 1
  end
end

function done(summary, latency, requests)
  local non2xx_total, incomplete_total = 0, 0
  for _, thread in ipairs(threads) do
    non2xx_total = non2xx_total + thread:get("non2xx")
    incomplete_total = incomplete_total + thread:get("incomplete")
  end
  local errors = summary.errors
  io.write(string.format(
    "kratom-load requests=%d duration_us=%d bytes=%d connect=%d read=%d write=%d timeout=%d non2xx=%d incomplete=%d " ..
    "mean_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, summary.bytes, errors.connect, errors.read, errors.write, errors.timeout,
    non2xx_total, incomplete_total, math.floor(latency.mean), latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max))
end
