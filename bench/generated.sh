#!/usr/bin/env bash
# Benchmarks on generated, annotated Java (dev.jborrow.processor.gen.CorpusBenchmark). Not a test.
#
#   bench/generated.sh corpus  [--lines=N] [--runs=N] [--warmup=N]    javac vs javac+jborrow
#   bench/generated.sh scaling [--sizes=1000,10000,50000] [--depth=N] [--vars=N]
#   bench/generated.sh bugs    [COUNT]     the generated-bug suite, long mode (COUNT per group)
#
# Builds what it needs with Maven first (a fresh clone needs nothing else).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode="${1:-}"; shift || true
mvn -q -B -ntp -DskipTests install -pl annotations,processor -am
case "$mode" in
  corpus|scaling)
    args="$*"
    [[ "$mode" == scaling ]] && args="--scaling $args"
    exec mvn -q -B -ntp -pl processor test-compile org.codehaus.mojo:exec-maven-plugin:3.2.0:java \
      -Dexec.mainClass=dev.jborrow.processor.gen.CorpusBenchmark -Dexec.classpathScope=test \
      "-Dexec.args=$args"
    ;;
  bugs)
    count=()
    [[ $# -gt 0 ]] && count=("-Djborrow.gen.count=$1")
    exec mvn -B -ntp -pl processor test -Dtest=GeneratedProgramsTest -Djborrow.gen.long=true \
      "${count[@]}"
    ;;
  *)
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
