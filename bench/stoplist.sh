#!/usr/bin/env bash
# Stop-list benchmarks of the packaged app (DESIGN.md §7):
#   1. membership check GET /api/v1/contact-points/default/stop-list/{e164} with 1,000,000 entries (wrk)
#   2. CSV export of those 1,000,000 rows vs `psql \copy (same query) to stdout csv`, and heap growth
#   3. inbound SMS keyword processing POST /api/v1/inbound/sms (wrk, mixed keywords and plain text)
#
#   bash bench/stoplist.sh [path/to/target/quarkus-app]
#
# Set-up in bench/lib.sh (throwaway database, stub OIDC provider, packaged app). Entries are seeded with COPY.
# Overrides (env): BENCH_PGHOST/PGPORT/PGUSER/PGPASSWORD, BENCH_DB, BENCH_OUT, JAVA, BENCH_JAVA_OPTS,
#   BENCH_ENTRIES=1000000, BENCH_THREADS=2, BENCH_CONNECTIONS=32, BENCH_DURATION=10s, BENCH_WARMUP=10s,
#   BENCH_PARTS="member export inbound" (a subset runs only those, e.g. BENCH_PARTS=member to compare settings)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_DIR=$(cd "${1:-$HERE/../target/quarkus-app}" && pwd)
DB=${BENCH_DB:-switchboard_bench_stoplist}
SCENARIO=stoplist
ENTRIES=${BENCH_ENTRIES:-1000000}
PARTS=" ${BENCH_PARTS:-member export inbound} "
part() { [[ $PARTS == *" $1 "* ]]; }
rm -f "${BENCH_OUT:-$HERE/out}"/stoplist-*.txt "${BENCH_OUT:-$HERE/out}"/wrk-member-*.txt "${BENCH_OUT:-$HERE/out}"/wrk-inbound.txt
source "$HERE/lib.sh"
api POST /api/v1/contact-points/default/sms-numbers '{"number":"+14155550001","type":"STANDARD"}' >/dev/null

# ---- seed with COPY: ENTRIES numbers +14152000000, +14152000001, … on "default" ---------------------------
T0=$(now_ms)
awk -v n="$ENTRIES" 'BEGIN { for (i = 0; i < n; i++) printf "bench\tdefault\t+1415%07d\tIMPORT\tbench-seed\n", 2000000 + i }' \
    | pg -d "$DB" -c "\\copy stop_list_entry (tenant_id, contact_point_id, number, source, added_by) from stdin"
pg -d "$DB" -c "INSERT INTO stop_list_size (tenant_id, contact_point_id, slot, entries) VALUES ('bench', 'default', 0, $ENTRIES)
                ON CONFLICT (tenant_id, contact_point_id, slot) DO UPDATE SET entries = excluded.entries; ANALYZE;"
echo "seeded $ENTRIES entries with COPY in $(( $(now_ms) - T0 )) ms"
api GET "/api/v1/contact-points/default/stop-list/+14152000000" | grep -q '"onStopList":true' || die "seed not visible"

# ---- 1. membership check -------------------------------------------------------------------------------
export ENTRIES
if part member; then
load member-listed wrk-member.lua /api/v1/contact-points/default/stop-list/
export BENCH_MEMBER_ABSENT=1
load member-absent wrk-member.lua /api/v1/contact-points/default/stop-list/
unset BENCH_MEMBER_ABSENT
fi

# ---- 2. export vs psql \copy ---------------------------------------------------------------------------
if part export; then
heap_used_mb() { jcmd "$APP_PID" GC.heap_info | awk '/ used / { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); printf "%.0f", v / 1024; exit } }'; }
jcmd "$APP_PID" GC.run >/dev/null
HEAP_BEFORE=$(heap_used_mb)
# Peak heap during the export: sampled every 100 ms by jstat (eden + survivors + old, KB)
jstat -gc "$APP_PID" 100 >"$RUN_DIR/jstat.txt" & JSTAT_PID=$!
T0=$(now_ms)
curl -sf --max-time 300 -H "$AUTH" -o "$RUN_DIR/export.csv" "$BASE/api/v1/stop-list/export.csv?contactPoint=default"
EXPORT_MS=$(( $(now_ms) - T0 ))
kill "$JSTAT_PID"; wait "$JSTAT_PID" 2>/dev/null || true
EXPORT_ROWS=$(( $(wc -l <"$RUN_DIR/export.csv") - 1 ))
EXPORT_MB=$(awk -v b="$(stat -c %s "$RUN_DIR/export.csv")" 'BEGIN { printf "%.1f", b / 1048576 }')
OLD_BEFORE_MB=$(awk 'NR == 2 { printf "%.0f", $8 / 1024 }' "$RUN_DIR/jstat.txt")
OLD_PEAK_MB=$(awk 'NR > 1 && $8 + 0 > m { m = $8 } END { printf "%.0f", m / 1024 }' "$RUN_DIR/jstat.txt")
jcmd "$APP_PID" GC.run >/dev/null
HEAP_AFTER=$(heap_used_mb)
T0=$(now_ms)
pg -d "$DB" -c "\\copy (SELECT e.contact_point_id, c.label AS contact_point_label, e.number AS phone_number,
    to_char(e.added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS added_at, e.source FROM stop_list_entry e
    JOIN contact_point c ON c.tenant_id = e.tenant_id AND c.id = e.contact_point_id
    WHERE e.tenant_id = 'bench' AND e.contact_point_id = 'default' ORDER BY e.number) to stdout csv header" >"$RUN_DIR/psql.csv"
PSQL_MS=$(( $(now_ms) - T0 ))
SAME=$(diff -q <(tr -d '\r' <"$RUN_DIR/export.csv") "$RUN_DIR/psql.csv" >/dev/null && echo identical || echo DIFFERENT)
[[ $SAME == identical ]] || diff <(tr -d '\r' <"$RUN_DIR/export.csv") "$RUN_DIR/psql.csv" | head -n 6 >"$OUT/stoplist-export-diff.txt" || true
RATIO=$(awk -v a="$PSQL_MS" -v b="$EXPORT_MS" 'BEGIN { printf "%.2f", a / b }')
fi

# ---- 3. inbound keyword processing -----------------------------------------------------------------------
part inbound && load inbound wrk-inbound.lua /api/v1/inbound/sms

{
    echo "Switchboard stop-list bench — $(date -u +%Y-%m-%dT%H:%M:%SZ), $ENTRIES entries, nproc=$(nproc)"
    echo "wrk -t$THREADS -c$CONNS -d$DURATION --latency (after $WARMUP warm-up)"
    printf '%-24s %12s %18s  %8s  %s  %s\n' "figure" "req/s" "p50 / p99 ms" "non-2xx" "app % of busy CPU" "other CPU %"
    for n in member-listed member-absent inbound; do
        [[ -f "$OUT/wrk-$n.txt" ]] || continue
        printf '%-24s %12s %18s  %8s  %17s  %s\n' "$n" "$(rps "$OUT/wrk-$n.txt")" "$(pct "$OUT/wrk-$n.txt" 50) / $(pct "$OUT/wrk-$n.txt" 99)" "$(non2xx "$OUT/wrk-$n.txt")" "$(share "$OUT/wrk-$n.txt")" "$(other_cpu "$OUT/wrk-$n.txt")"
    done
    part export && echo "export: $EXPORT_ROWS rows, $EXPORT_MB MB in $EXPORT_MS ms; psql \\copy of the same query: $PSQL_MS ms;" \
         "speed ratio app/psql = $RATIO (budget >= 0.50); content $SAME (CRLF aside)"
    part export && echo "heap: used after full GC $HEAP_BEFORE MB before, $HEAP_AFTER MB after; old gen $OLD_BEFORE_MB MB at start," \
         "peak $OLD_PEAK_MB MB during the export (budget: growth <= 64 MB)"
    echo "inbound outcome mix and stop-list size afterwards: $(pg -d "$DB" -Atc "SELECT sum(entries) FROM stop_list_size WHERE contact_point_id = 'default'") entries"
} | tee "$OUT/stoplist-summary.txt"
