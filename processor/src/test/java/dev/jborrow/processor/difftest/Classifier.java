package dev.jborrow.processor.difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sorts a disagreement into a class: the generator's fault, a documented difference between the
 * languages, or a jborrow bug named by what differs (a missed or extra code, or a code on
 * another line) and the templates of the lines where it differs.
 */
final class Classifier {

  static final String AGREE = "agree";
  static final String INFIDELITY = "generator infidelity";
  static final String DOCUMENTED = "documented difference";
  static final String BUG = "jborrow bug";

  private Classifier() {}

  /** The class's kind: one of {@link #AGREE}, {@link #INFIDELITY}, {@link #DOCUMENTED}, {@link #BUG}. */
  static String kind(Outcome o) {
    if (o.infidelity()) {
      return INFIDELITY;
    }
    if (o.referenceAgrees()) {
      return AGREE;
    }
    return documented(o) != null ? DOCUMENTED : BUG;
  }

  /** The class, for tables and skip reasons: its kind and what differs. */
  static String classOf(Outcome o) {
    String kind = kind(o);
    return switch (kind) {
      case AGREE -> AGREE;
      case INFIDELITY -> INFIDELITY + ": rustc " + Policy.codes(o.rustc()) + ", jborrow "
          + Policy.codes(o.jborrow());
      case DOCUMENTED -> DOCUMENTED + ": " + documented(o);
      default -> BUG + ": " + signature(o);
    };
  }

  /** What differs, by code and template: {@code missed E0502 (merge)}, {@code extra E0597 (borrow)}. */
  static String signature(Outcome o) {
    Set<String> missed = o.missed();
    Set<String> extra = o.extra();
    Set<String> missedCodes = codes(missed);
    Set<String> extraCodes = codes(extra);
    Set<String> parts = new TreeSet<>();
    for (String pair : missed) {
      String code = code(pair);
      parts.add((extraCodes.contains(code) ? code + " on another line, rustc at " : "missed "
          + code + " at ") + form(o, pair));
    }
    for (String pair : extra) {
      String code = code(pair);
      parts.add((missedCodes.contains(code) ? code + " on another line, jborrow at " : "extra "
          + code + " at ") + form(o, pair));
    }
    return String.join("; ", parts);
  }

  /**
   * The documented difference that explains every normalised difference, or null. One today:
   * a {@code @Mut} parameter's field may be moved out if it gets a new value before the method
   * returns (CONTRIBUTING.md, "Decisions"); rustc says E0507 at the move.
   */
  static String documented(Outcome o) {
    if (!o.extra().isEmpty() || o.missed().isEmpty()) {
      return null;
    }
    for (String pair : o.missed()) {
      if (!code(pair).equals("E0507") || !movesMutParamField(o, pair)) {
        return null;
      }
    }
    return "a @Mut parameter's field moved out and given a new value (rustc E0507)";
  }

  private static boolean movesMutParamField(Outcome o, String pair) {
    if (pair.contains("`")) {
      return false;
    }
    int line = Integer.parseInt(pair.substring(pair.indexOf('@') + 1));
    if (line < 0 || line >= o.function().body().size()) {
      return false;
    }
    TwinLine l = o.function().body().get(line);
    return l.java().matches(".*(take\\(|= |return )hq\\.[st]\\b(?!\\.).*")
        && !l.java().contains(".merge(");
  }

  private static String form(Outcome o, String pair) {
    String where = pair.substring(pair.indexOf('@') + 1);
    return where.startsWith("`") ? "variable " + where
        : o.function().formAt(Integer.parseInt(where));
  }

  private static String code(String pair) {
    return pair.substring(0, pair.indexOf('@'));
  }

  private static Set<String> codes(Set<String> pairs) {
    Set<String> out = new TreeSet<>();
    for (String p : pairs) {
      out.add(code(p));
    }
    return out;
  }

  static List<String> kinds() {
    return new ArrayList<>(List.of(AGREE, DOCUMENTED, BUG, INFIDELITY));
  }
}
