package dev.jborrow.processor.diag;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Set;
import javax.tools.Diagnostic.Kind;

/**
 * Sends diagnostics of one compilation unit to javac through {@link Trees#printMessage}, at
 * their primary position. A finding reached twice (a {@code finally} block is analysed once
 * per way out of it) is printed once.
 */
public final class JavacReporter implements DiagnosticSink {

  private final Trees trees;
  private final CompilationUnitTree unit;
  private final boolean warnOnly;
  private final boolean countOnly;
  private final Set<String> printed = new HashSet<>();
  private final java.util.EnumMap<Code, Integer> counts = new java.util.EnumMap<>(Code.class);
  private int errors;
  private int warnings;

  /**
   * @param countOnly count findings without printing them ({@code -Ajborrow.stress}, where
   *     every class is tracked and the findings are not meant for anyone)
   */
  public JavacReporter(Trees trees, CompilationUnitTree unit, boolean warnOnly,
      boolean countOnly) {
    this.trees = trees;
    this.unit = unit;
    this.warnOnly = warnOnly;
    this.countOnly = countOnly;
  }

  @Override
  public void report(Diagnostic d) {
    if (!printed.add(d.code() + "@" + d.primary().start())) {
      return;
    }
    boolean warning = warnOnly || d.code().isWarning();
    if (warning) {
      warnings++;
    } else {
      errors++;
    }
    counts.merge(d.code(), 1, Integer::sum);
    if (countOnly) {
      return;
    }
    trees.printMessage(warning ? Kind.WARNING : Kind.ERROR,
        PlainRenderer.render(d, unit.getLineMap()), d.primary().tree(), unit);
  }

  public int errors() {
    return errors;
  }

  public int warnings() {
    return warnings;
  }

  /** How many findings of each code were reported. */
  public java.util.Map<Code, Integer> counts() {
    return counts;
  }
}
