-- wrk: panellists recording scores (PUT /api/v1/bids/{bid}/my-scores/{criterion})
-- across the targets bench/run lists in BENCH_TARGETS: a Lua file returning
-- { {path = "/api/v1/bids/<id>/my-scores/", token = "<bearer>"}, ... }.
-- common.lua, beside this script, loads the targets and seeds each thread.
local targets = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

function request()
  local t = targets[math.random(#targets)]
  local body = string.format('{"score": %d, "justification": "Clear evidence", "advice": ""}', math.random(1, 4))
  return wrk.format("PUT", t.path .. math.random(0, 7),
                    {["Authorization"] = "Bearer " .. t.token, ["Content-Type"] = "application/json"}, body)
end
