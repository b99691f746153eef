#!/usr/bin/env bash
# Web Push fan-out benchmark: N subscriptions (default 10,000) on a loopback push service, one
# publish, messages per second and peak heap. Writes bench/results/push-<date>.md.
# Usage: bench/push.sh [subscriptions] [concurrency] [h2|postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
if [ ! -s target/bench-classpath.txt ] || [ pom.xml -nt target/bench-classpath.txt ]; then
    ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    io.sinmun.push.internal.PushBenchmark "${1:-10000}" "${2:-64}" "${3:-h2}"
