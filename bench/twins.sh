#!/usr/bin/env bash
# Compiles every Rust twin of a fixture with rustc and checks that its error codes agree with the
# fixture's `//~` expectations. Not part of CI (rustc need not be installed there); run it by hand
# after adding or changing a fixture that has a twin:
#
#   bench/twins.sh [FILTER]      # FILTER: only twins whose path contains it
#
# Layout: processor/src/test/resources/twins/<area>/Name.rs is the twin of
# processor/src/test/resources/fixtures/<area>/Name.java, and samples/errors/twins/Name.rs the
# twin of samples/errors/Name.java.
#
# Conventions (a Java line and its Rust line need not have the same number):
# - the twin carries its own `//~ CODE` markers, on the lines where rustc reports them; rustc's
#   (line, code) pairs must equal them exactly (an error without a code counts as `E????`, so a
#   twin that only gets "lifetime may not live long enough" always disagrees);
# - read in line order, the twin's codes must equal the fixture's codes, leaving out jborrow's own
#   J codes (J0001 "never closed" has no Rust counterpart: Rust drops what it does not close), and
#   reading rustc's closure codes E0500/E0501/E0524 as the E0499/E0502 the fixture gives;
# - a twin with a line `// polonius-accepts` is one NLL rejects and Polonius accepts: its markers
#   describe NLL, `-Zpolonius=next` must report nothing, and the fixture must expect no E code
#   (SPEC: the checker accepts what Polonius accepts).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
res="$here/processor/src/test/resources"
filter="${1:-}"
case "$filter" in
  -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  -*) echo "twins.sh: unknown option '$filter' (usage: bench/twins.sh [FILTER])" >&2; exit 2 ;;
esac
(($# <= 1)) || { echo "twins.sh: one filter at most (usage: bench/twins.sh [FILTER])" >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# `//~ A B` at the end of a line -> "LINE A" "LINE B", one per row.
markers() {
  awk '{ i = index($0, "//~"); if (i) { n = split(substr($0, i + 3), c, " "); for (k = 1; k <= n; k++) if (c[k] ~ /^[EJ][0-9][0-9][0-9][0-9]$/) print NR, c[k] } }' "$1"
}
# rustc's short format: "file:LINE:COL: error[CODE]: ..." or "file:LINE:COL: error: ...".
rustc_codes() {
  sed -n -E 's/^[^:]+:([0-9]+):[0-9]+: error(\[([A-Z][0-9]+)\])?: .*/\1 \3/p' "$1" |
    awk '{ print $1, ($2 == "" ? "E????" : $2) }'
}
# rustc's closure codes read as the conflicts SPEC.md gives for a closure's loan (CONTRIBUTING.md,
# "rustc as the oracle"): the twin's codes with each E0500/E0501/E0524 replaced by the fixture's
# code at that position when that one is E0499 or E0502.
closure_codes() { # twin codes, fixture codes
  local -a t=($1) f=($2); local i
  ((${#t[@]} == ${#f[@]})) || { echo "$1"; return; }
  for i in "${!t[@]}"; do
    [[ "${t[$i]}" =~ ^E05(00|01|24)$ && "${f[$i]}" =~ ^E0(499|502)$ ]] && t[$i]="${f[$i]}"
  done
  echo "${t[*]}"
}
compile() { # twin, output file, extra flags...
  local twin="$1" log="$2"; shift 2
  rustc --edition 2021 --crate-type lib --emit=metadata -o "$out/x.rmeta" --error-format=short "$@" "$twin" >"$log" 2>&1
}

total=0; agree=0
printf '%-58s %-22s %-22s %s\n' twin fixture rustc verdict
while IFS= read -r twin; do
  if [[ "$twin" == "$res/twins/"* ]]; then
    rel="${twin#"$res/twins/"}"
    fixture="$res/fixtures/${rel%.rs}.java"
  else
    rel="samples/errors/$(basename "$twin")"
    fixture="$here/${rel%.rs}.java"
  fi
  [[ -n "$filter" && "$rel" != *"$filter"* ]] && continue
  total=$((total + 1))
  problems=()
  if [[ ! -f "$fixture" ]]; then problems+=("no fixture ${fixture#"$here/"}"); fi
  compile "$twin" "$out/nll.log"
  got="$(rustc_codes "$out/nll.log" | sort -n)"
  want="$(markers "$twin" | sort -n)"
  [[ "$got" == "$want" ]] || problems+=("rustc reports [$(echo $got)] but the twin marks [$(echo $want)]")
  twin_codes="$(markers "$twin" | sort -s -n -k1,1 | awk '{print $2}' | tr '\n' ' ' | sed 's/ $//')"
  fix_codes=""
  [[ -f "$fixture" ]] && fix_codes="$(markers "$fixture" | sort -s -n -k1,1 | awk '$2 !~ /^J/ {print $2}' | tr '\n' ' ' | sed 's/ $//')"
  shown="$twin_codes"
  if grep -q '^// polonius-accepts' "$twin"; then
    RUSTC_BOOTSTRAP=1 compile "$twin" "$out/polonius.log" -Zpolonius=next
    pol="$(rustc_codes "$out/polonius.log")"
    [[ -z "$pol" ]] || problems+=("Polonius rejects it: [$(echo $pol)]")
    [[ -z "$fix_codes" ]] || problems+=("Polonius accepts, so the fixture must expect no E code, not [$fix_codes]")
    shown="polonius: ok (nll: $twin_codes)"
  else
    [[ "$twin_codes" == "$fix_codes" || "$(closure_codes "$twin_codes" "$fix_codes")" == "$fix_codes" ]] ||
      problems+=("fixture expects [$fix_codes], twin [$twin_codes]")
  fi
  if ((${#problems[@]} == 0)); then
    agree=$((agree + 1)); verdict=agree
  else
    verdict=DISAGREE
  fi
  printf '%-58s %-22s %-22s %s\n' "$rel" "${fix_codes:-accepted}" "${shown:-accepted}" "$verdict"
  for p in "${problems[@]}"; do printf '    %s\n' "$p"; done
done < <(find "$res/twins" -name '*.rs' | sort; [[ -d "$here/samples/errors/twins" ]] && find "$here/samples/errors/twins" -name '*.rs' | sort)
if ((total == 0)); then
  echo "twins.sh: no twin's path contains '$filter'" >&2
  exit 2
fi
echo "$agree of $total twins agree with their fixtures"
((agree == total))
