#!/usr/bin/env bash
# Timer matrix benchmark (issue 3): GET /timers/matrix for a tenant with 1,000 contact points × 8 platforms,
# a sprinkling of overrides seeded with COPY, against the trivial page /bench/plain in the same run.
#
#   bash bench/matrix.sh [path/to/target/quarkus-app]
#
# Set-up in bench/lib.sh. Overrides (env): as stoplist.sh, plus BENCH_CONTACT_POINTS=1000.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_DIR=$(cd "${1:-$HERE/../target/quarkus-app}" && pwd)
DB=${BENCH_DB:-switchboard_bench_matrix}
SCENARIO=matrix
NCP=${BENCH_CONTACT_POINTS:-1000}
rm -f "${BENCH_OUT:-$HERE/out}"/matrix-*.txt
source "$HERE/lib.sh"

# ---- seed with COPY: cp-0001 … (NCP - 1 of them, plus "default"); every 5th contact point overrides
# Response Timeout and Inactive Time, every 10th (contact point, platform) pair Response and Close Time.
T0=$(now_ms)
awk -v n="$((NCP - 1))" 'BEGIN { for (i = 1; i <= n; i++) printf "bench\tcp-%04d\tContact point %d\tbench-seed\n", i, i }' \
    | pg -d "$DB" -c "\\copy contact_point (tenant_id, id, label, updated_by) from stdin"
awk -v n="$((NCP - 1))" 'BEGIN {
    split("SMS WEB_CHAT FACEBOOK TWITTER APPLE_MESSAGES GOOGLE_RBM GOOGLE_MESSAGES WHATSAPP", p, " ")
    for (i = 1; i <= n; i++) {
        if (i % 5 == 0) printf "bench\tcp-%04d\t\t600\t7200\t\\N\tbench-seed\n", i
        for (k = 1; k <= 8; k++) if ((i * 8 + k) % 10 == 0) printf "bench\tcp-%04d\t%s\t240\t\\N\t86400\tbench-seed\n", i, p[k]
    } }' | pg -d "$DB" -c "\\copy timer_settings (tenant_id, contact_point_id, platform, response_timeout, inactive_time, close_time, updated_by) from stdin"
pg -d "$DB" -c "ANALYZE"
SEEDED=$(pg -d "$DB" -Atc "SELECT (SELECT count(*) FROM contact_point WHERE tenant_id = 'bench') || ' contact points, '
    || (SELECT count(*) FROM timer_settings WHERE tenant_id = 'bench' AND contact_point_id <> '' AND platform = '') || ' contact-point and '
    || (SELECT count(*) FROM timer_settings WHERE tenant_id = 'bench' AND platform <> '') || ' platform override rows'")
echo "seeded $SEEDED with COPY in $(( $(now_ms) - T0 )) ms"
curl -sf -H "$AUTH" -o "$RUN_DIR/matrix.html" "$BASE/timers/matrix" || die "the matrix page does not answer 200"
MATRIX_KB=$(( $(stat -c %s "$RUN_DIR/matrix.html") / 1024 ))
ROWS=$(grep -c '<tr' "$RUN_DIR/matrix.html" || true)

load plain "" /bench/plain
load matrix "" /timers/matrix
CONNS=1 THREADS=1 load matrix-c1 "" /timers/matrix   # one user at a time: the latency an admin sees

{
    echo "Switchboard timer matrix bench — $(date -u +%Y-%m-%dT%H:%M:%SZ), $SEEDED; page $MATRIX_KB KB, $ROWS table rows"
    echo "wrk -t$THREADS -c$CONNS -d$DURATION --latency (after $WARMUP warm-up)"
    printf '%-16s %12s %18s  %8s  %s\n' "page" "req/s" "p50 / p99 ms" "non-2xx" "app % of busy CPU"
    for n in plain matrix matrix-c1; do
        printf '%-16s %12s %18s  %8s  %s\n' "$n" "$(rps "$OUT/wrk-$n.txt")" "$(pct "$OUT/wrk-$n.txt" 50) / $(pct "$OUT/wrk-$n.txt" 99)" "$(non2xx "$OUT/wrk-$n.txt")" "$(share "$OUT/wrk-$n.txt")"
    done
} | tee "$OUT/matrix-summary.txt"
