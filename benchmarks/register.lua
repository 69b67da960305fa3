-- wrk script for benchmarks/registrations.sh: every request registers a different person
-- (thread number and a counter make the address unique) and the answers are counted by status.
local threads = {}
local counter = 0
local statuses = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local email = string.format("p%d-%d@bench.example", id, counter)
  local body = string.format('{"name":"Osallistuja %d-%d","email":"%s","organization":"Bench Oy","listConsent":true}', id, counter, email)
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    local counted = thread:get("statuses")
    for status, n in pairs(counted) do totals[status] = (totals[status] or 0) + n end
  end
  for status, n in pairs(totals) do io.write(string.format("status %d %d\n", status, n)) end
end
