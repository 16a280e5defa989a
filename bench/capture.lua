-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script for bench/capture.sh: every request POSTs the seed's capture body with its own
-- email address (run id, wrk thread, counter), so each one creates a new contact and its
-- contact.created event. RMX_BENCH_PATH picks the route (the ceiling server's trivial route).
-- Statuses are counted per thread and summed in done(); the shell script fails the run on
-- anything but 201 (and on socket errors).

local run = os.getenv("RMX_BENCH_RUN") or tostring(os.time())
local path = os.getenv("RMX_BENCH_PATH") or "/capture"
-- setup(), response() and done() are shared with the other benchmarks.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "wrk_report.lua")

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
