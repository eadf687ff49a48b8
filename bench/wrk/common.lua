-- Shared by the wrk scripts beside it: the targets bench/run wrote to the Lua file
-- BENCH_TARGETS, and a random sequence of its own for each wrk thread.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  math.randomseed(id * 7919)
end

return dofile(os.getenv("BENCH_TARGETS"))
