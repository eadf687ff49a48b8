-- wrk: a commissioner reading lot rankings (GET /api/v1/lots/{lot}/ranking)
-- across the lots bench/run lists in BENCH_TARGETS: a Lua file returning
-- { {path = "/api/v1/lots/<id>/ranking", token = "<bearer>"}, ... }.
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
  return wrk.format("GET", t.path, {["Authorization"] = "Bearer " .. t.token})
end
