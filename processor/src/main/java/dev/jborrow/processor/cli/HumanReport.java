package dev.jborrow.processor.cli;

import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.Finding;
import dev.jborrow.processor.diag.RustcRenderer;
import dev.jborrow.processor.diag.Span;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The rustc-style report on stderr: javac's own messages and jborrow's findings in one layout,
 * the first {@code maxErrors} errors shown (as javac's {@code -Xmaxerrs}) and the rest counted,
 * then rustc's closing lines.
 */
final class HumanReport {

  /** A message jborrow gave javac itself, with its code: {@code [J0004] invalid ...}. */
  static final Pattern CODED = Pattern.compile("\\[((?:E|J)\\d{4})\\] (.*)");

  private final RustcRenderer renderer;
  private final int maxErrors;
  private final PrintStream err;
  private final Map<JavaFileObject, RustcRenderer.Source> sources = new HashMap<>();
  private final TreeSet<String> codes = new TreeSet<>();
  private int errors;
  private int warnings;

  /** @param maxErrors how many errors to show; 0 shows all */
  HumanReport(RustcRenderer renderer, int maxErrors, PrintStream err) {
    this.renderer = renderer;
    this.maxErrors = maxErrors;
    this.err = err;
  }

  /**
   * A message of javac's: its first line as the headline, the lines below as notes, and the
   * source line with javac's caret, widened to javac's span when the span starts there.
   */
  void javacMessage(Diagnostic<? extends JavaFileObject> d) {
    boolean error = d.getKind() == Diagnostic.Kind.ERROR;
    if (!count(error)) {
      return;
    }
    List<String> lines = Arrays.asList(d.getMessage(Locale.ROOT).split("\\R"));
    Matcher coded = CODED.matcher(lines.get(0));
    Code code = coded.matches() ? Code.valueOf(coded.group(1)) : null;
    if (code != null && error) {
      codes.add(code.name());
    }
    List<String> notes = lines.subList(1, lines.size()).stream().map(String::strip)
        .filter(l -> !l.isEmpty()).toList();
    Span at = null;
    RustcRenderer.Source source = null;
    long pos = d.getPosition();
    if (d.getSource() != null && pos != Diagnostic.NOPOS) {
      source = source(d.getSource());
      long start = d.getStartPosition();
      long end = d.getEndPosition();
      at = start == pos && end > start ? new Span(null, start, end) : new Span(null, pos, pos + 1);
    }
    err.print(renderer.renderCompilerMessage(!error, code,
        code == null ? lines.get(0) : coded.group(2), at, notes, source));
    err.println();
  }

  void finding(Finding f) {
    if (!f.warning()) {
      codes.add(f.diagnostic().code().name());
    }
    if (count(!f.warning())) {
      err.print(renderer.render(f.diagnostic(), f.source(), f.warning()));
      err.println();
    }
  }

  /** Counts a message; whether to show it. */
  private boolean count(boolean error) {
    if (!error) {
      warnings++;
      return true;
    }
    errors++;
    return maxErrors == 0 || errors <= maxErrors;
  }

  /** javac's count of the errors not shown, then rustc's closing lines. */
  void summary() {
    if (maxErrors > 0 && errors > maxErrors) {
      int hidden = errors - maxErrors;
      err.println("note: " + hidden + " more error" + (hidden == 1 ? "" : "s") + " not shown: "
          + "only the first " + maxErrors + " of " + errors + " are; `--max-errors 0` shows "
          + "them all");
      err.println();
    }
    err.print(renderer.summary(errors, warnings, new ArrayList<>(codes)));
  }

  boolean failed() {
    return errors > 0;
  }

  private RustcRenderer.Source source(JavaFileObject file) {
    return sources.computeIfAbsent(file, RustcRenderer.Source::of);
  }
}
