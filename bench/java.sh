#!/usr/bin/env bash
# Runs a main class from broadsheet's test sources (benchmarks live there, beside the
# test-page renderer they use). Usage: bench/java.sh CLASS [ARGS...]
# BENCH_JAVA_OPTS passes system properties, e.g. BENCH_JAVA_OPTS='-Dshown=10 -DhyphenErrors=true'.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export OMP_THREAD_LIMIT=1
cp_file=target/bench.classpath
if [ ! -f "$cp_file" ] || [ pom.xml -nt "$cp_file" ] || [ -n "$(find src -newer "$cp_file" -name '*.java' -print -quit)" ]; then
  mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
fi
# shellcheck disable=SC2086
exec java -Xmx3g -Djava.awt.headless=true ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$cp_file")" "$@"
