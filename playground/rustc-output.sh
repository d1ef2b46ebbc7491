#!/usr/bin/env bash
# Regenerates rustc's output for the Rust twins of the playground's book examples, with
# rustc's colours, as the page shows them. Run it after editing a twin; the test
# ExamplesTest checks the stored output against rustc when rustc is on the PATH.
set -euo pipefail
cd "$(dirname "$0")/src/main/resources/dev/jborrow/playground/examples/book"
rustc --version
for rs in *.rs; do
  # Listed as written by the book: a binary crate, checked up to borrowck, nothing written.
  rustc --edition 2021 --emit=metadata --color always -o /tmp/jborrow-twin.rmeta "$rs" \
    2> "${rs%.rs}.rustc.txt" && { echo "$rs compiles: a twin must show the error" >&2; exit 1; }
  echo "${rs%.rs}.rustc.txt"
done
