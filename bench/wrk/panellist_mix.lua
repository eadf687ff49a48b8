-- wrk: panellists at work on many keep-alive connections. Of every 20 requests,
-- 12 read a bid (GET /api/v1/bids/{id}/evaluation), 7 save a draft score
-- (PUT /api/v1/bids/{id}/my-scores/{criterion}) and 1 submits a scoresheet
-- (POST /api/v1/bids/{id}/my-scores/submission). Drafts and reads use the
-- "work" pairs; submissions the "submit" pairs, scored beforehand (submitting
-- again is allowed and changes nothing). Like people, each connection pauses
-- between requests: 0 to 2 × BENCH_THINK_MS (default 2000) milliseconds, so
-- 1,000 connections offer about 500 requests a second. BENCH_TARGETS names a Lua file
-- returning { work = { {bid = "<id>", token = "<bearer>"}, ... }, submit = {...} }.
local targets = dofile(os.getenv("BENCH_TARGETS"))
local think = tonumber(os.getenv("BENCH_THINK_MS") or "2000")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  math.randomseed(id * 7919)
end

local function auth(token, extra)
  local headers = {["Authorization"] = "Bearer " .. token}
  for k, v in pairs(extra or {}) do headers[k] = v end
  return headers
end

function request()
  local roll = math.random(20)
  if roll == 20 then
    local t = targets.submit[math.random(#targets.submit)]
    return wrk.format("POST", "/api/v1/bids/" .. t.bid .. "/my-scores/submission", auth(t.token))
  end
  local t = targets.work[math.random(#targets.work)]
  if roll <= 12 then
    return wrk.format("GET", "/api/v1/bids/" .. t.bid .. "/evaluation", auth(t.token))
  end
  local body = string.format('{"score": %d, "justification": "Draft: clear evidence", "advice": ""}', math.random(1, 4))
  return wrk.format("PUT", "/api/v1/bids/" .. t.bid .. "/my-scores/" .. math.random(0, 7),
                    auth(t.token, {["Content-Type"] = "application/json"}), body)
end

function delay()
  return math.random(0, 2 * think)
end
