#!/usr/bin/env bash
# The one-entry Maven setup, as a user's project has it (.ci/maven-it/): `mvn verify` reports the
# findings of main and test code, runs no annotation-processing round (the plugin path), honours
# the plugin's arguments (warnOnly, sarif), rejects a misspelt one by name, and leaves one SARIF
# file per compilation; the processor door, named, still works. jborrow's jars go into a private
# copy of the local repository, never into ~/.m2. Offline: run after `mvn verify` at the root.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
IT="$ROOT/.ci/maven-it"
PRIV="$(mktemp -d)/m2"
trap 'rm -rf "$(dirname "$PRIV")"' EXIT
cp -r "$HOME/.m2/repository" "$PRIV"
MVN=(mvn -o -B -ntp "-Dmaven.repo.local=$PRIV")
(cd "$ROOT" && "${MVN[@]}" -q -DskipTests install -pl .,annotations,processor)

fail() { echo "maven-it: FAILED: $*" >&2; exit 1; }
cd "$IT"   # SARIF paths and names are relative to the working directory, as in a real build
LOG="$(dirname "$PRIV")/verify.log"
"${MVN[@]}" clean verify > "$LOG" 2>&1 || { cat "$LOG"; fail "mvn verify failed"; }
grep -q 'Pool.java:\[14,5\] \[J0001\] owned resource `c` is never closed or moved' "$LOG" \
  || { cat "$LOG"; fail "main's J0001 not reported"; }
grep -q 'PoolTest.java:\[16,10\] \[E0382\] use of moved value: `c`' "$LOG" \
  || { cat "$LOG"; fail "test's E0382 not reported"; }
grep -q '^\[WARNING\] .*\[J0001\]' "$LOG" || fail "warnOnly not honoured"
if grep -q 'Round 1' "$LOG"; then cat "$LOG"; fail "javac ran an annotation-processing round"; fi
S="$IT/target/jborrow-sarif"
[[ "$(ls "$S")" == "$(printf 'src-main-java.sarif\nsrc-test-java.sarif')" ]] \
  || fail "expected one SARIF file per compilation in $S, found: $(ls "$S")"
grep -q '"ruleId": "J0001"' "$S/src-main-java.sarif" || fail "main's SARIF lacks J0001"
grep -q '"ruleId": "E0382"' "$S/src-test-java.sarif" || fail "test's SARIF lacks E0382"
echo "maven-it: one entry: findings of main and test, no processing round, SARIF for both"

# A misspelt argument is an error that names it.
"${MVN[@]}" clean compile "-Djborrow.args=warnOnly fromat=rustc" > "$LOG" 2>&1 \
  && { cat "$LOG"; fail "a misspelt argument passed"; }
grep -q 'jborrow: unknown argument fromat of -Xplugin:JBorrow' "$LOG" \
  || { cat "$LOG"; fail "the misspelt argument is not named"; }
echo "maven-it: a misspelt argument fails the build and is named"

# The processor door: named, it runs (a round) with its -A options; the plugin stands aside.
"${MVN[@]}" -P processor-door clean compile "-Djborrow.args=stats" > "$LOG" 2>&1 \
  || { cat "$LOG"; fail "the processor door failed"; }
grep -q 'Round 1' "$LOG" || { cat "$LOG"; fail "no processing round for the named processor"; }
[[ "$(grep -c '\[J0001\] owned resource' "$LOG")" == 1 ]] \
  || { cat "$LOG"; fail "the processor door should report J0001 once"; }
grep -q 'the arguments of -Xplugin:JBorrow are ignored: stats' "$LOG" \
  || { cat "$LOG"; fail "the plugin's ignored arguments are not named"; }
echo "maven-it: the named processor checks once, with its -A options"

# Beside Lombok, MapStruct and AutoValue (.ci/maven-it-processors/): javac runs their rounds,
# jborrow checks Lombok's expansion and their generated classes, and reports the one mistake once.
cd "$ROOT/.ci/maven-it-processors"
"${MVN[@]}" clean verify > "$LOG" 2>&1 || { cat "$LOG"; fail "the build beside other processors failed"; }
[[ "$(grep -c '\[E0382\] use of moved value: `ledger`' "$LOG")" == 1 ]] \
  || { cat "$LOG"; fail "the mistake beside Lombok/MapStruct/AutoValue is not reported exactly once"; }
[[ "$(grep -c '\[[EJ][0-9][0-9][0-9][0-9]\]' "$LOG")" == 1 ]] \
  || { cat "$LOG"; fail "jborrow reported something in the processors' output"; }
for generated in 'Orders$OrderMapperImpl' 'AutoValue_Orders_Line' 'Orders$Order$OrderBuilder'; do
  [[ -f "target/classes/app/$generated.class" ]] || fail "$generated.class not generated"
done
echo "maven-it: beside Lombok, MapStruct and AutoValue: their code checked, one mistake reported once"
