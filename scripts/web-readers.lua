-- Used by scripts/benchmark-readers; see docs/benchmarks.md.
-- 100 readers: each connection asks for a random page of its list, then pauses 0-2 s, as people reading do
local urls = {}
function init(args)
  for line in io.lines(args[1]) do urls[#urls + 1] = line end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end
function request()
  return wrk.format("GET", urls[math.random(#urls)])
end
function delay()
  return math.random(0, 2000)
end
