#!/usr/bin/env bash
# Sinmun's benchmark: builds the jar, generates (or reuses) a data set, starts Sinmun on H2 and
# then on PostgreSQL, and runs wrk on 127.0.0.1 against each page next to nginx serving the same
# article bytes as a file (the ceiling). Prints one table and writes it to bench/results/.
#
#   bench/run.sh [--articles N] [--duration 10s] [--connections 32] [--threads 2] [--skip-build]
#                [--only h2|pg] [--heap 512m]
#
# Installs wrk and nginx from Debian when missing; stops everything it started. See
# docs/performance.md for what each row means.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ARTICLES=100000
DURATION=10s
WARMUP=15s
CONNECTIONS=32
THREADS=2
HEAP=512m
ONLY=""
BUILD=1
PORT=${SINMUN_BENCH_PORT:-18310}
NGINX_PORT=$((PORT + 1))
PG_URL_BASE=${SINMUN_BENCH_PG:-jdbc:postgresql://127.0.0.1:5432}
PG_USER=${SINMUN_BENCH_PG_USER:-postgres}
AGENT="Mozilla/5.0 (X11; Linux x86_64) sinmun-bench" # a browser: views are counted, as for readers

while [ $# -gt 0 ]; do
    case "$1" in
        --articles) ARTICLES=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --threads) THREADS=$2; shift 2 ;;
        --heap) HEAP=$2; shift 2 ;;
        --only) ONLY=$2; shift 2 ;;
        --skip-build) BUILD=0; shift ;;
        *) echo "unknown option: $1 (see the head of $0)" >&2; exit 2 ;;
    esac
done

WORK=$(mktemp -d /tmp/sinmun-bench.XXXXXX)
chmod 755 "$WORK" # nginx's worker runs as another user when started as root
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM

install_missing() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== installing ${missing[*]} (Debian packages)"
        local sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
        $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

NGINX=$(command -v nginx || echo /usr/sbin/nginx)
JAR="$ROOT/target/sinmun.jar"

build() {
    if [ "$BUILD" = 1 ] || [ ! -f "$JAR" ]; then
        echo "== building the jar"
        (cd "$ROOT" && (./mvnw -q -o -DskipTests package || ./mvnw -q -DskipTests package))
    fi
}

# generate DATASET_ARGS... : fills the database once; a marker file says it is done
generate() {
    local marker=$1; shift
    if [ -f "$marker" ]; then
        echo "== reusing the data set ($marker)"
        return
    fi
    echo "== generating $ARTICLES articles"
    java -Xmx1g -jar "$JAR" generate --articles "$ARTICLES" "$@"
    # the search index too: a site started without one rebuilds it in the background, on the
    # same two cores the measurements need
    echo "== building the search index"
    java -Xmx"$HEAP" -jar "$JAR" reindex "$@"
    touch "$marker"
}

# start_sinmun ARGS... : starts Sinmun, waits until it is ready, sets SINMUN_PID and STARTUP_MS.
# JAVA_LAUNCH (default: -jar the built jar) says how: the CDS run uses the extracted jar and its archive.
start_sinmun() {
    local started=$(date +%s%N)
    local launch=(${JAVA_LAUNCH:--jar $JAR})
    java -Xms"$HEAP" -Xmx"$HEAP" "${launch[@]}" --server.port="$PORT" --sinmun.demo=false \
        --sinmun.public-url="http://127.0.0.1:$PORT" "$@" > "$WORK/sinmun.log" 2>&1 &
    SINMUN_PID=$!
    PIDS+=("$SINMUN_PID")
    until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do
        if ! kill -0 "$SINMUN_PID" 2>/dev/null; then
            echo "Sinmun did not start; its log:" >&2; tail -40 "$WORK/sinmun.log" >&2; exit 1
        fi
        sleep 0.05
    done
    STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
    # ready is not served: the first front page also loads its templates and classes
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/" || true
    FIRST_PAGE_MS=$(( ($(date +%s%N) - started) / 1000000 ))
    # the heap in use, sampled every second while the benchmark runs (jstat: S0U+S1U+EU+OU, KB)
    jstat -gc "$SINMUN_PID" 1000 > "$WORK/heap.txt" 2>/dev/null &
    PIDS+=("$!")
    JSTAT_PID=$!
}

stop_sinmun() {
    kill "$JSTAT_PID" 2>/dev/null || true
    kill "$SINMUN_PID" 2>/dev/null || true
    wait "$SINMUN_PID" 2>/dev/null || true
    PEAK_HEAP_MB=$(awk 'NR==1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        $1 ~ /^[0-9.]+$/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (used > max) max = used }
        END { printf "%d", max / 1024 }' "$WORK/heap.txt")
}

start_nginx() {
    mkdir -p "$WORK/nginx/html" "$WORK/nginx/logs"
    cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log;
daemon off;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    keepalive_requests 100000;
    client_body_temp_path $WORK/nginx/tmp; proxy_temp_path $WORK/nginx/tmp; fastcgi_temp_path $WORK/nginx/tmp;
    uwsgi_temp_path $WORK/nginx/tmp; scgi_temp_path $WORK/nginx/tmp;
    types { text/html html; }
    server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/html; }
}
CONF
    mkdir -p "$WORK/nginx/tmp"
    "$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
    NGINX_PID=$!
    PIDS+=("$NGINX_PID")
    for _ in $(seq 100); do
        curl -sf "http://127.0.0.1:$NGINX_PORT/article.html" >/dev/null && return
        sleep 0.1
    done
    echo "nginx did not serve the page; its log:" >&2; tail -5 "$WORK/nginx/logs/error.log" >&2; exit 1
}

# measure NAME URL [LUA] : warms up, runs wrk and appends "name req/s p50 p99" to $WORK/rows.
# MEASURE_CONNECTIONS (default --connections) sets the connections, one wrk thread each at most.
measure() {
    local name=$1 url=$2 lua=${3:-}
    local c=${MEASURE_CONNECTIONS:-$CONNECTIONS} t=$THREADS
    [ "$c" -lt "$t" ] && t=$c
    local args=(-t"$t" -c"$c" --latency --timeout 10s -H "User-Agent: $AGENT")
    [ -n "$lua" ] && args+=(-s "$lua")
    wrk "${args[@]}" -d"$WARMUP" "$url" >/dev/null
    wrk "${args[@]}" -d"$DURATION" "$url" > "$WORK/wrk.txt"
    local rps p50 p99 errors
    rps=$(awk '/^Requests\/sec/ { print $2 }' "$WORK/wrk.txt")
    p50=$(awk '$1 == "50%" { print $2 }' "$WORK/wrk.txt")
    p99=$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.txt")
    errors=$(awk '/Non-2xx/ { print $5 }' "$WORK/wrk.txt")
    echo "$name|$rps|$(ms "$p50")|$(ms "$p99")|${errors:-0}" >> "$WORK/rows"
    printf '   %-34s %10s req/s  p50 %8s ms  p99 %8s ms\n' "$name" "$rps" "$(ms "$p50")" "$(ms "$p99")"
}

ms() { # wrk prints 812.00us, 1.23ms or 1.02s
    awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0;
        else if (v ~ /s$/) printf "%.2f", v * 1000; else printf "%s", v }'
}

random_script() { # random_script FILE PREFIX FROM TO : a wrk script asking for PREFIX<random n>
    cat > "$1" <<LUA
math.randomseed(os.time())
request = function() return wrk.format("GET", "$2" .. math.random($3, $4)) end
LUA
}

# wait_ready PID LOG WHAT : waits until the site on $PORT is ready; 1 (and the log's tail) if it died first
wait_ready() {
    until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null; do
        kill -0 "$1" 2>/dev/null || { echo "   the $3 start failed; its log:"; tail -5 "$2"; return 1; }
        sleep 0.05
    done
}

# cds_startup ARGS... : start-up time with a class data sharing archive (the deployment docs/performance.md
# recommends): extracts the jar, records the classes a start loads, then starts from the archive. Sets CDS_MS.
cds_startup() {
    CDS_MS="n/a"
    rm -rf "$WORK/app" "$WORK/app.jsa"
    java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
    java -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh -jar "$WORK/app/sinmun.jar" \
        --server.port="$PORT" --sinmun.demo=false "$@" > "$WORK/cds-training.log" 2>&1 || true
    if [ ! -f "$WORK/app.jsa" ]; then
        echo "   no CDS archive was written; its log:"; tail -5 "$WORK/cds-training.log"; return
    fi
    local started=$(date +%s%N) pid
    java -Xms"$HEAP" -Xmx"$HEAP" -XX:SharedArchiveFile="$WORK/app.jsa" -jar "$WORK/app/sinmun.jar" \
        --server.port="$PORT" --sinmun.demo=false "$@" > "$WORK/cds.log" 2>&1 &
    pid=$!
    wait_ready "$pid" "$WORK/cds.log" CDS || return
    CDS_MS=$(( ($(date +%s%N) - started) / 1000000 ))
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

# aot_startup ARGS... : start-up time with Java 24+'s ahead-of-time cache (JEP 483/514: classes loaded
# and linked, and method profiles, from a training run) when such a JDK is installed ($JAVA_AOT, or the
# newest under /usr/lib/jvm). Sets AOT_MS (ready) and AOT_PAGE_MS (first front page served).
aot_startup() {
    AOT_MS="n/a"; AOT_PAGE_MS="n/a"
    local java_aot=${JAVA_AOT:-}
    if [ -z "$java_aot" ]; then
        for j in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V); do
            "$j" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput ' && java_aot=$j
        done
    fi
    [ -n "$java_aot" ] || { echo "   no JDK with an AOT cache (24 or later) installed"; return; }
    [ -d "$WORK/app" ] || java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
    rm -f "$WORK/app.aot"
    "$java_aot" -Xmx"$HEAP" -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh -jar "$WORK/app/sinmun.jar" \
        --server.port="$PORT" --sinmun.demo=false "$@" > "$WORK/aot-training.log" 2>&1 || true
    [ -f "$WORK/app.aot" ] || { echo "   no AOT cache was written; its log:"; tail -5 "$WORK/aot-training.log"; return; }
    local started=$(date +%s%N) pid
    "$java_aot" -Xms"$HEAP" -Xmx"$HEAP" -XX:AOTCache="$WORK/app.aot" -jar "$WORK/app/sinmun.jar" \
        --server.port="$PORT" --sinmun.demo=false "$@" > "$WORK/aot.log" 2>&1 &
    pid=$!
    wait_ready "$pid" "$WORK/aot.log" AOT || return
    AOT_MS=$(( ($(date +%s%N) - started) / 1000000 ))
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/" || true
    AOT_PAGE_MS=$(( ($(date +%s%N) - started) / 1000000 ))
    AOT_JAVA=$("$java_aot" -version 2>&1 | head -1)
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

# run_database LABEL ARGS... : starts Sinmun on a database and measures every target
run_database() {
    local label=$1; shift
    echo "== $label: start-up with a CDS archive"
    cds_startup "$@"
    echo "   ready in $CDS_MS ms (extracted jar + CDS archive)"
    echo "== $label: start-up with an AOT cache (Java 24+)"
    aot_startup "$@"
    echo "   ready in $AOT_MS ms, first page in $AOT_PAGE_MS ms (extracted jar + AOT cache${AOT_JAVA:+, $AOT_JAVA})"
    echo "== $label: starting Sinmun"
    local load_before
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    start_sinmun "$@"
    local base="http://127.0.0.1:$PORT"
    local article=$((ARTICLES / 2)) last_page=$(( (ARTICLES + 19) / 20 ))
    local deep=$((last_page - 3))
    echo "   ready in $STARTUP_MS ms, first page in $FIRST_PAGE_MS ms"
    curl -sf -o "$WORK/nginx/html/article.html" "$base/articles/$article"
    chmod 644 "$WORK/nginx/html/article.html"
    : > "$WORK/rows"
    measure "(a) article page" "$base/articles/$article"
    random_script "$WORK/articles.lua" "/articles/" 1 "$ARTICLES"
    measure "(a') article, uncached (random)" "$base" "$WORK/articles.lua"
    # the render's own latency, without 32 requests queueing for 2 cores: one reader at a time
    MEASURE_CONNECTIONS=1 measure "(a'') article, uncached, 1 connection" "$base" "$WORK/articles.lua"
    measure "(b) front list" "$base/"
    measure "(c) deep list page ($deep)" "$base/?page=$deep"
    random_script "$WORK/pages.lua" "/?page=" $((last_page / 2)) "$last_page"
    measure "(c') deep list, uncached (random)" "$base" "$WORK/pages.lua"
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/search?q=%ED%95%98%EB%82%A8")" = 404 ]; then
        echo "   (d) search: skipped, /search answers 404 (no search module in this build)"
        echo "(d) search|skipped: /search answers 404|||" >> "$WORK/rows"
    else
        measure "(d) search (하남)" "$base/search?q=%ED%95%98%EB%82%A8"
    fi
    measure "(e) RSS feed" "$base/rss.xml"
    measure "(f) API list" "$base/api/v1/articles"
    measure "(g) nginx, same article bytes" "http://127.0.0.1:$NGINX_PORT/article.html"
    local load_after
    load_after=$(cut -d' ' -f1-3 /proc/loadavg)
    stop_sinmun
    local nginx_rps
    nginx_rps=$(awk -F'|' '/^\(g\)/ { print $2 }' "$WORK/rows")
    {
        echo
        echo "### $label, $ARTICLES articles: ready in $STARTUP_MS ms (java -jar; first page $FIRST_PAGE_MS ms), $CDS_MS ms (extracted + CDS archive), $AOT_MS ms (extracted + AOT cache${AOT_JAVA:+, $AOT_JAVA}; first page $AOT_PAGE_MS ms), peak heap $PEAK_HEAP_MB MB of $HEAP"
        echo
        echo "Load average (1, 5, 15 min) before: $load_before; after: $load_after ($(nproc) cores; other work on the machine makes the numbers noisy)."
        echo
        echo "| target | req/s | p50 ms | p99 ms | of nginx | non-2xx |"
        echo "|---|---:|---:|---:|---:|---:|"
        awk -F'|' -v g="$nginx_rps" '{ ratio = ($2 ~ /^[0-9.]+$/ && g > 0) ? sprintf("%.0f %%", 100 * $2 / g) : "";
            printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, ratio, $5 }' "$WORK/rows"
    } >> "$WORK/table.md"
}

install_missing
build
JAVA_VERSION=$(java -version 2>&1 | head -1)
CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
HOST=$(hostname -s)
{
    echo "# Sinmun benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $HOST"
    echo
    echo "Machine: $(nproc) cores ($CPU), $(free -m | awk '/Mem:/ { print $2 }') MB; $JAVA_VERSION; wrk and Sinmun on the same machine."
    echo "Command: \`bench/run.sh --articles $ARTICLES --duration $DURATION --connections $CONNECTIONS --threads $THREADS --heap $HEAP\`"
    echo "wrk: -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up, browser User-Agent, no cookies (every request is a new"
    echo "reader: counted, and given a cookie), no Accept-Encoding (identity bodies, as nginx sends the file)."
} > "$WORK/table.md"

mkdir -p "$WORK/nginx/html"
echo '<!doctype html><title>warming</title>' > "$WORK/nginx/html/article.html"
start_nginx

if [ "$ONLY" != pg ]; then
    DATA="$ROOT/bench/data/h2-$ARTICLES"
    generate "$DATA/.generated" --sinmun.data-dir="$DATA" --sinmun.demo=false
    run_database "H2" --sinmun.data-dir="$DATA"
fi
if [ "$ONLY" != h2 ]; then
    DB="sinmun_bench_$ARTICLES"
    PGHOST_ONLY=${PG_URL_BASE#jdbc:postgresql://}
    PGH=${PGHOST_ONLY%%:*}; PGP=${PGHOST_ONLY##*:}
    psql -h "$PGH" -p "$PGP" -U "$PG_USER" -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
        || createdb -h "$PGH" -p "$PGP" -U "$PG_USER" "$DB"
    DATA="$ROOT/bench/data/pg-$ARTICLES"
    PG=(--spring.datasource.url="$PG_URL_BASE/$DB" --spring.datasource.username="$PG_USER" --sinmun.data-dir="$DATA")
    generate "$DATA/.generated" "${PG[@]}" --sinmun.demo=false
    run_database "PostgreSQL" "${PG[@]}"
fi

mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/$(date -u +%Y-%m-%d-%H%M)-$HOST-$ARTICLES.md"
cp "$WORK/table.md" "$OUT"
echo
cat "$OUT"
echo
echo "written to ${OUT#$ROOT/}"
