#!/usr/bin/env bash
# Benchmark of the packaged app (DESIGN.md §7): startup to first 200, RSS after start, and wrk
# throughput/latency of the contact point list page against a trivial Qute page in the same app.
#
#   bash bench/run.sh [path/to/target/quarkus-app]
#
# Everything runs on 127.0.0.1 with bounded durations: a throwaway PostgreSQL database (dropped
# and re-created each run, dropped again at the end), a stub OIDC provider (bench/oidc_stub.py),
# and the app itself (`java -jar quarkus-run.jar`, prod profile, configured from env vars only).
# Raw outputs (wrk, app log, stub log, summary) go to bench/out/ (git-ignored).
#
# Overrides (env):
#   BENCH_PGHOST=127.0.0.1 BENCH_PGPORT=5432 BENCH_PGUSER=postgres BENCH_PGPASSWORD=  (trust auth if empty)
#   BENCH_DB=switchboard_bench     BENCH_OUT=bench/out        JAVA=java  BENCH_JAVA_OPTS=
#   BENCH_THREADS=2 BENCH_CONNECTIONS=32 BENCH_DURATION=10s BENCH_WARMUP=10s
#   BENCH_CONTACT_POINTS=50        (total in the tenant, including the automatic "default" one)
#   BENCH_RSS_DELAY=3              (seconds after the first 200 before RSS is read)
#   BENCH_STARTUP_TIMEOUT=60       (seconds)
#   BENCH_EXTRA_PATHS="/api/v1/contact-points /"   (also measured, for information only)
#   BENCH_STRICT=1                 (exit 1 when a budget is missed; default: report only)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_DIR=$(cd "${1:-${APP_DIR:-$HERE/../target/quarkus-app}}" && pwd)
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
PGPASSWORD_=${BENCH_PGPASSWORD:-}
DB=${BENCH_DB:-switchboard_bench}
OUT=${BENCH_OUT:-$HERE/out}
JAVA=${JAVA:-java}
JAVA_OPTS=${BENCH_JAVA_OPTS:-}
THREADS=${BENCH_THREADS:-2}
CONNS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-10s}
NCP=${BENCH_CONTACT_POINTS:-50}
RSS_DELAY=${BENCH_RSS_DELAY:-3}
STARTUP_TIMEOUT=${BENCH_STARTUP_TIMEOUT:-60}
STRICT=${BENCH_STRICT:-0}
EXTRA_PATHS=${BENCH_EXTRA_PATHS:-}

# Budgets (DESIGN.md §7)
BUDGET_STARTUP_MS=2000
BUDGET_RSS_MB=250
BUDGET_RATIO=0.60
BUDGET_P99_MS=50

die() { echo "bench: $*" >&2; exit 1; }
for tool in "$JAVA" python3 psql curl wrk awk; do
    command -v "$tool" >/dev/null || die "missing tool: $tool"
done
python3 -c 'import cryptography' 2>/dev/null || die "python3 package 'cryptography' is missing"
[[ -f $APP_DIR/quarkus-run.jar ]] || die "no quarkus-run.jar in $APP_DIR (build with ./mvnw package -DskipTests -P'!no-docker')"
# The app runs with APP_DIR as its working directory (relative class path, as an AppCDS archive
# built by Quarkus expects: BENCH_JAVA_OPTS=-XX:SharedArchiveFile=app-cds.jsa). Quarkus reads
# .env and config/application.properties from there: refuse a directory that has them.
[[ -e $APP_DIR/.env || -e $APP_DIR/config ]] && die "$APP_DIR has a .env or config/ that would change the app's configuration"
if [[ -d $APP_DIR/lib/main ]] && ls "$APP_DIR"/lib/main | grep -q embedded-postgres; then
    echo "bench: WARNING: $APP_DIR contains the embedded-PostgreSQL extension; build with -P'!no-docker'" >&2
fi

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# CPU already busy (other processes, host steal) over one second before anything starts
cpu_busy_pct() {
    local a b
    a=$(awk '/^cpu / { print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9 }' /proc/stat); sleep 1
    b=$(awk '/^cpu / { print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9 }' /proc/stat)
    awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " "); t = y[2] - x[2];
        printf "%.0f", (t > 0 ? 100 * (y[1] - x[1]) / t : 0) }'
}
BUSY_BEFORE=$(cpu_busy_pct)
if (( BUSY_BEFORE > 20 )); then
    echo "bench: WARNING: the CPUs are already ${BUSY_BEFORE}% busy before the run; figures will be low" >&2
fi
mkdir -p "$OUT"
rm -f "$OUT"/wrk-*.txt "$OUT"/app.log "$OUT"/oidc_stub.log "$OUT"/summary.txt
RUN_DIR=$(mktemp -d /tmp/switchboard-bench.XXXXXX)   # scratch files (token, port, bodies)
APP_LOG=$OUT/app.log
STUB_LOG=$OUT/oidc_stub.log

export PGPASSWORD=$PGPASSWORD_
pg() { psql -w -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

APP_PID=
STUB_PID=
DB_CREATED=0
cleanup() {
    local rc=$?
    set +e
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID"
        for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID"
        wait "$APP_PID" 2>/dev/null
    fi
    if [[ -n $STUB_PID ]] && kill -0 "$STUB_PID" 2>/dev/null; then
        kill -TERM "$STUB_PID"; wait "$STUB_PID" 2>/dev/null
    fi
    if [[ $DB_CREATED == 1 ]]; then
        pg -d postgres -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" || echo "bench: could not drop $DB" >&2
    fi
    rm -rf "$RUN_DIR"
    if [[ $rc != 0 && -f $APP_LOG ]]; then
        echo "---- last 80 lines of $APP_LOG ----" >&2
        tail -n 80 "$APP_LOG" >&2
        [[ -f $STUB_LOG ]] && { echo "---- $STUB_LOG ----" >&2; tail -n 20 "$STUB_LOG" >&2; }
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- database -------------------------------------------------------------------------------
pg -d postgres -c 'select 1' >/dev/null || die "cannot reach PostgreSQL at $PGHOST_:$PGPORT_ as $PGUSER_"
pg -d postgres -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)"
pg -d postgres -c "CREATE DATABASE \"$DB\""
DB_CREATED=1

# ---- OIDC stub --------------------------------------------------------------------------------
python3 "$HERE/oidc_stub.py" --realm bench --tenant bench --username bench --groups admin,manager \
    --port-file "$RUN_DIR/oidc.port" --token-file "$RUN_DIR/token" 2>"$STUB_LOG" &
STUB_PID=$!
for _ in $(seq 1 200); do [[ -s $RUN_DIR/oidc.port ]] && break; kill -0 "$STUB_PID" || die "oidc stub died"; sleep 0.05; done
[[ -s $RUN_DIR/oidc.port ]] || die "oidc stub did not start"
OIDC_PORT=$(<"$RUN_DIR/oidc.port")
TOKEN=$(<"$RUN_DIR/token")
ISSUER=http://127.0.0.1:$OIDC_PORT/realms/bench
curl -sf -o /dev/null "$ISSUER/.well-known/openid-configuration" || die "oidc stub does not answer"

# ---- app: startup to first 200 ---------------------------------------------------------------
APP_PORT=$(free_port)
BASE=http://127.0.0.1:$APP_PORT
T0=$(now_ms)
(cd "$APP_DIR" && exec env \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST_:$PGPORT_/$DB" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER_" \
    QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD_" \
    QUARKUS_OIDC_AUTH_SERVER_URL="$ISSUER" \
    QUARKUS_OIDC_CLIENT_ID=switchboard \
    QUARKUS_OIDC_CREDENTIALS_SECRET=x \
    QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_HTTP_PORT="$APP_PORT" \
    "$JAVA" $JAVA_OPTS -jar quarkus-run.jar) >"$APP_LOG" 2>&1 &
APP_PID=$!
# Poll from one long-lived process: a curl fork per poll would cost ~9 ms CPU every 20 ms and
# slow the startup it measures on a 2-core machine.
set +e
STARTUP_MS=$(python3 - "$BASE/q/health/ready" "$T0" "$APP_PID" "$STARTUP_TIMEOUT" <<'PY'
import os, sys, time, urllib.request, urllib.error
url, t0, pid, timeout = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
last = "no answer"
while True:
    try:
        with urllib.request.urlopen(url, timeout=1) as r:
            if r.status == 200:
                print(int(time.time() * 1000) - t0)
                sys.exit(0)
            last = r.status
    except urllib.error.HTTPError as e:
        last = e.code
    except (urllib.error.URLError, ConnectionError, OSError) as e:
        last = type(e).__name__
    try:
        os.kill(pid, 0)
        with open(f"/proc/{pid}/stat") as f:
            if f.read().rsplit(")", 1)[1].split()[0] == "Z":
                raise ProcessLookupError
    except (ProcessLookupError, FileNotFoundError):
        sys.stderr.write("bench: the app exited during startup\n")
        sys.exit(2)
    if time.time() * 1000 - t0 > timeout * 1000:
        sys.stderr.write(f"bench: no 200 from {url} within {timeout:.0f}s (last: {last})\n")
        sys.exit(3)
    time.sleep(0.02)
PY
)
poll_rc=$?
set -e
(( poll_rc == 0 )) || exit 1
QUARKUS_STARTED=$( (grep -o 'started in [0-9.]*s' "$APP_LOG" || true) | head -n1 | awk '{ sub(/s$/, "", $3); print $3 }')
sleep "$RSS_DELAY"
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status"; }
RSS_MB=$(rss_mb)
echo "startup to first 200: ${STARTUP_MS} ms (Quarkus says started in ${QUARKUS_STARTED:-?} s); RSS ${RSS_MB} MB after ${RSS_DELAY}s"

# ---- token check + seed -----------------------------------------------------------------------
AUTH="Authorization: Bearer $TOKEN"
check_200() {
    local code
    code=$(curl -s -o "$RUN_DIR/body" -w '%{http_code}' --max-time 10 -H "$AUTH" "$BASE$1" || true)
    if [[ $code != 200 ]]; then
        echo "bench: GET $1 with the bearer token answered $code:" >&2
        head -c 2000 "$RUN_DIR/body" >&2 || true; echo >&2
        [[ $code == 401 ]] && echo "bench: the app logs why it rejects a token at DEBUG:" \
            "BENCH_JAVA_OPTS='-Dquarkus.log.category.\"io.quarkus.oidc\".level=DEBUG'" >&2
        exit 1
    fi
}
check_200 /bench/plain            # first authenticated request: provisions tenant "bench" (+ "default" contact point)
check_200 /api/v1/contact-points
have=$( (grep -o '"id"' "$RUN_DIR/body" || true) | wc -l)
i=0
while (( have < NCP )); do
    i=$((i + 1))
    id=$(printf 'cp-%03d' "$i")
    code=$(curl -s -o "$RUN_DIR/body" -w '%{http_code}' --max-time 10 -H "$AUTH" -H 'Content-Type: application/json' \
        -X POST --data "{\"id\":\"$id\",\"label\":\"Contact point $i\"}" "$BASE/api/v1/contact-points" || true)
    [[ $code == 201 ]] || { echo "bench: POST contact point $id answered $code:" >&2; cat "$RUN_DIR/body" >&2; echo >&2; exit 1; }
    have=$((have + 1))
done
check_200 /contact-points
rows=$(grep -c 'href="/contact-points/' "$RUN_DIR/body" || true)
echo "tenant 'bench' has $have contact points; the list page shows $rows rows ($(wc -c <"$RUN_DIR/body") bytes)"
check_200 /bench/plain

# ---- load ------------------------------------------------------------------------------------
source "$HERE/cpu.sh"
run_wrk() { # name path duration file
    measured_wrk "$4" -t"$THREADS" -c"$CONNS" -d"$3" --timeout 5s --latency -H "$AUTH" "$BASE$2"
}
echo "warm-up: ${WARMUP} per page"
run_wrk plain /bench/plain "$WARMUP" "$OUT/wrk-warmup-plain.txt"
run_wrk list /contact-points "$WARMUP" "$OUT/wrk-warmup-contact-points.txt"
echo "measuring: wrk -t$THREADS -c$CONNS -d$DURATION --latency"
run_wrk plain /bench/plain "$DURATION" "$OUT/wrk-plain.txt"
run_wrk list /contact-points "$DURATION" "$OUT/wrk-contact-points.txt"
EXTRA_LINES=()
n=0
for path in $EXTRA_PATHS; do
    n=$((n + 1))
    check_200 "$path"
    run_wrk extra "$path" "$WARMUP" "$OUT/wrk-warmup-extra-$n.txt"
    run_wrk extra "$path" "$DURATION" "$OUT/wrk-extra-$n.txt"
    EXTRA_LINES+=("$path|$OUT/wrk-extra-$n.txt")
done
RSS_AFTER_MB=$(rss_mb)

# wrk figures: req/s, and a latency percentile converted to ms
rps() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
pct() { awk -v p="$2%" '$1 == p { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
          f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1;
          printf "%.2f", v * f }' "$1"; }
errors() { # non-2xx responses and socket errors, summed
    awk '/Non-2xx or 3xx responses:/ { n += $NF }
         /Socket errors:/ { for (i = 3; i <= NF; i++) { gsub(/,/, "", $i); if ($i ~ /^[0-9]+$/) n += $i } }
         END { print n + 0 }' "$1"; }
P_RPS=$(rps "$OUT/wrk-plain.txt");         P_P50=$(pct "$OUT/wrk-plain.txt" 50);         P_P99=$(pct "$OUT/wrk-plain.txt" 99)
L_RPS=$(rps "$OUT/wrk-contact-points.txt"); L_P50=$(pct "$OUT/wrk-contact-points.txt" 50); L_P99=$(pct "$OUT/wrk-contact-points.txt" 99)
P_ERR=$(errors "$OUT/wrk-plain.txt");      L_ERR=$(errors "$OUT/wrk-contact-points.txt")
RATIO=$(awk -v a="$L_RPS" -v b="$P_RPS" 'BEGIN { printf "%.2f", a / b }')

verdict() { awk -v v="$1" -v op="$2" -v b="$3" 'BEGIN { ok = (op == "<=") ? (v + 0 <= b + 0) : (v + 0 >= b + 0); print ok ? "pass" : "FAIL" }'; }
V_START=$(verdict "$STARTUP_MS" '<=' "$BUDGET_STARTUP_MS")
V_RSS=$(verdict "$RSS_MB" '<=' "$BUDGET_RSS_MB")
V_RATIO=$(verdict "$RATIO" '>=' "$BUDGET_RATIO")
V_P99=$(verdict "$L_P99" '<=' "$BUDGET_P99_MS")

{
    echo "Switchboard bench — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "app: $APP_DIR"
    echo "machine: nproc=$(nproc), load average at start: $LOAD_BEFORE, CPU busy before start: ${BUSY_BEFORE}%, $("$JAVA" -version 2>&1 | head -n1)"
    echo "wrk -t$THREADS -c$CONNS -d$DURATION --latency (after ${WARMUP} warm-up per page); tenant with $have contact points"
    echo
    printf '%-34s %14s   %-16s %s\n' "figure" "measured" "budget (§7)" "verdict"
    printf '%-34s %14s   %-16s %s\n' "startup to first 200" "$STARTUP_MS ms" "<= $BUDGET_STARTUP_MS ms" "$V_START"
    printf '%-34s %14s   %-16s %s\n' "RSS ${RSS_DELAY}s after first 200" "$RSS_MB MB" "<= $BUDGET_RSS_MB MB" "$V_RSS"
    printf '%-34s %14s   %-16s %s\n' "/bench/plain req/s" "$P_RPS" "(reference)" ""
    printf '%-34s %14s   %-16s %s\n' "/bench/plain p50 / p99" "$P_P50 / $P_P99 ms" "" "(other CPU $(other_cpu "$OUT/wrk-plain.txt") %)"
    printf '%-34s %14s   %-16s %s\n' "/contact-points req/s" "$L_RPS" "" ""
    printf '%-34s %14s   %-16s %s\n' "/contact-points p50" "$L_P50 ms" "" "(other CPU $(other_cpu "$OUT/wrk-contact-points.txt") %)"
    printf '%-34s %14s   %-16s %s\n' "/contact-points p99" "$L_P99 ms" "<= $BUDGET_P99_MS ms" "$V_P99"
    printf '%-34s %14s   %-16s %s\n' "ratio list ÷ plain req/s" "$RATIO" ">= $BUDGET_RATIO" "$V_RATIO"
    for line in "${EXTRA_LINES[@]}"; do
        f=${line#*|}
        printf '%-34s %14s   %-16s %s\n' "(info) ${line%%|*} req/s" "$(rps "$f")" "p50/p99 ms" "$(pct "$f" 50) / $(pct "$f" 99) (other CPU $(other_cpu "$f") %)"
    done
    echo
    echo "(info) Quarkus log 'started in': ${QUARKUS_STARTED:-?} s; RSS after the load: $RSS_AFTER_MB MB;" \
         "non-2xx/socket errors: plain $P_ERR, list $L_ERR"
} | tee "$OUT/summary.txt"

if [[ $P_ERR != 0 || $L_ERR != 0 ]]; then
    echo "bench: wrk saw errors or non-2xx responses; the figures are not valid (see $OUT/wrk-*.txt)" >&2
    exit 1
fi
if [[ $STRICT == 1 ]] && grep -q FAIL <<<"$V_START $V_RSS $V_RATIO $V_P99"; then
    echo "bench: a budget was missed" >&2
    exit 1
fi
