package dev.jborrow.processor.difftest;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What both compilers said about one twin function, line numbers relative to its body (0 = its
 * first body line, -1 = its signature), and how that compares.
 *
 * @param function the function
 * @param rustc rustc's (NLL) errors
 * @param jborrow jborrow's findings (and javac errors, code {@code javac})
 * @param polonius rustc's errors under Polonius, or null if it was not asked
 */
public record Outcome(TwinFunction function, List<Report> rustc, List<Report> jborrow,
    List<Report> polonius) {

  private static final Set<String> BORROWCK = Set.of("E0382", "E0499", "E0502", "E0503",
      "E0505", "E0506", "E0507", "E0508", "E0515", "E0521", "E0594", "E0596", "E0597", "E0716",
      "E0373", "E0501", "E0500", "E0524");

  /** rustc or javac said something outside the borrow checker: the generator wrote bad code. */
  public boolean infidelity() {
    return rustc.stream().anyMatch(r -> !BORROWCK.contains(r.code()))
        || jborrow.stream().anyMatch(r -> r.code().equals("javac") || r.code().equals("J0999"));
  }

  public boolean rustcAccepts() {
    return rustc.isEmpty();
  }

  public boolean jborrowAccepts() {
    return jborrow.isEmpty();
  }

  public boolean verdictAgrees() {
    return rustc.isEmpty() == jborrow.isEmpty();
  }

  public boolean codesAgree() {
    return Policy.codes(rustc).equals(Policy.codes(jborrow));
  }

  public boolean rawAgrees() {
    return Policy.raw(rustc).equals(Policy.raw(jborrow));
  }

  public boolean normalisedAgrees() {
    return rustcSide().equals(jborrowSide(rustc));
  }

  /** rustc's pairs after the policies. */
  Set<String> rustcSide() {
    return Policy.normalised(rustc, rustc, function);
  }

  /** jborrow's pairs after the policies, against {@code oracle}'s closure codes. */
  Set<String> jborrowSide(List<Report> oracle) {
    return Policy.normalised(jborrow, oracle, function);
  }

  /** Normalised agreement with the reference: NLL, or Polonius where it accepts more. */
  public boolean referenceAgrees() {
    return normalisedAgrees() || poloniusDecides()
        && Policy.normalised(polonius, polonius, function).equals(jborrowSide(polonius));
  }

  /**
   * Polonius is the reference where it differs from NLL: where it accepts what NLL rejects
   * (SPEC.md, first section), and where NLL's over-long regions make it report other errors
   * than Polonius does (a borrow returned on one path is still live on the others, NLL problem
   * case #3).
   */
  public boolean poloniusDecides() {
    return polonius != null && !Policy.normalised(polonius, polonius, function).equals(rustcSide());
  }

  /** The reference's normalised pairs that jborrow lacks, and those it adds. */
  public Set<String> missed() {
    Set<String> s = new TreeSet<>(Policy.normalised(reference(), reference(), function));
    s.removeAll(jborrowSide(reference()));
    return s;
  }

  public Set<String> extra() {
    Set<String> s = new TreeSet<>(jborrowSide(reference()));
    s.removeAll(Policy.normalised(reference(), reference(), function));
    return s;
  }

  public List<Report> reference() {
    return poloniusDecides() ? polonius : rustc;
  }
}
