#!/usr/bin/env bash
# The JDK resources model on a real, unannotated library: downloads the sources jar of
# commons-io from Maven Central (mvn dependency:copy), compiles it with plain javac and with
# javac + jborrow (-Ajborrow.models=jdk-resources, findings as warnings), interleaved for
# several rounds, and prints the findings by code, the median times and their ratio, and peak
# memory. The findings are kept in bench/target/resources/findings.txt. Not a test: not part
# of `mvn verify`.
#
#   bench/resources.sh [--version 2.22.0] [--rounds 3] [--maven-repo DIR]
#
# --maven-repo: a Maven local repository to download into (default: Maven's own).
# Exit status: 0 on success; 1 if jborrow reported a J0999 (internal error); 2 if javac failed
# or the inputs could not be prepared.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
T="$BENCH/target/resources"
VERSION=2.22.0
ROUNDS=3
REPO=()

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --version) VERSION="${2:?--version needs a version}"; shift 2 ;;
    --rounds) ROUNDS="${2:?--rounds needs a number}"; shift 2 ;;
    --maven-repo) REPO=("-Dmaven.repo.local=${2:?--maven-repo needs a directory}"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "resources.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "resources.sh: --rounds must be a positive integer" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "resources.sh: /usr/bin/time (GNU time) is required" >&2; exit 2; }
log() { echo "[resources $(date +%H:%M:%S)] $*" >&2; }

mkdir -p "$T"
JAR="$T/commons-io-$VERSION-sources.jar"
if [[ ! -f "$JAR" ]]; then
  log "downloading commons-io $VERSION sources"
  mvn -q -B "${REPO[@]}" dependency:copy -Dartifact="commons-io:commons-io:$VERSION:jar:sources" \
    -DoutputDirectory="$T" || { echo "resources.sh: download failed" >&2; exit 2; }
fi
SRC="$T/src-$VERSION"
if [[ ! -d "$SRC" ]]; then
  mkdir -p "$SRC" && (cd "$SRC" && unzip -q "$JAR")
fi
find "$SRC" -name '*.java' ! -name 'package-info.java' ! -name 'module-info.java' | sort > "$T/files"

CLASSES="$ROOT/processor/target/classes"
ANNOTATIONS="$ROOT/annotations/target/classes"
if [[ ! -f "$CLASSES/dev/jborrow/processor/models/jdk-resources.model" || ! -d "$ANNOTATIONS" ]]; then
  log "building the processor (mvn -q -DskipTests package -pl annotations,processor -am)"
  (cd "$ROOT" && mvn -q -B -o -DskipTests package -pl annotations,processor -am)
fi
# A copy: processor/target may be rebuilt while this runs.
rm -rf "$T/checker" && cp -r "$CLASSES" "$T/checker"

run() { # name, extra javac options...
  local name="$1"; shift
  local out="$T/out-$name"
  rm -rf "$out" && mkdir -p "$out"
  /usr/bin/time -f "%e %M" -o "$T/time-$name" javac --release 17 -Xmaxerrs 100000 \
    -Xmaxwarns 100000 -encoding UTF-8 -d "$out" -cp "$ANNOTATIONS" "$@" @"$T/files" \
    > "$T/log-$name" 2>&1 || { echo "resources.sh: javac failed ($name), see $T/log-$name" >&2; exit 2; }
  read -r secs kb < "$T/time-$name"
  echo "$name $secs $kb" >> "$T/times"
}

: > "$T/times"
for ((r = 1; r <= ROUNDS; r++)); do
  log "round $r of $ROUNDS"
  if (( r % 2 )); then order=(plain jborrow); else order=(jborrow plain); fi
  for c in "${order[@]}"; do
    case "$c" in
      plain) run plain -proc:none ;;
      jborrow) run jborrow -processorpath "$T/checker" \
        -processor dev.jborrow.processor.JBorrowProcessor \
        -Ajborrow.models=jdk-resources -Ajborrow.warnOnly ;;
    esac
  done
done

grep -E 'warning: \[[EJ][0-9]{4}\]' -A3 "$T/log-jborrow" | sed "s|$SRC/||" > "$T/findings.txt" || true
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
plain=$(awk '$1=="plain"{print $2}' "$T/times" | median)
jb=$(awk '$1=="jborrow"{print $2}' "$T/times" | median)
plainMem=$(awk '$1=="plain"{print $3}' "$T/times" | sort -n | tail -1)
jbMem=$(awk '$1=="jborrow"{print $3}' "$T/times" | sort -n | tail -1)

echo "commons-io $VERSION: $(wc -l < "$T/files") files, $(cat $(cat "$T/files") | wc -l) lines"
echo
echo "| code | findings |"
echo "|---|---|"
grep -oE 'warning: \[[EJ][0-9]{4}\]' "$T/log-jborrow" | grep -oE '[EJ][0-9]{4}' | sort | uniq -c \
  | awk '{printf "| %s | %d |\n", $2, $1}'
echo
echo "| configuration | median seconds ($ROUNDS rounds) | peak RSS (MB) |"
echo "|---|---|---|"
echo "| javac | $plain | $((plainMem / 1024)) |"
echo "| javac + jborrow, jdk-resources | $jb | $((jbMem / 1024)) |"
awk -v a="$jb" -v b="$plain" 'BEGIN {printf "\nratio: %.2fx\n", a / b}'
echo "findings: $T/findings.txt"
if grep -q '\[J0999\]' "$T/log-jborrow"; then
  echo "resources.sh: jborrow reported an internal error (J0999)" >&2
  exit 1
fi
