-- Membership checks of random numbers: listed (+14152000000 … seeded) or, with BENCH_MEMBER_ABSENT=1, absent.
local entries = tonumber(os.getenv("ENTRIES") or "1000000")
local absent = os.getenv("BENCH_MEMBER_ABSENT") == "1"
local counter = 0

function init(args)
    counter = counter + 1
    math.randomseed(os.time() + counter * 7919)
end

function request()
    local i = math.random(0, entries - 1)
    local base = absent and (2000000 + entries) or 2000000
    return wrk.format("GET", wrk.path .. string.format("+1415%07d", base + i))
end
