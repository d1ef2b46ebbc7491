#!/usr/bin/env bash
# Benchmarks on generated, annotated Java (dev.jborrow.processor.gen.CorpusBenchmark). Not a test.
#
#   bench/generated.sh corpus  [--lines=N] [--runs=N] [--warmup=N] [--baseline=JAR [--plugins-only]]
#                                  javac vs javac+jborrow (and the plugin of another jar;
#                                  --plugins-only: the two plugins' own time and nothing else)
#   bench/generated.sh scaling [--sizes=1000,10000,50000] [--depth=N] [--vars=N]
#   bench/generated.sh bugs    [COUNT]     the generated-bug suite, long mode (COUNT per group)
#
# Builds what it needs with Maven first, in the reactor: nothing is installed into a local
# repository. JAVA_OPTS is passed to the benchmark's JVM (e.g. a flight recording:
# JAVA_OPTS=-XX:StartFlightRecording=filename=corpus.jfr,settings=profile).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode="${1:-}"; shift || true
case "$mode" in
  corpus|scaling)
    # Each module writes its own test class path (annotations' as a directory of classes).
    mvn -q -B -ntp -DskipTests test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -pl annotations,processor -am
    cp="processor/target/classes:processor/target/test-classes:$(cat processor/target/bench.classpath)"
    [[ "$mode" == scaling ]] && set -- --scaling "$@"
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
    exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${JAVA_OPTS:-} -cp "$cp" \
      dev.jborrow.processor.gen.CorpusBenchmark "$@"
    ;;
  bugs)
    count=()
    [[ $# -gt 0 ]] && count=("-Djborrow.gen.count=$1")
    exec mvn -B -ntp -pl annotations,processor test -Dtest=GeneratedProgramsTest \
      -Dsurefire.failIfNoSpecifiedTests=false -Djborrow.gen.long=true "${count[@]}"
    ;;
  *)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
