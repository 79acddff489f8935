-- wrk's twin of distinct-reports.ts: every request POSTs a report from a distinct reporter, its own forwarded address
-- (on its own /24, so the network cap never applies; the server needs TRUST_PROXY=1) and user agent. FIRST sets where
-- this generator's numbers start, so generators running at once never meet. Prints one JSON line at the end.
local n = tonumber(os.getenv("FIRST") or "0")
local label = os.getenv("LABEL") or "wrk"
local services = { "outlook", "teams", "steam", "youtube", "discord", "netflix", "whatsapp", "gmail" }
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init()
  counted = 0
  statuses = 0
end

function request()
  n = n + 1
  local ip = string.format("%d.%d.%d.7", 1 + math.floor(n / 65536) % 128, math.floor(n / 256) % 256, n % 256)
  local body = '{"service":"' .. services[n % #services + 1] .. '","problem":"other"}'
  return wrk.format("POST", "/api/v1/reports", {
    ["content-type"] = "application/json",
    ["user-agent"] = "Mozilla/5.0 (X11; Linux x86_64) " .. label .. "/" .. n,
    ["x-forwarded-for"] = ip,
  }, body)
end

function response(status)
  if status == 201 then counted = counted + 1 end
  if status < 200 or status > 299 then statuses = statuses + 1 end
end

function done(summary, latency)
  local c, s = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("counted")
    s = s + t:get("statuses")
  end
  local e = summary.errors
  io.write(string.format('WRK_RESULT {"requests":%d,"counted":%d,"non2xx":%d,"errors":%d,"p50":%.3f,"p99":%.3f}\n',
    summary.requests, c, s, e.connect + e.read + e.write + e.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
