#!/usr/bin/env bash
# Nori's cost alone: what bounds the search index build (docs/search.md, "Benchmark").
# Tokenizes 5,000 article bodies of a generated H2 data set with Nori's variants and the bigram
# analyzer, three rounds, and prints ns per character for each.
#
#   bench/nori.sh [data-dir]      (default bench/data/h2-1000000; made by bench/run.sh or bench/search.sh)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=${1:-$ROOT/bench/data/h2-1000000}
JAR="$ROOT/target/sinmun.jar"
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -DskipTests package)
WORK=$(mktemp -d /tmp/sinmun-nori.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
CP="$WORK/app/lib/*"
URL="jdbc:h2:file:$DATA/db/sinmun;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
java -cp "$CP" "$ROOT/bench/nori/Dump.java" "$URL" "$WORK/bodies.txt"
echo "$(wc -l < "$WORK/bodies.txt") bodies, $(wc -m < "$WORK/bodies.txt") characters"
java -cp "$CP" "$ROOT/bench/nori/NoriBench.java" "$WORK/bodies.txt" "$ROOT/src/main/resources/search/user-dictionary.txt"
