package dev.jborrow.playground;

import dev.jborrow.processor.diag.Finding;
import dev.jborrow.processor.diag.Json;
import dev.jborrow.processor.diag.JsonRenderer;
import dev.jborrow.processor.diag.RustcRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * What one check found: jborrow's findings, and javac's own errors (a program that does not
 * compile is reported as javac reports it; jborrow's analysis needs an attributed program).
 *
 * @param file the name the program was compiled under
 * @param millis how long javac and jborrow took, wall clock
 * @param cpuMillis the CPU time they took (the same on an idle machine, less on a busy one)
 */
public record CheckResult(String file, String source, List<Finding> findings,
    List<JavacError> javacErrors, long millis, long cpuMillis) {

  /** One error of javac's own, placed for the editor. */
  public record JavacError(String message, int line, int column, long start, long end) {}

  public CheckResult {
    findings = List.copyOf(findings);
    javacErrors = List.copyOf(javacErrors);
  }

  static CheckResult of(String file, String source, List<Finding> findings,
      List<Diagnostic<? extends JavaFileObject>> diagnostics, long millis, long cpuMillis) {
    List<JavacError> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      String message = d.getMessage(Locale.ROOT);
      // jborrow's findings arrive through the listener, with their spans and labels.
      if (d.getKind() == Diagnostic.Kind.ERROR && !message.matches("(?s)^\\[[EJ]\\d{4}\\] .*")) {
        errors.add(new JavacError(message, (int) d.getLineNumber(), (int) d.getColumnNumber(),
            d.getStartPosition(), d.getEndPosition()));
      }
    }
    return new CheckResult(file, source, findings, errors, millis, cpuMillis);
  }

  public int errorCount() {
    return javacErrors.size() + (int) findings.stream().filter(f -> !f.warning()).count();
  }

  public int warningCount() {
    return (int) findings.stream().filter(Finding::warning).count();
  }

  /** The report as {@code jborrow check} prints it, with rustc's ANSI colours. */
  public String report() {
    RustcRenderer renderer = new RustcRenderer(true);
    StringBuilder out = new StringBuilder();
    for (JavacError e : javacErrors) {
      out.append("\u001b[1;31merror\u001b[0m\u001b[1m: ").append(e.message())
          .append("\u001b[0m\n  \u001b[1;34m-->\u001b[0m ").append(file).append(':')
          .append(e.line()).append(':').append(e.column()).append("\n\n");
    }
    TreeSet<String> codes = new TreeSet<>();
    for (Finding f : findings) {
      out.append(renderer.render(f.diagnostic(), f.source(), f.warning())).append('\n');
      if (!f.warning()) {
        codes.add(f.diagnostic().code().name());
      }
    }
    out.append(renderer.summary(errorCount(), warningCount(), new ArrayList<>(codes)));
    return out.toString();
  }

  /**
   * The answer to the page: the report, jborrow's findings in the command line's JSON format
   * (positions and labels for the editor's underlines), and javac's errors.
   */
  public String toJson() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("file", file);
    summary.put("errors", errorCount());
    summary.put("warnings", warningCount());
    summary.put("millis", millis);
    summary.put("cpuMillis", cpuMillis);
    summary.put("report", report());
    List<Object> javac = new ArrayList<>();
    for (JavacError e : javacErrors) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("message", e.message());
      o.put("from", e.start());
      o.put("to", Math.max(e.end(), e.start() + 1));
      javac.add(o);
    }
    summary.put("javacErrors", javac);
    return "{\"summary\": " + Json.write(summary).strip()
        + ",\n\"findings\": " + JsonRenderer.render(findings).strip() + "}\n";
  }
}
