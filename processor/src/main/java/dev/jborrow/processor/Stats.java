package dev.jborrow.processor;

import dev.jborrow.processor.check.BodyChecker;
import dev.jborrow.processor.diag.JavacReporter;

/** Counts for {@code -Ajborrow.stats}: what was checked, what was found, how long it took. */
final class Stats {

  private int classes;
  private int errors;
  private int warnings;
  private long nanos;
  private final java.util.EnumMap<dev.jborrow.processor.diag.Code, Integer> counts =
      new java.util.EnumMap<>(dev.jborrow.processor.diag.Code.class);

  void add(long elapsed, JavacReporter reporter) {
    classes++;
    nanos += elapsed;
    errors += reporter.errors();
    warnings += reporter.warnings();
    reporter.counts().forEach((code, n) -> counts.merge(code, n, Integer::sum));
  }

  /** One line: what was checked, what was found by code, and the time spent. */
  String summary(BodyChecker bodies) {
    return String.format("jborrow: %d classes, %d bodies analysed, %d errors, %d warnings, "
            + "%.1f ms, findings %s", classes, bodies.graphsBuilt(), errors, warnings,
        nanos / 1e6, counts);
  }
}
