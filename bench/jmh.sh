#!/usr/bin/env bash
# JMH micro-benchmarks of the hot paths (src/jmh/java): sanitizing, view counting, rendering
# without the page cache. Not part of `./mvnw verify`.
#
#   bench/jmh.sh [JMH options, e.g. SanitizerBenchmark -f 1 -wi 2 -i 3]
#
# Fetches JMH 1.37 into the local Maven repository once (Maven's own client), compiles the
# benchmarks against target/classes with JMH's annotation processor (-proc:full: javac 25 runs
# no processor by default), runs them and writes the output to bench/results/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
JMH=1.37
OUT=target/jmh
./mvnw -q -o -DskipTests compile || ./mvnw -q -DskipTests compile
for artifact in jmh-core jmh-generator-annprocess; do
    jar=~/.m2/repository/org/openjdk/jmh/$artifact/$JMH/$artifact-$JMH.jar
    [ -f "$jar" ] || ./mvnw -q dependency:get -Dartifact=org.openjdk.jmh:$artifact:$JMH
done
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=$OUT.classpath -Dmdep.includeScope=runtime >/dev/null
JMH_CP=$(find ~/.m2/repository/org/openjdk/jmh ~/.m2/repository/net/sf/jopt-simple ~/.m2/repository/org/apache/commons/commons-math3 \
    -name '*.jar' 2>/dev/null | tr '\n' ':')
CP="target/classes:$(cat $OUT.classpath):$JMH_CP"
rm -rf $OUT && mkdir -p $OUT
javac -proc:full -d $OUT -cp "$CP" $(find src/jmh/java -name '*.java')
mkdir -p bench/results
RESULT=bench/results/jmh-$(date -u +%Y-%m-%d-%H%M)-$(hostname -s).txt
java -cp "$OUT:$CP" org.openjdk.jmh.Main "$@" | tee "$RESULT"
echo "written to $RESULT"
