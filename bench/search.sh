#!/usr/bin/env bash
# Search benchmark: generate N synthetic articles, build the index (articles/s), run 200 queries
# against the running site (p50/p95/p99), report index size and peak heap; everything at -Xmx512m.
#   bench/search.sh [N]        N defaults to 1,000,000
# Prints a table and keeps it in bench/results/search-<date>.md. Needs target/sinmun.jar
# (./mvnw -DskipTests package), curl and the JDK's jstat. SINMUN_BENCH_ARGS (e.g.
# "--sinmun.search.analyzed-body-chars=300") is passed to the reindex and the site; RESULT names the file.
# SINMUN_BENCH_DATA=dir keeps the data set there and reuses it when it is complete (a million
# articles take minutes to generate): the index is rebuilt all the same.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
PORT=${SINMUN_BENCH_PORT:-18250}
HEAP=-Xmx512m
[ -f target/sinmun.jar ] || ./mvnw -q -DskipTests package
KEEP=${SINMUN_BENCH_DATA:-}
if [ -n "$KEEP" ]; then DATA=$KEEP; mkdir -p "$DATA"; else DATA=$(mktemp -d /tmp/sinmun-bench-search.XXXXXX); fi
WORK=$(mktemp -d /tmp/sinmun-bench-search-run.XXXXXX)
# a copy, so that a build during the run cannot replace the jar under the running processes
JAR="$WORK/sinmun.jar"
cp target/sinmun.jar "$JAR"
LOG="$WORK/bench.log"
SERVER=""
cleanup() {
    [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true
    [ -z "$KEEP" ] && rm -rf "$DATA"
    rm -rf "$WORK"
}
trap cleanup EXIT

# Samples the used heap (survivor + eden + old, KB) of a process until it ends; prints the peak in MB.
peak_heap() {
    local pid=$1 peak=0 used
    while kill -0 "$pid" 2>/dev/null; do
        used=$(jstat -gc "$pid" 2>/dev/null | awk 'NR==2 {printf "%d", $3+$4+$6+$8}') || true
        [ -n "$used" ] && [ "$used" -gt "$peak" ] && peak=$used
        sleep 0.5
    done
    echo $((peak / 1024))
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -f "$DATA/.generated-$N" ]; then
    echo "== reusing the $N articles in $DATA"
else
    echo "== generate $N articles into $DATA"
    java $HEAP -jar "$JAR" generate --articles "$N" --seed 42 --sinmun.data-dir="$DATA" --sinmun.demo=false \
        --logging.level.root=WARN | tee "$DATA/generate.out" | grep -v '^\s*$' | tail -n 2
    touch "$DATA/.generated-$N"
fi
GEN_RATE=$(sed -n 's/.*초당 \([0-9,]*\)건.*/\1/p' "$DATA/generate.out" | tail -1)

echo "== reindex"
java $HEAP -jar "$JAR" reindex --sinmun.data-dir="$DATA" --logging.level.root=WARN ${SINMUN_BENCH_ARGS:-} > "$DATA/reindex.out" &
REINDEX=$!
REINDEX_HEAP=$(peak_heap $REINDEX)
wait $REINDEX
tail -n 1 "$DATA/reindex.out"
INDEX_RATE=$(sed -n 's/.*초당 \([0-9,]*\)건.*/\1/p' "$DATA/reindex.out" | tail -1)
INDEX_SECONDS=$(sed -n 's/.* \([0-9.]*\)초, 초당.*/\1/p' "$DATA/reindex.out" | tail -1)
INDEX_MB=$(du -sm "$DATA"/search/index-* | awk '{s+=$1} END {print s}')
DB_MB=$(du -sm "$DATA/db" | awk '{print $1}')

echo "== start the site on port $PORT"
java $HEAP -jar "$JAR" --server.port="$PORT" --sinmun.data-dir="$DATA" --logging.level.root=WARN ${SINMUN_BENCH_ARGS:-} > "$LOG" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && break; sleep 1; done
peak_heap $SERVER > "$WORK/server-heap" &

# 200 queries a reader might type: places, people, topics, pairs, phrases, exclusions, filters, date order
PLACES=(하남시 광주시 양평군 성남시 구리시 남양주시 영주시 공주시 수원시 용인시 이천시 여주시 가평군 과천시 안양시 군포시 화성시 평택시 김포시 고양시)
TOPICS=(도서관 재난지원금 일자리 청년창업 소상공인 전통시장 미세먼지 탄소중립 자전거도로 버스노선 공공임대 노인복지관 평생학습 도시재생 원도심 신도시 문화재 축제 수영장 예방접종 선별진료소 보건소 폭염 제설 상수도 재활용 태양광 전기차 스마트시티 메타버스 빅데이터 민원 조례 주민자치 자원봉사 장학금 돌봄교실 취업박람회 산업단지 스타트업 관광 로컬푸드 반려동물 경로당 출산장려금 여성친화도시 국제교류 언택트)
OTHERS=(비대면 비대면으로 하남시는 국제화추진협의회 협의회 자매도시 김상호 국승현 방미숙 고속도로 보조금 세계시민학교 시청소년수련관 "\"자매도시 간\"" "\"비대면 소통\"" "\"국제화추진협의회 위원\"" "비대면 -코로나" "자매도시 -영주시" 산동행 추진협)
SECTIONS=(administration society economy culture politics welfare environment sports people opinion)
QUERIES=()
for i in $(seq 0 199); do
    case $((i % 8)) in
        0) q="${TOPICS[$((i * 7 % ${#TOPICS[@]}))]}" ;;
        1) q="${PLACES[$((i % ${#PLACES[@]}))]} ${TOPICS[$((i * 3 % ${#TOPICS[@]}))]}" ;;
        2) q="${OTHERS[$((i % ${#OTHERS[@]}))]}" ;;
        3) q="${PLACES[$((i * 5 % ${#PLACES[@]}))]}" ;;
        4) q="${TOPICS[$((i % ${#TOPICS[@]}))]} ${TOPICS[$((i * 11 % ${#TOPICS[@]}))]} -${PLACES[$((i % ${#PLACES[@]}))]}" ;;
        5) q="\"${TOPICS[$((i * 13 % ${#TOPICS[@]}))]} 분야\"" ;;
        6) q="${TOPICS[$((i * 17 % ${#TOPICS[@]}))]}&section=${SECTIONS[$((i % 10))]}&from=2023-01-01" ;;
        7) q="${PLACES[$((i * 3 % ${#PLACES[@]}))]} ${TOPICS[$((i * 19 % ${#TOPICS[@]}))]}&sort=date" ;;
    esac
    QUERIES+=("$q")
done
url() { # the text before the first & is the query, the rest are filters
    local text=${1%%&*} rest=""
    [[ "$1" == *"&"* ]] && rest="&${1#*&}"
    printf 'http://127.0.0.1:%s/api/v1/search?q=%s%s' "$PORT" "$(printf '%s' "$text" | jq -sRr @uri)" "$rest"
}
echo "== warm up (200 queries), then measure 200"
for q in "${QUERIES[@]}"; do curl -s -o /dev/null "$(url "$q")"; done
: > "$WORK/times"
for q in "${QUERIES[@]}"; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$(url "$q")" >> "$WORK/times"
done
FAILED=$(awk '$1 != 200' "$WORK/times" | wc -l)
read -r P50 P95 P99 MAX < <(awk '{print $2 * 1000}' "$WORK/times" | sort -n | awk '{a[NR]=$1} END {
    printf "%.1f %.1f %.1f %.1f\n", a[int(NR*0.50)], a[int(NR*0.95)], a[int(NR*0.99)], a[NR]}')
kill $SERVER; wait $SERVER 2>/dev/null || true; SERVER=""
sleep 1
SERVER_HEAP=$(cat "$WORK/server-heap")

DATE=$(date +%Y-%m-%d)
OUT="bench/results/${RESULT:-search-$DATE}.md"
{
    echo "# Search benchmark, $DATE"
    echo
    echo "\`bench/search.sh $N\` on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(java -version 2>&1 | head -1), H2, -Xmx512m${SINMUN_BENCH_ARGS:+, \`$SINMUN_BENCH_ARGS\`}; load average at the start: $LOAD_START, at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo "| measure | value | target |"
    echo "|---|---|---|"
    echo "| articles | $(printf "%'d" "$N") | 1,000,000 |"
    echo "| generate (articles/s) | $GEN_RATE | ≥ 10,000 |"
    echo "| index build (articles/s) | $INDEX_RATE ($INDEX_SECONDS s) | ≥ 5,000 |"
    echo "| index size | $INDEX_MB MB (database $DB_MB MB) | |"
    echo "| peak heap, reindex / site | $REINDEX_HEAP MB / $SERVER_HEAP MB | ≤ 512 MB |"
    echo "| query p50 / p95 / p99 / max (ms, 200 queries over HTTP) | $P50 / $P95 / $P99 / $MAX | p95 ≤ 30 |"
    echo "| failed queries (status ≠ 200) | $FAILED | 0 |"
} | tee "$OUT"
echo "kept in $OUT"
