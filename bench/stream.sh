#!/usr/bin/env bash
# Live stream benchmark (docs/live.md): opens many streams to one Sinmun node, publishes an article
# through the API and reports how long until each stream got it, connect times, and the server's
# heap and resident memory. Not a test: it prints a table and keeps it in bench/results/.
#
#   bench/stream.sh [streams=10000] [heap=512m]
#
# The node refuses streams beyond sinmun.live.max-streams (by default derived from the heap, about
# 80 KiB a stream); BENCH_MAX_STREAMS=n overrides it, to see what the heap really holds.
#
# The server runs from target/sinmun.jar on a fresh H2 data directory; the client is
# io.sinmun.live.StreamBench from target/test-classes (JDK only). Both are built if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

STREAMS=${1:-10000}
HEAP=${2:-512m}
PORT=${BENCH_PORT:-18180}

# every stream is a file descriptor in the server and one in the client
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((STREAMS + 1000)) ]; then
    echo "open-file limit $(ulimit -n) is too low for $STREAMS streams (raise the hard limit: ulimit -Hn)" >&2
    exit 1
fi
if [ ! -f target/sinmun.jar ] || [ ! -f target/test-classes/io/sinmun/live/StreamBench.class ]; then
    ./mvnw -q package -DskipTests
fi

DATA=$(mktemp -d /tmp/sinmun-bench-XXXXXX)
TOKEN="bench-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
SINMUN_ADMIN_PASSWORD="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')" SINMUN_ADMIN_TOKEN="$TOKEN" \
    java "-Xmx$HEAP" -jar target/sinmun.jar --server.port="$PORT" --sinmun.data-dir="$DATA" \
    ${BENCH_MAX_STREAMS:+--sinmun.live.max-streams=$BENCH_MAX_STREAMS} >"$DATA/server.log" 2>&1 &
SERVER=$!
cleanup() {
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    rm -rf "$DATA"
}
trap cleanup EXIT

echo "starting Sinmun (-Xmx$HEAP) on port $PORT ..."
for _ in $(seq 240); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$SERVER" 2>/dev/null || { cat "$DATA/server.log"; exit 1; }
    sleep 1
done

mkdir -p bench/results
RESULT="bench/results/stream-$(date +%F).md"
java -Xmx512m -cp target/test-classes io.sinmun.live.StreamBench "$PORT" "$STREAMS" "$TOKEN" "$SERVER" "$RESULT.tmp" "$HEAP" \
    && status=0 || status=$?
if grep -q OutOfMemoryError "$DATA/server.log"; then
    echo "the server ran out of memory (-Xmx$HEAP)" | tee -a "$RESULT.tmp"
fi
if [ -f "$RESULT.tmp" ]; then
    # the broadcaster's own timing: reading the log and handing the event to every stream
    fanout=$(grep -o 'Sent [0-9]* live event(s) to [0-9]* streams in [0-9]* ms ([0-9]* ms of CPU writing)' "$DATA/server.log" | tail -1 || true)
    if [ -n "$fanout" ]; then printf '\nServer log: "%s".\n' "$fanout" | tee -a "$RESULT.tmp"; fi
    echo >>"$RESULT.tmp"
    if [ -f "$RESULT" ]; then cat "$RESULT" >>"$RESULT.tmp"; fi # newest run first, earlier ones kept
    mv "$RESULT.tmp" "$RESULT"
    echo "written to $RESULT"
fi
exit $status
