-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script for bench/capture.sh: every request POSTs the seed's capture body with its own
-- email address (run id, wrk thread, counter), so each one creates a new contact and its
-- contact.created event. RMX_BENCH_PATH picks the route (the ceiling server's trivial route).
-- Statuses are counted per thread and summed in done(); the shell script fails the run on
-- anything but 201 (and on socket errors).

local run = os.getenv("RMX_BENCH_RUN") or tostring(os.time())
local path = os.getenv("RMX_BENCH_PATH") or "/capture"
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("tid", #threads)
end

function init(args)
   counter = 0
   statuses = {}
   headers = { ["Content-Type"] = "application/json" }
end

function request()
   counter = counter + 1
   local body = string.format(
      '{"email":"capture-%s-%d-%d@example.com","first_name":"Bench","last_name":"Contact %d",' ..
      '"source":"organic","metadata":{"utm_source":"google","utm_campaign":"spring-launch",' ..
      '"landing_page":"/pricing"}}',
      run, tid, counter, counter)
   return wrk.format("POST", path, headers, body)
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
