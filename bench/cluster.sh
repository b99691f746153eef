#!/usr/bin/env bash
# Cluster benchmark (docs/scaling.md): the same data on PostgreSQL served by one node with cluster
# mode off, one node with it on, one node behind nginx and two nodes behind nginx; wrk measures
# article and list req/s (cached pages, as readers mostly get them), then 10,000 SSE streams spread
# over both nodes get one publish (publish request to each client's receipt, p50/p99).
# Not a test: it prints tables and keeps them in bench/results/cluster-<date>.md.
#
#   bench/cluster.sh [streams=10000]
#
# Needs target/sinmun.jar and target/test-classes (built if missing), PostgreSQL at 127.0.0.1:5432
# (db test, user postgres), nginx and wrk (Debian packages). Ports 18610-18619. On a 2-core machine
# the nodes, nginx, PostgreSQL and wrk share two cores: two nodes cannot beat one there.
set -euo pipefail
cd "$(dirname "$0")/.."

STREAMS=${1:-10000}
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
NGINX_PORT=18610 A=18611 B=18612
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
for tool in wrk nginx psql; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool is missing (apt-get install $tool)" >&2; exit 1; }
done
if [ ! -f target/sinmun.jar ] || [ ! -f target/test-classes/io/sinmun/cluster/ClusterStreamBench.class ]; then
    ./mvnw -q -DskipTests package
fi

WORK=$(mktemp -d /tmp/sinmun-cluster-bench-XXXXXX)
SCHEMA="sinmun_bench_$(date +%s)"
PG="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
TOKEN="bench-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
PASSWORD="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
psql -q -h 127.0.0.1 -U postgres -d test -c "create schema $SCHEMA"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    psql -q -h 127.0.0.1 -U postgres -d test -c "drop schema if exists $SCHEMA cascade" || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# start_node NAME PORT ARGS... : java -jar in the background, waits for readiness; sets NODE_PID
start_node() {
    local name=$1 port=$2
    shift 2
    SINMUN_ADMIN_PASSWORD="$PASSWORD" SINMUN_ADMIN_TOKEN="$TOKEN" java -Xmx768m -jar target/sinmun.jar \
        --server.port="$port" --server.address=127.0.0.1 --sinmun.data-dir="$WORK/$name" \
        --sinmun.media.dir="$WORK/media" --spring.datasource.url="$PG" --spring.datasource.username=postgres \
        --sinmun.cluster.node-name="$name" --sinmun.live.max-streams=6000 --server.forward-headers-strategy=native \
        "$@" >"$WORK/$name-$port.log" 2>&1 &
    NODE_PID=$!
    PIDS+=("$NODE_PID")
    for _ in $(seq 240); do
        curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && return 0
        kill -0 "$NODE_PID" 2>/dev/null || { tail -50 "$WORK/$name-$port.log"; exit 1; }
        sleep 1
    done
    echo "node $name did not become ready" >&2
    exit 1
}

stop_node() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# start_nginx UPSTREAM... : the repository's deploy/nginx-cluster.conf on our ports; sets NGINX_PID
start_nginx() {
    mkdir -p "$WORK/nginx"
    sed -e "s/listen 127.0.0.1:8080;/listen 127.0.0.1:$NGINX_PORT;/" -e "s/server 127.0.0.1:8081 /server 127.0.0.1:$1 /" \
        deploy/nginx-cluster.conf >"$WORK/nginx/site.conf"
    if [ -n "${2:-}" ]; then
        sed -i "s/server 127.0.0.1:8082 /server 127.0.0.1:$2 /" "$WORK/nginx/site.conf"
    else
        sed -i "/server 127.0.0.1:8082 /d" "$WORK/nginx/site.conf"
    fi
    cat >"$WORK/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
worker_rlimit_nofile 30000;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 25000; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
    include $WORK/nginx/site.conf;
}
CONF
    nginx -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" >"$WORK/nginx/out.log" 2>&1 &
    NGINX_PID=$!
    PIDS+=("$NGINX_PID")
    for _ in $(seq 50); do
        curl -sf "http://127.0.0.1:$NGINX_PORT/actuator/health/readiness" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    cat "$WORK/nginx/out.log" "$WORK/nginx/error.log" >&2
    exit 1
}

# measure SETUP PORT : wrk on the article page and the front page; appends table rows
measure() {
    local setup=$1 port=$2 path out rps p50 p99
    for path in /articles/160 / /sections/society; do
        wrk -t2 -c"$CONNECTIONS" -d3s "http://127.0.0.1:$port$path" >/dev/null 2>&1 # warm-up (JIT, cache)
        out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$port$path")
        rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
        p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
        p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
        printf '| %s | `%s` | %s | %s | %s |\n' "$setup" "$path" "$rps" "$p50" "$p99" | tee -a "$WORK/rows"
    done
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
echo "1/5 one node, cluster mode off"
start_node a "$A" --sinmun.cluster.enabled=false
measure "1 node, cluster mode off (direct)" "$A"
stop_node "$NODE_PID"
echo "2/5 one node, cluster mode on"
start_node a "$A"
A_PID=$NODE_PID
measure "1 node, cluster mode on (direct)" "$A"
echo "3/5 one node behind nginx"
start_nginx "$A"
measure "1 node behind nginx" "$NGINX_PORT"
stop_node "$NGINX_PID"
echo "4/5 two nodes behind nginx"
start_node b "$B"
start_nginx "$A" "$B"
measure "2 nodes behind nginx" "$NGINX_PORT"
echo "5/5 $STREAMS streams over both nodes"
java -Xmx768m -cp "target/test-classes:target/classes" io.sinmun.cluster.ClusterStreamBench "$TOKEN" "$STREAMS" "$A" "$B" \
    | tee "$WORK/streams"
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p bench/results
RESULT="bench/results/cluster-$(date +%F).md"
{
    echo "## $(date -u +%FT%TZ), bench/cluster.sh $STREAMS"
    echo
    echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; nodes \`java -Xmx768m -jar target/sinmun.jar\`"
    echo "on PostgreSQL $(psql -At -h 127.0.0.1 -U postgres -d test -c 'show server_version'), nginx $(nginx -v 2>&1 | cut -d/ -f2), wrk -t2 -c$CONNECTIONS -d$DURATION, all on this machine."
    echo "Load average (1/5/15 min) at the start: $LOAD_START; at the end: $LOAD_END."
    echo
    echo "| setup | page | req/s | p50 | p99 |"
    echo "|---|---|---|---|---|"
    cat "$WORK/rows"
    echo
    echo "| fan-out | result |"
    echo "|---|---|"
    grep '^|' "$WORK/streams"
    echo
} >"$RESULT.tmp"
if [ -f "$RESULT" ]; then cat "$RESULT" >>"$RESULT.tmp"; fi # newest run first
mv "$RESULT.tmp" "$RESULT"
echo "written to $RESULT"
