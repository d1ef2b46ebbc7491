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
  private final boolean rustcFormat;
  private final java.util.function.Consumer<Finding> listener;
  private RustcRenderer.Source source;
  private final Set<String> printed = new HashSet<>();
  private final java.util.EnumMap<Code, Integer> counts = new java.util.EnumMap<>(Code.class);
  private int errors;
  private int warnings;

  /**
   * @param countOnly count findings without printing them ({@code -Ajborrow.stress}, where
   *     every class is tracked and the findings are not meant for anyone); internal errors
   *     (J0999) are printed all the same
   */
  public JavacReporter(Trees trees, CompilationUnitTree unit, boolean warnOnly,
      boolean countOnly, boolean rustcFormat, java.util.function.Consumer<Finding> listener) {
    this.trees = trees;
    this.unit = unit;
    this.warnOnly = warnOnly;
    this.countOnly = countOnly;
    this.rustcFormat = rustcFormat;
    this.listener = listener;
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
    if (countOnly && d.code() != Code.J0999) {
      return; // an internal error is worth seeing even where findings are not
    }
    if (listener != null) {
      listener.accept(new Finding(d, source(), warning));
    }
    String message = rustcFormat
        ? "[" + d.code().name() + "] " + d.message() + "\n"
            + new RustcRenderer(false).body(d, source())
        : PlainRenderer.render(d, unit.getLineMap());
    trees.printMessage(warning ? Kind.WARNING : Kind.ERROR, message, d.primary().tree(), unit);
  }

  /** The unit's file as the renderers need it, read once. */
  private RustcRenderer.Source source() {
    if (source == null) {
      String text;
      try {
        text = unit.getSourceFile().getCharContent(true).toString();
      } catch (java.io.IOException e) {
        text = "";
      }
      source = new RustcRenderer.Source(displayName(unit.getSourceFile().toUri()), text);
    }
    return source;
  }

  /** A path relative to the working directory when the file is below it. */
  static String displayName(java.net.URI uri) {
    if (!"file".equals(uri.getScheme())) {
      return uri.getPath() == null ? uri.toString() : uri.getPath().replaceFirst("^/", "");
    }
    java.nio.file.Path p = java.nio.file.Path.of(uri);
    java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
    return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
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
