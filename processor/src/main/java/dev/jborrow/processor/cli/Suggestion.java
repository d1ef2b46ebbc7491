package dev.jborrow.processor.cli;

import java.util.List;

/** "did you mean `check`?" for a mistyped command or option, as cargo asks it. */
final class Suggestion {

  /** Further than this, a guess is more confusing than none. */
  private static final int MAX_EDITS = 2;

  private Suggestion() {}

  /** {@code "; did you mean `x`?"} for the nearest of {@code known}, or {@code ""}. */
  static String of(String typed, List<String> known) {
    String best = null;
    int bestEdits = MAX_EDITS + 1;
    for (String k : known) {
      int edits = edits(typed, k);
      if (edits < bestEdits) {
        best = k;
        bestEdits = edits;
      }
    }
    return best == null ? "" : "; did you mean `" + best + "`?";
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  private static int edits(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
