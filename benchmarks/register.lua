-- wrk script for benchmarks/registrations.sh: every request registers a different person
-- (thread number and a counter make the address unique). The answers are counted by status, and the addresses
-- that got a place or a waiting-list position (201) are written to $REGISTERED_FILE for the script to look up.
local threads = {}
local counter = 0
-- Globals: done() reads them from each thread with thread:get.
statuses = {}
registered = {}

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
  if status == 201 then
    registered[#registered + 1] = body:match('"email":"([^"]+)"')
  end
end

function done(summary, latency, requests)
  local totals = {}
  local file = io.open(os.getenv("REGISTERED_FILE") or "/dev/null", "w")
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do totals[status] = (totals[status] or 0) + n end
    for _, email in ipairs(thread:get("registered")) do file:write(email, "\n") end
  end
  file:close()
  for status, n in pairs(totals) do io.write(string.format("status %d %d\n", status, n)) end
end
