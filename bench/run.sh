#!/usr/bin/env bash
# The one benchmark command: builds what it needs, generates the workloads, runs every benchmark in fresh JVMs and
# prints the targets of the performance issue with their verdicts (see BENCHMARKS.md).
#
#   bench/run.sh [--quick|--full] [--write|--no-write] [--only=grammar,catalog,lsp,serve,xliff,process,terms,threads,cli,heap,jmh,quality] [--profile]
#
# --only=quality runs the quality evaluations (MQM-rated translations, the labelled real-content corpus) and rewrites
# the quality block of BENCHMARKS.md.
#
# --quick takes under 3 minutes on 2 cores (fewer rounds, smaller inputs, French only); --full (the default) takes
# about an hour and rewrites the generated block of BENCHMARKS.md. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx512m}"

echo "[bench] building (./mvnw -q -Pbench -DskipTests package; bench/okapi)"
./mvnw -q -B -Pbench -DskipTests package
./mvnw -q -B -f bench/okapi/pom.xml -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt

cp="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
okapi_cp="bench/okapi/target/classes:$(cat bench/okapi/target/classpath.txt)"
exec java -Xmx1g -Dfile.encoding=UTF-8 -cp "$cp" \
    -Dbench.root="$PWD" -Dbench.cp="$cp" -Dbench.okapiCp="$okapi_cp" -Dbench.jar=target/concord.jar \
    dev.concord.bench.BenchmarkSuite "$@"
