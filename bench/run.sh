#!/usr/bin/env bash
# jborrow benchmark: compiles the sources of real libraries (guava, commons-lang3,
# jackson-databind, jackson-core) with plain javac, with javac + a processor that does nothing
# (the floor of any annotation processor), with javac + jborrow as a processor and as a plugin
# (-Xplugin:JBorrow, which pays no processing round), as a build adds it (the jar on the processor
# path and nothing else: the plugin starts itself), and with javac + jborrow in stress mode,
# interleaved, several rounds each, and prints medians, ratios and peak memory as a Markdown
# table. Not a test: not part of `mvn verify`.
#
#   bench/run.sh [--rounds N] [--libs guava,commons-lang3,...] [--configs plain,plugin,...]
#                [--driver javac|tools]
#   bench/run.sh --report          the table again, from the last run's target/results-DRIVER.tsv
#
# Driver: `javac` (default) runs the javac command; `tools` runs javac as Maven does, in one JVM
# through javax.tools with a diagnostic listener (gen/InProcessJavac), for every configuration.
#
# Rounds: the first round is a warm-up and is discarded (unless --rounds 1).
# Exit status: 0 on success; 1 if any jborrow configuration reported a J0999 (internal error);
# 2 if javac failed or the inputs could not be prepared.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
T="$BENCH/target"
ROUNDS=5
REPORT_ONLY=0
LIBS="guava,commons-lang3,jackson-databind,jackson-core"
CONFIG_LIST="plain,noop,listen,jborrow,plugin,entry,stress"
DRIVER=javac
ALL_LIBS=" guava commons-lang3 jackson-databind jackson-core "
PROCESSOR=dev.jborrow.processor.JBorrowProcessor
SRC_JAR="$ROOT/processor/target/jborrow-processor-0.1.0-SNAPSHOT.jar"

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) ROUNDS="${2:?--rounds needs a number}"; shift 2 ;;
    --rounds=*) ROUNDS="${1#*=}"; shift ;;
    --libs) LIBS="${2:?--libs needs a list}"; shift 2 ;;
    --libs=*) LIBS="${1#*=}"; shift ;;
    --configs) CONFIG_LIST="${2:?--configs needs a list}"; shift 2 ;;
    --configs=*) CONFIG_LIST="${1#*=}"; shift ;;
    --driver) DRIVER="${2:?--driver needs javac or tools}"; shift 2 ;;
    --driver=*) DRIVER="${1#*=}"; shift ;;
    --report) REPORT_ONLY=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$DRIVER" == javac || "$DRIVER" == tools ]] || { echo "run.sh: --driver must be javac or tools" >&2; exit 2; }
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --rounds must be a positive integer" >&2; exit 2; }
IFS=',' read -r -a LIB_LIST <<< "$LIBS"
for lib in "${LIB_LIST[@]}"; do
  [[ "$ALL_LIBS" == *" $lib "* ]] || { echo "run.sh: unknown library '$lib' (known:$ALL_LIBS)" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time (GNU time) is required" >&2; exit 2; }

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

# ---------------------------------------------------------------- preparation
mkdir -p "$T"
if [[ ! -f "$T/.fetched" ]]; then
  log "downloading sources and dependency jars (mvn -f bench/pom.xml generate-resources)"
  mvn -q -f "$BENCH/pom.xml" generate-resources
  touch "$T/.fetched"
fi

# Rebuilt when missing or older than a source it is built from: a stale jar would measure code
# that is no longer there. `package`, not `install`: nothing goes into the local repository.
if [[ ! -f "$SRC_JAR" || ! -f "$ROOT/annotations/target/jborrow-annotations-0.1.0-SNAPSHOT.jar" \
  || -n "$(find "$ROOT/pom.xml" "$ROOT/annotations/pom.xml" "$ROOT/annotations/src/main" \
    "$ROOT/processor/pom.xml" "$ROOT/processor/src/main" -newer "$SRC_JAR" -print -quit)" ]]; then
  log "building the processor jar (mvn -q -DskipTests package -pl annotations,processor -am)"
  (cd "$ROOT" && mvn -q -B -ntp -DskipTests package -pl annotations,processor -am)
fi
# Snapshot the jar: the one in processor/target may be rebuilt while the benchmark runs.
JAR="$T/jborrow-processor.jar"
cp "$SRC_JAR" "$JAR"
# (not `unzip | grep -q`: under pipefail, grep quitting early fails the pipeline)
[[ "$(unzip -l "$JAR")" == *dev/jborrow/processor/JBorrowProcessor.class* ]] \
  || { echo "run.sh: $SRC_JAR is incomplete (being rebuilt?)" >&2; exit 2; }

# The no-op processor: what running any annotation processor costs javac.
NOOP="$T/noop"
if [[ ! -f "$NOOP/dev/jborrow/processor/gen/NoopProcessor.class" ]]; then
  mkdir -p "$NOOP"
  javac --release 17 -d "$NOOP" \
    "$ROOT/processor/src/test/java/dev/jborrow/processor/gen/NoopProcessor.java"
fi
# The listening plugin: what any task listener costs javac (the floor of the plugin).
LISTEN="$T/listen"
if [[ ! -f "$LISTEN/dev/jborrow/processor/gen/ListenerPlugin.class" ]]; then
  mkdir -p "$LISTEN/META-INF/services"
  javac --release 17 -d "$LISTEN" \
    "$ROOT/processor/src/test/java/dev/jborrow/processor/gen/ListenerPlugin.java"
  echo dev.jborrow.processor.gen.ListenerPlugin > "$LISTEN/META-INF/services/com.sun.source.util.Plugin"
fi

# javac as Maven runs it (--driver=tools).
TOOLS="$T/tools"
if [[ ! -f "$TOOLS/dev/jborrow/processor/gen/InProcessJavac.class" ]]; then
  mkdir -p "$TOOLS"
  javac --release 17 -d "$TOOLS" \
    "$ROOT/processor/src/test/java/dev/jborrow/processor/gen/InProcessJavac.java"
fi

D="$T/deps"
# The jborrow annotations are on every configuration's class path, as in a build that adds them
# as a `provided` dependency: the checker then resolves them, as it would for its users.
ANNOTATIONS="$ROOT/annotations/target/jborrow-annotations-0.1.0-SNAPSHOT.jar"
classpath() {  # compile class path of one library (its dependencies, never itself)
  case "$1" in
    guava) echo "$ANNOTATIONS:$D/failureaccess.jar:$D/listenablefuture.jar:$D/jsr305.jar:$D/checker-qual.jar:$D/error_prone_annotations.jar:$D/j2objc-annotations.jar" ;;
    commons-lang3) echo "$ANNOTATIONS" ;;
    jackson-core) echo "$ANNOTATIONS:$D/fastdoubleparser.jar" ;;   # shaded into jackson-core's jar
    jackson-databind) echo "$ANNOTATIONS:$D/jackson-annotations.jar:$D/jackson-core.jar" ;;
  esac
}

declare -A LINES
mkdir -p "$T/args"
for lib in "${LIB_LIST[@]}"; do
  if [[ ! -f "$T/args/$lib.txt" ]]; then
    rm -rf "$T/src/$lib"; mkdir -p "$T/src/$lib"
    (cd "$T/src/$lib" && unzip -qo "$T/sources/$lib-sources.jar")
    find "$T/src/$lib" -name module-info.java -delete
    find "$T/src/$lib" -name '*.java' | LC_ALL=C sort > "$T/args/$lib.txt"
  fi
  LINES[$lib]=$(xargs cat < "$T/args/$lib.txt" | grep -cv '^[[:space:]]*$')
done

# ---------------------------------------------------------------- runs
# -nowarn / -Xlint:none / -XDsuppressNotes are NOT used: javac then drops every NOTE,
# including the `jborrow:` line of -Ajborrow.stats. -Xmaxwarns keeps the output small.
COMMON=(--release 17 -encoding UTF-8 -Xmaxwarns 5 -Xmaxerrs 20 -implicit:none)
JB=(-processorpath "$JAR" -processor "$PROCESSOR" -Ajborrow.stats)
IFS=',' read -r -a CONFIGS <<< "$CONFIG_LIST"
for cfg in "${CONFIGS[@]}"; do
  [[ " plain noop listen jborrow plugin entry stress " == *" $cfg "* ]] \
    || { echo "run.sh: unknown configuration '$cfg' (known: plain noop listen jborrow plugin entry stress)" >&2; exit 2; }
done
[[ " ${CONFIGS[*]} " == *" plain "* ]] || { echo "run.sh: --configs must include plain" >&2; exit 2; }
launcher() {  # the command that runs javac, logging the collector to $1, into LAUNCH
  if [[ "$DRIVER" == tools ]]; then
    # -Xms8m: the javac command's own initial heap, so that the drivers differ in nothing else
    LAUNCH=(java -Xms8m -Xmx4g "-Xlog:gc:file=$1" -cp "$TOOLS" dev.jborrow.processor.gen.InProcessJavac)
  else
    LAUNCH=(javac -J-Xmx4g "-J-Xlog:gc:file=$1")
  fi
}
cfg_args() {  # the configuration's own javac flags, into ARGS
  case "$1" in
    plain) ARGS=(-proc:none) ;;
    noop) ARGS=(-processorpath "$NOOP" -processor dev.jborrow.processor.gen.NoopProcessor) ;;
    listen) ARGS=(-proc:none -processorpath "$LISTEN" -Xplugin:Listener) ;;
    jborrow) ARGS=("${JB[@]}") ;;
    plugin) ARGS=(-proc:none -processorpath "$JAR" "-Xplugin:JBorrow stats") ;;
    # the one-entry setup: what annotationProcessorPaths passes, nothing else (so no stats line)
    entry) ARGS=(-processorpath "$JAR") ;;
    stress) ARGS=("${JB[@]}" -Ajborrow.stress) ;;
  esac
}

# round lib config seconds rssKB findings j0999 jborrow_ms cpu_seconds heap_after_gc_MB
RES="$T/results-$DRIVER.tsv"
if [[ $REPORT_ONLY -eq 1 ]]; then
  [[ -s "$RES" ]] || { echo "run.sh: no $RES to report on" >&2; exit 2; }
  ROUNDS=$(cut -f1 "$RES" | sort -n | tail -1)
else
: > "$RES"
mkdir -p "$T/logs"
FAILED=0
log "jar $(sha1sum "$JAR" | cut -c1-12) (commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- annotations processor/src/main 2>/dev/null || echo " + uncommitted changes")), driver $DRIVER, $ROUNDS round(s), libs: ${LIB_LIST[*]}, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= ROUNDS; r++)); do
  for lib in "${LIB_LIST[@]}"; do
    # rotate the configuration order every round so that none always runs first
    for ((k = 0; k < ${#CONFIGS[@]}; k++)); do
      cfg=${CONFIGS[$(((k + r) % ${#CONFIGS[@]}))]}
      out="$T/out/$lib-$cfg"; rm -rf "$out"; mkdir -p "$out"
      lg="$T/logs/$lib-$cfg-r$r.log"; tm="$T/logs/$lib-$cfg-r$r.time"; gc="$T/logs/$lib-$cfg-r$r.gc"
      cp=$(classpath "$lib")
      cfg_args "$cfg"
      launcher "$gc"
      if ! /usr/bin/time -o "$tm" -f '%e %M %U %S' "${LAUNCH[@]}" "${COMMON[@]}" "${ARGS[@]}" \
          ${cp:+-cp "$cp"} -d "$out" "@$T/args/$lib.txt" > "$lg" 2>&1; then
        log "javac FAILED: $lib $cfg round $r (log: $lg)"; tail -20 "$lg" >&2
        FAILED=1; break 3
      fi
      read -r secs rss usr sys < <(tail -1 "$tm")
      cpu=$(awk -v u="$usr" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
      # The largest heap left after a collection: what the compiler keeps alive at its peak,
      # steadier than the RSS, which follows the collector's decisions to grow the heap.
      heap=$(grep -oE -- '->[0-9]+M' "$gc" | tr -dc '0-9\n' | sort -n | tail -1)
      note=$(grep -o 'jborrow: [0-9]* classes.*' "$lg" | tail -1 || true)
      findings=- ; j0999=- ; ms=-
      if [[ "$cfg" == jborrow || "$cfg" == plugin || "$cfg" == stress ]]; then
        [[ -n "$note" ]] || { log "no jborrow: stats line in $lg"; FAILED=1; break 3; }
        ms=$(sed -E 's/.*warnings, ([0-9.]+) ms.*/\1/' <<< "$note")
        map=$(sed -E 's/.*findings \{(.*)\}.*/\1/' <<< "$note")
        findings=$(tr ',' '\n' <<< "$map" | awk -F= 'NF == 2 { s += $2 } END { print s + 0 }')
        j0999=$(tr ',' '\n' <<< "$map" | awk -F= '$1 ~ /J0999/ { s += $2 } END { print s + 0 }')
        echo "$note" > "$T/logs/$lib-$cfg.note"
      fi
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$r" "$lib" "$cfg" "$secs" "$rss" \
        "$findings" "$j0999" "$ms" "$cpu" "${heap:-0}" >> "$RES"
      log "round $r/$ROUNDS $lib $cfg: ${secs}s (cpu ${cpu}s) rss $((rss / 1024))MB heap ${heap:-?}MB${note:+ | $note}"
      rm -rf "$out"
    done
  done
done
[[ $FAILED -eq 0 ]] || exit 2
fi

# ---------------------------------------------------------------- report
FIRST=2; [[ $ROUNDS -eq 1 ]] && FIRST=1
lines_tsv=$(for lib in "${LIB_LIST[@]}"; do printf '%s\t%s\n' "$lib" "${LINES[$lib]}"; done)
awk -F'\t' -v first="$FIRST" -v driver="$DRIVER" -v order="${LIB_LIST[*]}" -v lines="$lines_tsv" '
  function median(key,   n, i, j, t, a) {
    n = cnt[key]; for (i = 1; i <= n; i++) a[i] = v[key, i]
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j+1] = a[j]; a[j+1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  function add(key, x) { cnt[key]++; v[key, cnt[key]] = x }
  function r(a, b) { return b > 0 ? a / b : 0 }   # 0 for a configuration not run
  BEGIN { split(lines, L, "\n"); for (i in L) { split(L[i], f, "\t"); loc[f[1]] = f[2] } }
  $1 >= first {
    add("wall" SUBSEP $2 SUBSEP $3, $4); add("cpu" SUBSEP $2 SUBSEP $3, $9)
    if ($5 > rss[$2, $3]) rss[$2, $3] = $5
    if ($10 > heap[$2, $3]) heap[$2, $3] = $10
    if ($3 == "jborrow" || $3 == "plugin" || $3 == "stress") { fnd[$2, $3] = $6; if ($7 > j9[$2, $3]) j9[$2, $3] = $7 }
    round[$1, $3] += $4; rounds[$1] = 1   # each round summed over the libraries, for the paired ratios
  }
  END {
    nc = split("plain noop listen jborrow plugin stress entry", C, " ")
    print "| library | lines | wall s plain / noop / listen / jborrow / plugin / stress / entry | entry ÷ plain | jborrow ÷ plain | jborrow ÷ noop | plugin ÷ plain | plugin ÷ listen | stress ÷ plain | stress ÷ noop | CPU jborrow ÷ noop | CPU plugin ÷ listen | heap after GC MB plain / noop / listen / jborrow / plugin / stress / entry | stress findings | J0999 stress / default / plugin |"
    print "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|"
    n = split(order, libs, " ")
    for (i = 1; i <= n; i++) {
      l = libs[i]; tl += loc[l]
      for (c = 1; c <= nc; c++) {
        w[C[c]] = median("wall" SUBSEP l SUBSEP C[c]); u[C[c]] = median("cpu" SUBSEP l SUBSEP C[c])
        tw[C[c]] += w[C[c]]; tu[C[c]] += u[C[c]]
        if (heap[l, C[c]] > th[C[c]]) th[C[c]] = heap[l, C[c]]
      }
      tf += fnd[l, "stress"]; tz += j9[l, "stress"]; tdz += j9[l, "jborrow"]; tpz += j9[l, "plugin"]
      printf "| %s | %d | %.2f / %.2f / %.2f / %.2f / %.2f / %.2f / %.2f | %.3fx | %.3fx | %.3fx | %.3fx | %.3fx | %.3fx | %.3fx | %.3fx | %.3fx | %d / %d / %d / %d / %d / %d / %d | %d | %d / %d / %d |\n",
        l, loc[l], w["plain"], w["noop"], w["listen"], w["jborrow"], w["plugin"], w["stress"], w["entry"],
        r(w["entry"], w["plain"]), r(w["jborrow"], w["plain"]), r(w["jborrow"], w["noop"]), r(w["plugin"], w["plain"]),
        r(w["plugin"], w["listen"]), r(w["stress"], w["plain"]), r(w["stress"], w["noop"]),
        r(u["jborrow"], u["noop"]), r(u["plugin"], u["listen"]),
        heap[l, "plain"], heap[l, "noop"], heap[l, "listen"], heap[l, "jborrow"], heap[l, "plugin"],
        heap[l, "stress"], heap[l, "entry"], fnd[l, "stress"], j9[l, "stress"], j9[l, "jborrow"], j9[l, "plugin"]
    }
    printf "| **all** | %d | %.2f / %.2f / %.2f / %.2f / %.2f / %.2f / %.2f | **%.3fx** | **%.3fx** | **%.3fx** | **%.3fx** | **%.3fx** | **%.3fx** | **%.3fx** | %.3fx | %.3fx | %d / %d / %d / %d / %d / %d / %d (max) | %d | %d / %d / %d |\n",
      tl, tw["plain"], tw["noop"], tw["listen"], tw["jborrow"], tw["plugin"], tw["stress"], tw["entry"],
      r(tw["entry"], tw["plain"]), r(tw["jborrow"], tw["plain"]), r(tw["jborrow"], tw["noop"]), r(tw["plugin"], tw["plain"]),
      r(tw["plugin"], tw["listen"]), r(tw["stress"], tw["plain"]), r(tw["stress"], tw["noop"]),
      r(tu["jborrow"], tu["noop"]), r(tu["plugin"], tu["listen"]),
      th["plain"], th["noop"], th["listen"], th["jborrow"], th["plugin"], th["stress"], th["entry"], tf, tz, tdz, tpz
    # Paired: the configurations of a round ran one after the other, library by library, so the
    # ratio within a round is less moved by the drift of the machine than a ratio of medians.
    for (c = 1; c <= nc; c++) {
      if (C[c] == "plain") continue
      for (k in rounds) if (round[k, C[c]] > 0 && round[k, "plain"] > 0) add("paired" SUBSEP C[c], round[k, C[c]] / round[k, "plain"])
      if (cnt["paired" SUBSEP C[c]] > 0) paired = paired sprintf("%s%s %.3fx", paired == "" ? "" : ", ", C[c], median("paired" SUBSEP C[c]))
    }
    if (paired != "") printf "\nPaired, all libraries: median over the rounds of (the wall time of a configuration, summed over the libraries) ÷ (plain javac in the same round): %s\n", paired
    m = cnt["wall" SUBSEP libs[1] SUBSEP "plain"]
    printf "\nMedians of rounds %d..%d (%d measured per config); wall s = elapsed seconds of one javac run over the library;\n", first, first + m - 1, m
    if (driver == "tools") printf "javac ran as Maven runs it: in process through javax.tools, with a diagnostic listener (gen/InProcessJavac);\n"
    else printf "javac ran as the javac command;\n"
    printf "noop = javac with an annotation processor that does nothing (gen/NoopProcessor), the floor of any processor;\n"
    printf "listen = a plugin whose task listener does nothing (gen/ListenerPlugin), the floor of any plugin that listens;\n"
    printf "plugin = jborrow as a javac plugin (-proc:none -Xplugin:JBorrow), which pays no annotation-processing round;\n"
    printf "entry = the one-entry setup: the jar on the processor path and no flag (javac starts the plugin itself);\n"
    printf "jborrow = the processor named (-processor), as a build that needs the processor door runs it;\n"
    printf "CPU = user+sys seconds of the javac JVM; heap after GC = the largest heap left after a collection (-Xlog:gc);\n"
    printf "lines = non-blank lines of .java files; findings and J0999 from the `jborrow:` line of -Ajborrow.stats.\n"
    if (tz + tdz + tpz > 0) exit 1
  }' "$RES" > "$T/report-$DRIVER.md" && status=0 || status=$?
cat "$T/report-$DRIVER.md"
log "raw results: $RES; stats lines: $T/logs/*.note; report: $T/report-$DRIVER.md"
if [[ $status -ne 0 ]]; then
  log "J0999 (internal error) reported: see the table"; exit 1
fi
