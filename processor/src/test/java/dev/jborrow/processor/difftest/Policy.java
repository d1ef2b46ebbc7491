package dev.jborrow.processor.difftest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How rustc's reporting policies are forgiven before (line, code) pairs are compared. The raw
 * comparison takes each side's set of (line, code) pairs as it is (so several errors of one code
 * on one line count once on both sides); the normalised one first applies, to both sides alike:
 *
 * <ul>
 *   <li><b>E0382 is compared by variable, not by line.</b> rustc reports one use per set of moves,
 *       and which one is an accident of its traversal: a later use of a longer place replaces the
 *       report of an earlier one ({@code htake(h); hlook(h); take(h.s);} is reported at {@code
 *       take(h.s)}, rustc_borrowck's {@code buffer_move_error}); jborrow reports the first use on
 *       each path and counts it as a new value. Both must name the same moved variables; the
 *       line of each is left to the raw column.
 *   <li><b>E0515: the first per variable.</b> rustc reports one return of a borrow of a given
 *       local ({@code if (c) return &a; return &a;} is one error, at the first); jborrow one
 *       per return. The earliest E0515 of each variable is kept, with its line.
 *   <li><b>E0521 is compared by region, not by line.</b> rustc reports one region error per
 *       pair of regions: a borrowed parameter sent to two threads needs {@code 'a: 'static}
 *       twice, and is one error; so are two parameters of one lifetime (the borrowed parameters
 *       of a function that returns a borrow share its {@code 'a}). Which spawn it names is an
 *       accident of the order of its constraints (not the first in the source: a later arm of
 *       a {@code match}, or a spawn whose closure has no error of its own, is preferred).
 *       jborrow reports each spawn. Both must name the same regions.
 *   <li><b>rustc's closure codes are conflicts like any other.</b> SPEC.md has no E0500, E0501
 *       or E0524: a closure's borrow is a loan, and a conflict with it is E0499 or E0502 as for a
 *       borrow local. On a line where rustc reports one of those three codes, rustc's closure
 *       code and jborrow's E0499 or E0502 are all read as {@value #CONFLICT}.
 * </ul>
 *
 * Nothing else is forgiven: a different code, a different line for any other code, a missing or
 * an extra error stay disagreements.
 */
final class Policy {

  private Policy() {}

  static Set<String> raw(List<Report> reports) {
    Set<String> out = new TreeSet<>();
    for (Report r : reports) {
      out.add(r.pair());
    }
    return out;
  }

  static final String CONFLICT = "E0499|E0502";

  /** The codes rustc reports once per variable (E0521: per region). */
  private static final Set<String> FIRST_PER_VARIABLE = Set.of("E0515", "E0521");

  private static final Set<String> CLOSURE_CODES = Set.of("E0500", "E0501", "E0524");
  private static final Set<String> CONFLICTS = Set.of("E0499", "E0502", "E0500", "E0501",
      "E0524");

  /**
   * One side's pairs after the policies; {@code rustc} is rustc's side, which says where its
   * closure codes are.
   */
  static Set<String> normalised(List<Report> reports, List<Report> rustc, TwinFunction f) {
    Set<Long> closureLines = new HashSet<>();
    for (Report r : rustc) {
      if (CLOSURE_CODES.contains(r.code())) {
        closureLines.add(r.line());
      }
    }
    Set<String> out = new TreeSet<>();
    Set<String> firsts = new HashSet<>();
    List<Report> sorted = new ArrayList<>(reports);
    sorted.sort(null);
    for (Report r : sorted) {
      String about = r.code().equals("E0521") ? region(f, r.subject()) : r.subject();
      if (FIRST_PER_VARIABLE.contains(r.code()) && !firsts.add(r.code() + about)) {
        continue;
      }
      if (r.code().equals("E0382")) {
        out.add("E0382@`" + r.subject() + "`");
      } else if (r.code().equals("E0521")) {
        out.add("E0521@`" + about + "`");
      } else if (CONFLICTS.contains(r.code()) && closureLines.contains(r.line())) {
        out.add(CONFLICT + "@" + r.line());
      } else {
        out.add(r.pair());
      }
    }
    return out;
  }

  /**
   * The lifetime of a borrowed parameter: the one {@code 'a} of a function that returns a
   * borrow ({@code this}, {@code &self}, keeps its own), an elided one of its own elsewhere.
   */
  private static String region(TwinFunction f, String parameter) {
    if (parameter.equals("this") || parameter.equals("self")) {
      return "this";
    }
    return f.returns() == TwinFunction.Returns.BORROW ? "'a" : parameter;
  }

  /** The codes, as a set (the "codes" column). */
  static Set<String> codes(List<Report> reports) {
    Set<String> out = new TreeSet<>();
    for (Report r : reports) {
      out.add(r.code());
    }
    return out;
  }
}
