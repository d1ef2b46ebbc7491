package dev.jborrow.processor.difftest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How rustc's reporting policies are forgiven before (line, code) pairs are compared. The raw
 * comparison takes each side's set of (line, code) pairs as it is; the normalised one first
 * applies, to both sides alike:
 *
 * <ul>
 *   <li><b>E0382: the first per variable.</b> rustc reports one use after each set of moves and
 *       then, if that use moves again, one more; jborrow treats a reported use as a new value on
 *       its path. Both say the same thing first: the earliest use (in source order) after a move
 *       of that variable. Later E0382s of the same variable are dropped.
 *   <li><b>E0505, E0515, E0597, E0499, E0502, E0503, E0506: the first per (code, variable) on a
 *       line.</b> Several borrows of one local ending on one line (a {@code ?:} with two arms, an
 *       {@code either(a, a)}) are one mistake; rustc reports one.
 * </ul>
 *
 * Nothing else is forgiven: a different code, a different line, a missing or an extra error stay
 * disagreements.
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
    List<Report> sorted = new ArrayList<>(reports);
    sorted.sort(null);
    Set<String> seenMoved = new HashSet<>();
    Set<String> out = new TreeSet<>();
    for (Report r : sorted) {
      if (r.code().equals("E0382") && !seenMoved.add(r.subject())) {
        continue;
      }
      out.add(r.pair());
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
