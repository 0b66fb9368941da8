#!/usr/bin/env bash
# Web chat public config benchmark (issue 7, DESIGN §7 goal ≥ 5,000 req/s on 2 cores): GET
# /api/v1/webchat/{tenant}/{cp}/config from a whitelisted Origin, as every page view of a customer's site does.
#
#   bash bench/webchat.sh [path/to/target/quarkus-app]
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_DIR=$(cd "${1:-$HERE/../target/quarkus-app}" && pwd)
DB=${BENCH_DB:-switchboard_bench_webchat}
SCENARIO=webchat
source "$HERE/lib.sh"

api PUT /api/v1/contact-points/default/web-chat '{"enabled":true,"whitelistedDomains":["shop.example.com","*.example.org"]}' >/dev/null
api PUT /api/v1/contact-points/default/live-stats '{"availableAgents":3,"queued":1}' >/dev/null
URL=/api/v1/webchat/bench/default/config
curl -sf -H 'Origin: https://shop.example.com' "$BASE$URL" | grep -q '"enabled":true' || die "config not served"

run() { # name, extra wrk headers
    local name=$1; shift
    wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" "$@" "$BASE$URL" >/dev/null
    local j0 a0
    j0=$(java_ticks); a0=$(all_ticks)
    wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$@" "$BASE$URL" >"$OUT/wrk-$name.txt"
    echo "app share of busy CPU: $(( 100 * ($(java_ticks) - j0) / ($(all_ticks) - a0) )) %" >>"$OUT/wrk-$name.txt"
}
run webchat-config -H 'Origin: https://shop.example.com'
ETAG=$(curl -sf -D - -o /dev/null -H 'Origin: https://shop.example.com' "$BASE$URL" | awk -F': ' 'tolower($1) == "etag" { print $2 }' | tr -d '\r')
run webchat-config-304 -H 'Origin: https://shop.example.com' -H "If-None-Match: $ETAG"

echo "Switchboard web chat config bench — $(date -u +%FT%TZ), nproc=$(nproc)"
printf '%-24s %10s %16s %8s %s\n' figure req/s "p50 / p99 ms" non-2xx "app % of busy CPU"
for n in webchat-config webchat-config-304; do
    printf '%-24s %10s %16s %8s %s\n' "$n" "$(rps "$OUT/wrk-$n.txt")" \
        "$(pct "$OUT/wrk-$n.txt" 50) / $(pct "$OUT/wrk-$n.txt" 99)" "$(non2xx "$OUT/wrk-$n.txt")" "$(share "$OUT/wrk-$n.txt")"
done
