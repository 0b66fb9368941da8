# Shared set-up of the scenario benchmarks (stoplist.sh, matrix.sh): a throwaway database on the machine's
# PostgreSQL, bench/oidc_stub.py as the OIDC provider, the packaged app configured from environment variables
# only, and wrk helpers. Source it after setting HERE, APP_DIR and DB.
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
export PGPASSWORD=${BENCH_PGPASSWORD:-}
OUT=${BENCH_OUT:-$HERE/out}
JAVA=${JAVA:-java}
JAVA_OPTS=${BENCH_JAVA_OPTS:-}
THREADS=${BENCH_THREADS:-2}
CONNS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-10s}

die() { echo "bench: $*" >&2; exit 1; }
for tool in "$JAVA" jcmd jstat python3 psql curl wrk awk; do command -v "$tool" >/dev/null || die "missing tool: $tool"; done
[[ -f $APP_DIR/quarkus-run.jar ]] || die "no quarkus-run.jar in $APP_DIR (./mvnw package -DskipTests -P'!no-docker')"
mkdir -p "$OUT"
RUN_DIR=$(mktemp -d /tmp/switchboard-bench.XXXXXX)
APP_LOG=$OUT/$SCENARIO-app.log
pg() { psql -w -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

APP_PID= STUB_PID= DB_CREATED=0
cleanup() {
    local rc=$?
    set +e
    [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    [[ -n $STUB_PID ]] && kill "$STUB_PID" 2>/dev/null && wait "$STUB_PID" 2>/dev/null
    [[ $DB_CREATED == 1 ]] && pg -d postgres -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)"
    rm -rf "$RUN_DIR"
    [[ $rc != 0 && -f $APP_LOG ]] && tail -n 60 "$APP_LOG" >&2
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pg -d postgres -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)"
pg -d postgres -c "CREATE DATABASE \"$DB\""
DB_CREATED=1

python3 "$HERE/oidc_stub.py" --realm bench --tenant bench --username bench --groups admin,manager \
    --port-file "$RUN_DIR/oidc.port" --token-file "$RUN_DIR/token" 2>"$OUT/$SCENARIO-oidc.log" &
STUB_PID=$!
for _ in $(seq 1 200); do [[ -s $RUN_DIR/oidc.port ]] && break; sleep 0.05; done
[[ -s $RUN_DIR/oidc.port ]] || die "oidc stub did not start"
ISSUER=http://127.0.0.1:$(<"$RUN_DIR/oidc.port")/realms/bench
AUTH="Authorization: Bearer $(<"$RUN_DIR/token")"

APP_PORT=$(free_port)
BASE=http://127.0.0.1:$APP_PORT
start_app() { # (re)starts the packaged app on APP_PORT and waits until it is ready; sets APP_PID
    (cd "$APP_DIR" && exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST_:$PGPORT_/$DB" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER_" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
        QUARKUS_OIDC_AUTH_SERVER_URL="$ISSUER" QUARKUS_OIDC_CLIENT_ID=switchboard QUARKUS_OIDC_CREDENTIALS_SECRET=x \
        QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$APP_PORT" \
        "$JAVA" $JAVA_OPTS -jar quarkus-run.jar) >>"$APP_LOG" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do
        curl -sf -o /dev/null "$BASE/q/health/ready" && break
        kill -0 "$APP_PID" 2>/dev/null || die "the app exited during startup"
        sleep 0.1
    done
    curl -sf -o /dev/null "$BASE/q/health/ready" || die "the app did not become ready"
}
: >"$APP_LOG"
start_app

api() { # method path [json] → body on stdout; fails on a non-2xx answer
    local code
    code=$(curl -s -o "$RUN_DIR/body" -w '%{http_code}' --max-time 30 -H "$AUTH" -H 'Content-Type: application/json' \
        -X "$1" ${3:+--data "$3"} "$BASE$2")
    [[ $code == 2* ]] || { echo "bench: $1 $2 answered $code: $(head -c 500 "$RUN_DIR/body")" >&2; exit 1; }
    cat "$RUN_DIR/body"
}
api GET /api/v1/contact-points >/dev/null          # provisions tenant "bench" with contact point "default"

rps() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
pct() { awk -v p="$2%" '$1 == p { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
          f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : 1; printf "%.2f", v * f }' "$1"; }
non2xx() { awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { n += 1 } END { print n + 0 }' "$1"; }
java_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$APP_PID/stat"; }
all_ticks() { awk '/^cpu / { print $2+$3+$4+$6+$7+$8 }' /proc/stat; }
source "$HERE/cpu.sh"
load() { # name script path → wrk output file, ending with the app's share of the busy CPU and the other CPU share
    local j0 a0
    local script=()
    [[ -n $2 ]] && script=(-s "$HERE/$2")
    wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" "${script[@]}" -H "$AUTH" "$BASE$3" >/dev/null
    j0=$(java_ticks); a0=$(all_ticks)
    measured_wrk "$OUT/wrk-$1.txt" -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "${script[@]}" -H "$AUTH" "$BASE$3"
    echo "app share of busy CPU: $(( 100 * ($(java_ticks) - j0) / ($(all_ticks) - a0) )) %" >>"$OUT/wrk-$1.txt"
}
share() { awk '/^app share/ { print $NF == "%" ? $(NF-1) : $NF }' "$1"; }

