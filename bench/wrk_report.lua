-- SPDX-License-Identifier: GPL-3.0-or-later
-- Shared by the wrk scripts of bench/: setup() numbers the threads (tid), response() counts
-- statuses per thread, and done() prints the totals as name=value lines, with failures (any
-- answer but 201, and socket errors) for the shell script to check.

threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("tid", #threads)
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
