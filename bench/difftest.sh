#!/usr/bin/env bash
# The differential tester: random twin programs (Java with jborrow, Rust) judged by rustc and by
# jborrow (dev.jborrow.processor.difftest.DifferentialBenchmark). Not a test; needs rustc on PATH.
#
#   bench/difftest.sh --seed S --count N [--batch B] [--size K] [--out DIR] [--keep]
#   bench/difftest.sh --seed S --count N --record processor/src/test/resources/difftest
#
# Prints the agreement table; DIR/report.md (default processor/target/difftest) adds every
# disagreement class with its shortest example. --record rewrites the sample that mvn verify checks.
# Builds what it needs with Maven first (into target/ only; nothing is installed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ $# -eq 0 ]]; then
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
command -v rustc >/dev/null || { echo "difftest: rustc is not on PATH" >&2; exit 2; }
mvn -q -B -ntp -pl processor -am test-compile
cp_file="processor/target/difftest.classpath"
mvn -q -B -ntp -pl processor -am dependency:build-classpath -Dmdep.includeScope=test \
  "-Dmdep.outputFile=$PWD/$cp_file" >/dev/null
# The reactor's annotations, not whatever copy a local repository holds.
deps="$(tr ':' '\n' < "$cp_file" | grep -v '/jborrow-annotations-' | paste -sd: -)"
args=("$@")
[[ " $* " == *" --out "* ]] || args+=(--out processor/target/difftest)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -cp "processor/target/test-classes:processor/target/classes:annotations/target/classes:$deps" \
  dev.jborrow.processor.difftest.DifferentialBenchmark "${args[@]}"
