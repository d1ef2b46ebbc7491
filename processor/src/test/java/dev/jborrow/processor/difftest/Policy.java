package dev.jborrow.processor.difftest;

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

  static Set<String> normalised(List<Report> reports) {
    Set<String> out = new TreeSet<>();
    for (Report r : reports) {
      out.add(r.code().equals("E0382") ? "E0382@`" + r.subject() + "`" : r.pair());
    }
    return out;
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
