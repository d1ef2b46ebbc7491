#!/usr/bin/env bash
# Times warm checks through the playground's HTTP API, as the page makes them: starts a server
# from the build's classes, checks each program WARMUP times untimed, then ROUNDS times timed,
# and prints the median and the 90th percentile of the round trip (curl's time_total), of the
# server's own compile time, and of the compiling thread's CPU time (which a busy machine does
# not inflate). Not a test: a measurement, for docs/playground.md.
#   usage: playground/bench.sh [FILE.java...]   (default: samples/errors/UseAfterFree.java and
#          the Rust book's 4.1 example); ROUNDS=50 WARMUP=20 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-50}
warmup=${WARMUP:-20}
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(samples/errors/UseAfterFree.java
  playground/src/main/resources/dev/jborrow/playground/examples/book/Ch04_1_Move.java)
cp=playground/target/classes:processor/target/classes:annotations/target/classes
[ -f playground/target/classes/dev/jborrow/playground/Playground.class ] \
  || { echo "bench: build first (mvn -B -DskipTests package -pl playground -am)" >&2; exit 2; }
log=$(mktemp)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$java" -cp "$cp" dev.jborrow.playground.Playground --port 0 --max-concurrent 1 >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q http "$log" && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$log")api/check
echo "$("$java" -version 2>&1 | head -1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %.0f ms, p90 %.0f ms", a[int((NR+1)/2)], a[int(NR*0.9+0.5)]}'; }
for f in "${files[@]}"; do
  for _ in $(seq "$warmup"); do
    curl -sf -H 'Content-Type: text/plain' --data-binary @"$f" "$url" >/dev/null
  done
  total=(); server_ms=(); cpu_ms=()
  for _ in $(seq "$rounds"); do
    out=$(curl -sf -w '\n%{time_total}' -H 'Content-Type: text/plain' --data-binary @"$f" "$url")
    total+=("$(tail -1 <<<"$out" | awk '{printf "%.1f", $1 * 1000}')")
    server_ms+=("$(grep -o '"millis": [0-9]*' <<<"$out" | grep -o '[0-9]*$')")
    cpu_ms+=("$(grep -o '"cpuMillis": [0-9]*' <<<"$out" | grep -o '[0-9]*$')")
  done
  echo "$f ($(wc -l <"$f") lines), $rounds warm checks:"
  echo "  round trip: $(printf '%s\n' "${total[@]}" | stats)"
  echo "  compile:    $(printf '%s\n' "${server_ms[@]}" | stats)"
  echo "  CPU time:   $(printf '%s\n' "${cpu_ms[@]}" | stats)"
done
