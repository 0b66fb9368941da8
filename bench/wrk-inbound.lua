-- Inbound SMS to the bench number from random customers: lone keywords, phrases for review, plain text.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local texts = { "STOP", "start", "HELP", "Stop!", "YES", "please stop texting me",
                "Thanks, see you tomorrow", "What time do you open?" }

function init(args)
    math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
    local from = string.format("+1415%07d", 5000000 + math.random(0, 999999))
    local text = texts[math.random(#texts)]
    return wrk.format(nil, nil, nil,
        string.format('{"to":"+14155550001","from":"%s","text":"%s"}', from, text))
end
