-- wrk: a commissioner reading lot rankings (GET /api/v1/lots/{lot}/ranking)
-- across the lots bench/run lists in BENCH_TARGETS: a Lua file returning
-- { {path = "/api/v1/lots/<id>/ranking", token = "<bearer>"}, ... }.
-- common.lua, beside this script, loads the targets and seeds each thread.
local targets = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")

function request()
  local t = targets[math.random(#targets)]
  return wrk.format("GET", t.path, {["Authorization"] = "Bearer " .. t.token})
end
