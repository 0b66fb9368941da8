#!/usr/bin/env bash
# Dashbot forwarding benchmark of the packaged app (DESIGN §7): a backlog of outbox rows seeded with COPY is
# drained to bench/dashbot_stub.py (a local tracker that counts deliveries per message).
#   1. throughput: BENCH_MESSAGES (100,000) rows drained without interruption, messages/s
#   2. crash safety: another backlog, the app killed with SIGKILL mid-drain, restarted, drained; the stub counts
#      lost (never delivered) and duplicated (delivered twice) messages
#
#   bash bench/dashbot.sh [path/to/target/quarkus-app]
#
# Set-up in bench/lib.sh. The forwarder runs every second with a 10 s lease in this bench (production: every
# minute, 5 min lease), 8 senders (switchboard.dashbot.parallelism).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_DIR=$(cd "${1:-$HERE/../target/quarkus-app}" && pwd)
DB=${BENCH_DB:-switchboard_bench_dashbot}
SCENARIO=dashbot
MESSAGES=${BENCH_MESSAGES:-100000}
KEY=$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')
export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dswitchboard.secrets.key=$KEY -Dswitchboard.dashbot.every=1s -Dswitchboard.dashbot.lease=PT10S"
source "$HERE/lib.sh"

python3 "$HERE/dashbot_stub.py" --port-file "$RUN_DIR/stub.port" &
STUB2_PID=$!
trap 'kill $STUB2_PID 2>/dev/null; cleanup' EXIT
for _ in $(seq 1 100); do [[ -s $RUN_DIR/stub.port ]] && break; sleep 0.05; done
STUB=http://127.0.0.1:$(<"$RUN_DIR/stub.port")
api PUT /api/v1/integrations/dashbot "{\"enabled\":true,\"quiqBaseUrl\":\"$STUB\",\"quiqApiKey\":\"k\",\"dashbotUrl\":\"$STUB/track\",\"dashbotApiKey\":\"d\",\"contactPoints\":[\"default\"]}" >/dev/null

seed() { # conversation prefix: MESSAGES rows, 10 messages per conversation, all due now
    awk -v n="$MESSAGES" -v p="$1" 'BEGIN { for (i = 0; i < n; i++) {
        c = p "." int(i / 10); m = "mid." i;
        printf "bench\t%s\t%s\tincoming\t{\"text\":\"message %d\",\"userId\":\"+14155550100\",\"conversationId\":\"%s\",\"sessionId\":\"%s\",\"dashbot_timestamp\":0,\"platformJson\":{\"id\":\"%s\"},\"platformUserJson\":{}}\t%s\n", c, m, i, c, c, m, "now" } }' \
        | pg -d "$DB" -c "\\copy dashbot_outbox (tenant_id, conversation_id, message_id, type, body, message_at) from stdin"
}
outstanding() { pg -d "$DB" -Atc "SELECT count(*) FROM dashbot_outbox WHERE state IN ('PENDING', 'FAILED')"; }
sent() { pg -d "$DB" -Atc "SELECT count(*) FROM dashbot_outbox WHERE state = 'SENT'"; }
stub() { curl -s "$STUB/count"; }
wait_drained() { # timeout seconds
    local deadline=$(( $(date +%s) + $1 ))
    while [[ $(outstanding) != 0 ]]; do
        (( $(date +%s) < deadline )) || die "not drained after $1 s: $(outstanding) outstanding"
        sleep 0.2
    done
}

# ---- 1. throughput --------------------------------------------------------------------------------------
seed cid.a
T0=$(now_ms)
wait_drained 600
T1=$(now_ms)
echo "drain: $MESSAGES messages in $(( T1 - T0 )) ms = $(( MESSAGES * 1000 / (T1 - T0) )) messages/s (budget >= 1000); stub: $(stub)"

# ---- 2. kill -9 mid-drain ---------------------------------------------------------------------------------
BEFORE=$(stub)
seed cid.b
HALF=$(( $(sent) + MESSAGES / 2 ))
while (( $(sent) < HALF )); do sleep 0.05; done
kill -9 "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
AT_KILL=$(sent)
T0=$(now_ms)
start_app
echo "killed with SIGKILL at $AT_KILL sent rows; restarted in $(( $(now_ms) - T0 )) ms"
wait_drained 600
echo "after restart: $(sent) rows sent in all; stub before phase 2: $BEFORE; now: $(stub)"
python3 - "$BEFORE" "$(stub)" "$(( 2 * MESSAGES ))" <<'PY'
import json, sys
before, after, expected = json.loads(sys.argv[1]), json.loads(sys.argv[2]), int(sys.argv[3])
print(f"messages expected {expected}, delivered (unique) {after['unique']}, lost {expected - after['unique']}, "
      f"duplicated {after['duplicates']} (of which during phase 2: {after['duplicates'] - before['duplicates']})")
PY
