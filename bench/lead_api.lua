-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script for bench/lead_api.sh: every request POSTs a valid lead with its own email
-- address (run id, wrk thread, counter), so each one creates a new contact and a new lead.
-- Response statuses are counted per thread and summed in done(); the shell script fails the
-- run on anything but 201 (and on socket errors).

local key = os.getenv("RMX_BENCH_KEY") or ""
local run = os.getenv("RMX_BENCH_RUN") or tostring(os.time())
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("tid", #threads)
end

function init(args)
   counter = 0
   statuses = {}
   headers = {
      ["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. key,
   }
end

function request()
   counter = counter + 1
   local body = string.format(
      '{"first_name":"Bench","last_name":"Lead %d-%d",' ..
      '"email":"bench-%s-%d-%d@example.com","phone":"+1 555 0100",' ..
      '"event_date":"2027-06-12","event_type":"Wedding","source":"Benchmark",' ..
      '"notes":"Load test lead"}',
      tid, counter, run, tid, counter)
   return wrk.format("POST", "/api/v1/leads", headers, body)
end

function response(status, headers, body)
   local k = tostring(status)
   statuses[k] = (statuses[k] or 0) + 1
end

function done(summary, latency, requests)
   local counts = {}
   local total, created = 0, 0
   for _, thread in ipairs(threads) do
      local s = thread:get("statuses")
      for k, v in pairs(s) do
         counts[k] = (counts[k] or 0) + v
         total = total + v
         if k == "201" then created = created + v end
      end
   end
   local seconds = summary.duration / 1e6
   local e = summary.errors
   local socketErrors = e.connect + e.read + e.write + e.timeout
   for k, v in pairs(counts) do
      io.write(string.format("status_%s=%d\n", k, v))
   end
   io.write(string.format("responses=%d\n", total))
   io.write(string.format("created_per_sec=%.1f\n", created / seconds))
   io.write(string.format("p50_ms=%.2f\n", latency:percentile(50) / 1000))
   io.write(string.format("p99_ms=%.2f\n", latency:percentile(99) / 1000))
   io.write(string.format("socket_errors=%d\n", socketErrors))
   io.write(string.format("failures=%d\n", (total - created) + socketErrors))
end
