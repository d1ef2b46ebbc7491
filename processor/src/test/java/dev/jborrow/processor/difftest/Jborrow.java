package dev.jborrow.processor.difftest;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jborrow.processor.testing.FixtureCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** The side under test: the Java twin compiled in process with the processor. */
final class Jborrow {

  private Jborrow() {}

  /**
   * jborrow's findings (a J0999 warning included), and javac's own errors as code {@code javac}
   * (the generator's fault).
   */
  static List<Report> check(String qualifiedName, String source) {
    Compilation c = FixtureCompiler.compile(List.of(), List.of(),
        JavaFileObjects.forSourceString(qualifiedName, source));
    List<Report> out = new ArrayList<>();
    for (FixtureCompiler.Reported r : FixtureCompiler.jborrow(c)) {
      out.add(Report.of(r.line(), r.code(), r.message()));
    }
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      String msg = d.getMessage(Locale.ROOT);
      if (d.getKind() == Diagnostic.Kind.ERROR && !msg.startsWith("[")) {
        out.add(new Report(d.getLineNumber(), "javac", msg));
      }
    }
    return out;
  }
}
