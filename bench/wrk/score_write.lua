-- wrk: panellists recording scores (PUT /api/v1/bids/{bid}/my-scores/{criterion})
-- across the targets bench/run lists in BENCH_TARGETS: a Lua file returning
-- { {path = "/api/v1/bids/<id>/my-scores/", token = "<bearer>"}, ... }.
local targets = dofile(os.getenv("BENCH_TARGETS"))
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  math.randomseed(id * 7919)
end

function request()
  local t = targets[math.random(#targets)]
  local body = string.format('{"score": %d, "justification": "Clear evidence", "advice": ""}', math.random(1, 4))
  return wrk.format("PUT", t.path .. math.random(0, 7),
                    {["Authorization"] = "Bearer " .. t.token, ["Content-Type"] = "application/json"}, body)
end
