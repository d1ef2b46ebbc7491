#!/usr/bin/env bash
# Regenerates rustc's output for the Rust twins of the playground's examples, with
# rustc's colours, as the page shows them. Run it after editing a twin; the test
# ExamplesTest checks the stored output against rustc when rustc is on the PATH.
set -euo pipefail
examples="$(dirname "$0")/src/main/resources/dev/jborrow/playground/examples"
rustc --version
for dir in book errors-twins; do
  (
    cd "$examples/$dir"
    for rs in *.rs; do
      # As the book writes them: a binary crate, checked through borrowck, nothing written.
      rustc --edition 2021 --emit=metadata --color always -o /tmp/jborrow-twin.rmeta "$rs" \
        2> "${rs%.rs}.rustc.txt" && { echo "$dir/$rs compiles: a twin shows an error" >&2; exit 1; }
      echo "$dir/${rs%.rs}.rustc.txt"
    done
  )
done
