-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script for bench/lead_api.sh: every request POSTs a valid lead with its own email
-- address (run id, wrk thread, counter), so each one creates a new contact and a new lead.
-- Response statuses are counted per thread and summed in done(); the shell script fails the
-- run on anything but 201 (and on socket errors).

local key = os.getenv("RMX_BENCH_KEY") or ""
local run = os.getenv("RMX_BENCH_RUN") or tostring(os.time())
-- setup(), response() and done() are shared with the other benchmarks.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "wrk_report.lua")

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
