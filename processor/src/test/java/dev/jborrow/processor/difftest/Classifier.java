package dev.jborrow.processor.difftest;

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

  /**
   * What differs, by code and template: {@code missed E0502 at merge}, {@code extra E0597 at
   * borrow}, {@code E0382 on another line}; an extra error about a variable both sides already
   * reported E0596 or E0594 for (on that line or before) is {@code extra E0502 after E0596 of
   * the same variable}: one mistake, two errors.
   */
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
      String cause = pair.contains("`") ? null : mutabilityError(o, pair);
      parts.add(cause != null ? "extra " + code + " after " + cause
          + " of the same variable (one mistake, two errors)"
          : (missedCodes.contains(code) ? code + " on another line, jborrow at " : "extra "
          + code + " at ") + form(o, pair));
    }
    if (missed.isEmpty() && parts.stream().allMatch(p -> p.contains(" after E059"))) {
      return String.join("; ", parts);
    }
    if (extra.isEmpty() && missed.stream().allMatch(p -> code(p).equals(Policy.CONFLICT))
        && o.function().body().stream().anyMatch(l -> l.form().startsWith("closure")
            && l.java().matches(".*(-> |\\()(this\\.)?[st]\\b.*"))) {
      return "closure over a field of this borrows nothing (missed conflict)";
    }
    if (missed.isEmpty() && !extra.isEmpty()
        && extra.stream().allMatch(p -> returnedBefore(o, p))) {
      return "extra E0515 at a later return of a local an earlier returned value references"
          + " (rustc: one E0515 per local, at the first)";
    }
    if (missed.isEmpty() && closesOverFieldPath(o)) {
      return "false error beside a closure over a field path (Rust 2021 captures the path)";
    }
    return String.join("; ", parts);
  }

  /**
   * The E0596 or E0594 that both report, on this line or before it, for the variable of
   * jborrow's extra {@code pair}: rustc reports the mistake once, jborrow reports the loan it
   * made anyway when it conflicts later.
   */
  private static String mutabilityError(Outcome o, String pair) {
    long line = Long.parseLong(pair.substring(pair.indexOf('@') + 1));
    String code = code(pair);
    for (Report j : o.jborrow()) {
      if (j.line() != line || !j.code().equals(code)) {
        continue;
      }
      for (Report r : o.reference()) {
        if ((r.code().equals("E0596") || r.code().equals("E0594")) && r.line() <= line
            && r.subject().equals(j.subject()) && o.jborrow().contains(r)) {
          return r.code();
        }
      }
    }
    return null;
  }

  /**
   * Whether jborrow's extra {@code pair} is an E0515 about a local that rustc reported at an
   * earlier return, as one of several locals that return's value references ({@code return
   * v.get()} with {@code v} over {@code pick(o)}: rustc names {@code v} and {@code o} there,
   * jborrow {@code v}, and {@code o} at a later {@code return o}).
   */
  private static boolean returnedBefore(Outcome o, String pair) {
    if (!code(pair).equals("E0515") || pair.contains("`")) {
      return false;
    }
    long line = Long.parseLong(pair.substring(pair.indexOf('@') + 1));
    for (Report j : o.jborrow()) {
      if (j.line() == line && j.code().equals("E0515")) {
        for (Report r : o.reference()) {
          if (r.code().equals("E0515") && r.subject().equals(j.subject()) && r.line() < line) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean closesOverFieldPath(Outcome o) {
    return o.function().body().stream()
        .anyMatch(l -> l.form().startsWith("closure") && l.java().matches(".*\\b\\w+\\.[st]\\b.*"));
  }

  /**
   * The documented difference that explains every normalised difference, or null. One today
   * (CONTRIBUTING.md, "Decisions"): a {@code @Mut} parameter's field may be moved out if it gets a
   * new value before the method returns, so such a move is a move, not an E0507: a use before
   * the new value is E0382 (also in the next iteration of a loop), and E0507 is reported only
   * where some path reaches the end without a new value. rustc says E0507 at every such move.
   */
  static String documented(Outcome o) {
    if (o.missed().isEmpty() && o.extra().isEmpty()) {
      return null;
    }
    for (String pair : o.missed()) {
      if (!code(pair).equals("E0507") || !movesMutParamField(o, pair)) {
        return null;
      }
    }
    for (String pair : o.extra()) {
      if (!pair.equals("E0382@`hq`") && !pair.equals("E0382@`this`")) {
        return null;
      }
    }
    return "moving a field out of a @Mut parameter or this is a move (rustc: E0507)";
  }

  private static boolean movesMutParamField(Outcome o, String pair) {
    if (pair.contains("`")) {
      return false;
    }
    int line = Integer.parseInt(pair.substring(pair.indexOf('@') + 1));
    if (line < 0 || line >= o.function().body().size()) {
      return false;
    }
    String java = o.function().body().get(line).java();
    return java.matches(".*(take\\(|= |return )(hq\\.|this\\.)?[st]\\b(?!\\.).*")
        && !java.contains(".merge(") && (java.contains("hq.") || o.function().receiver()
        == TwinFunction.Receiver.MUT);
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
}
