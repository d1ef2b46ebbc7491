package dev.jborrow.processor;

import dev.jborrow.processor.check.BodyChecker;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.JavacReporter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Locale;

/**
 * Counts for {@code -Ajborrow.stats}: what was checked, what was found, how long it took. The
 * time is given twice: elapsed, and the CPU time of javac's thread while it checked. On a busy
 * machine (two cores shared with the JIT's and the collector's threads) the thread also waits,
 * and the elapsed time of the same work moves by a third from run to run; the CPU time counts
 * the work alone, and moves less.
 */
final class Stats {

  private int classes;
  private int errors;
  private int warnings;
  private long nanos;
  private long cpuNanos;
  private final EnumMap<Code, Integer> counts = new EnumMap<>(Code.class);
  /** Null unless the statistics were asked for: the bean costs classes to load. */
  private final ThreadMXBean threads;

  Stats(boolean wanted) {
    this.threads = wanted ? cpuClock() : null;
  }

  /**
   * The bean that reads a thread's CPU time; null where the JVM cannot, or where javac runs
   * without the {@code java.management} module (a trimmed runtime): the statistics then give
   * the elapsed time alone, and javac goes on.
   */
  private static ThreadMXBean cpuClock() {
    try {
      ThreadMXBean bean = ManagementFactory.getThreadMXBean();
      return bean.isCurrentThreadCpuTimeSupported() ? bean : null;
    } catch (LinkageError | UnsupportedOperationException e) {
      return null;
    }
  }

  /** A reading to hand back to {@link #add}: the CPU time of this thread, or 0. */
  long cpuNow() {
    return threads == null ? 0 : threads.getCurrentThreadCpuTime();
  }

  void add(long elapsed, long cpuAtStart, JavacReporter reporter) {
    classes++;
    nanos += elapsed;
    if (threads != null) {
      cpuNanos += threads.getCurrentThreadCpuTime() - cpuAtStart;
    }
    errors += reporter.errors();
    warnings += reporter.warnings();
    reporter.counts().forEach((code, n) -> counts.merge(code, n, Integer::sum));
  }

  /** One line: what was checked, what was found by code, and the time spent. */
  String summary(BodyChecker bodies) {
    String cpu = threads == null ? "" : String.format(Locale.ROOT, " (cpu %.1f ms)",
        cpuNanos / 1e6);
    // Locale.ROOT: the same line in every locale (a German one would print 283,0 ms).
    return String.format(Locale.ROOT, "jborrow: %d classes, %d bodies analysed, %d errors, "
            + "%d warnings, %.1f ms%s, findings %s", classes, bodies.graphsBuilt(), errors,
        warnings, nanos / 1e6, cpu, counts);
  }
}
