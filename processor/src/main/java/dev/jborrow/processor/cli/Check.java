package dev.jborrow.processor.cli;

import com.sun.source.util.JavacTask;
import dev.jborrow.processor.JBorrowProcessor;
import dev.jborrow.processor.diag.Finding;
import dev.jborrow.processor.diag.JsonRenderer;
import dev.jborrow.processor.diag.RustcRenderer;
import dev.jborrow.processor.diag.SarifRenderer;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** {@code jborrow check}: compiles sources with the checker, through to javac's analysis. */
final class Check {

  enum Format {
    HUMAN,
    JSON,
    SARIF
  }

  private final List<Path> inputs;
  private final String classPath;
  private final Format format;
  private final boolean audit;

  private Check(List<Path> inputs, String classPath, Format format, boolean audit) {
    this.inputs = inputs;
    this.classPath = classPath;
    this.format = format;
    this.audit = audit;
  }

  static Check parse(List<String> args) {
    List<Path> inputs = new ArrayList<>();
    String cp = null;
    Format format = Format.HUMAN;
    boolean audit = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--cp", "--class-path", "-cp" -> cp = value(args, ++i, a);
        case "--format" -> {
          String f = value(args, ++i, a);
          try {
            format = Format.valueOf(f.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--format " + f + " is not a format; use human, json "
                + "or sarif");
          }
        }
        case "--audit" -> audit = true;
        default -> {
          if (a.startsWith("-")) {
            throw new Main.UsageException("unknown option `" + a + "` for check");
          }
          inputs.add(Path.of(a));
        }
      }
    }
    if (inputs.isEmpty()) {
      throw new Main.UsageException("check needs at least one file or directory");
    }
    return new Check(inputs, cp, format, audit);
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new Main.UsageException(option + " needs a value");
    }
    return args.get(i);
  }

  int run(PrintStream out, PrintStream err) {
    List<File> files = new ArrayList<>();
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        err.println("jborrow: no such file or directory: " + p);
        return 2;
      }
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted()
            .forEach(f -> files.add(f.toFile()));
      } catch (IOException e) {
        err.println("jborrow: cannot read " + p + ": " + e.getMessage());
        return 2;
      }
    }
    if (files.isEmpty()) {
      err.println("jborrow: no .java files in " + inputs);
      return 2;
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      err.println("jborrow: this Java runtime has no compiler; run it with a JDK");
      return 2;
    }
    if (audit) {
      return Audit.run(javac, files, out, err);
    }
    List<Finding> findings = new ArrayList<>();
    DiagnosticCollector<JavaFileObject> javacDiagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(javacDiagnostics, null,
        StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of("-Xlint:none", "-Xmaxerrs", "10000",
          "-d", tempDir().toString()));
      String cp = classPath();
      if (!cp.isEmpty()) {
        options.add("-cp");
        options.add(cp);
      }
      JavacTask task = (JavacTask) javac.getTask(new StringWriter(), fm, javacDiagnostics,
          options, null, fm.getJavaFileObjectsFromFiles(files));
      task.setProcessors(List.of(new JBorrowProcessor(findings::add)));
      task.analyze();
    } catch (IOException e) {
      err.println("jborrow: " + e.getMessage());
      return 2;
    }
    List<Diagnostic<? extends JavaFileObject>> javacErrors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : javacDiagnostics.getDiagnostics()) {
      String msg = d.getMessage(Locale.ROOT);
      boolean ours = msg.matches("(?s)^\\[[EJ]\\d{4}\\] .*");
      if (!ours && (d.getKind() == Diagnostic.Kind.ERROR
          || msg.startsWith("jborrow:") || msg.startsWith("[J0004]"))) {
        javacErrors.add(d);
      }
    }
    switch (format) {
      case JSON -> out.print(JsonRenderer.render(findings));
      case SARIF -> out.print(SarifRenderer.render(findings));
      case HUMAN -> human(findings, javacErrors, out);
    }
    boolean failed = !javacErrors.isEmpty()
        || findings.stream().anyMatch(f -> !f.warning());
    if (format != Format.HUMAN) {
      for (Diagnostic<? extends JavaFileObject> d : javacErrors) {
        err.println(javacLine(d));
      }
    }
    return failed ? 1 : 0;
  }

  private static void human(List<Finding> findings,
      List<Diagnostic<? extends JavaFileObject>> javacErrors, PrintStream out) {
    boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
    RustcRenderer renderer = new RustcRenderer(colour);
    int errors = 0;
    int warnings = 0;
    TreeSet<String> codes = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> d : javacErrors) {
      out.println(javacLine(d));
      out.println();
      errors++;
    }
    for (Finding f : findings) {
      out.print(renderer.render(f.diagnostic(), f.source(), f.warning()));
      out.println();
      if (f.warning()) {
        warnings++;
      } else {
        errors++;
        codes.add(f.diagnostic().code().name());
      }
    }
    out.print(renderer.summary(errors, warnings, new ArrayList<>(codes)));
  }

  private static String javacLine(Diagnostic<? extends JavaFileObject> d) {
    String where = d.getSource() == null ? ""
        : "\n  --> " + d.getSource().getName() + ":" + d.getLineNumber() + ":"
            + d.getColumnNumber();
    return (d.getKind() == Diagnostic.Kind.ERROR ? "error" : "warning") + ": "
        + d.getMessage(Locale.ROOT) + where;
  }

  /** The user's class path, and the annotations jar the command line itself runs with. */
  private String classPath() {
    List<String> parts = new ArrayList<>();
    if (classPath != null) {
      parts.add(classPath);
    }
    URL annotations = ClassLoader.getSystemResource("dev/jborrow/Owned.class");
    if (annotations != null && "jar".equals(annotations.getProtocol())) {
      String jar = annotations.getPath();
      jar = jar.substring(0, jar.indexOf('!'));
      try {
        parts.add(Path.of(new java.net.URI(jar)).toString());
      } catch (URISyntaxException e) {
        // an unusual location: the user's --cp must supply the annotations then
      }
    } else if (annotations != null && "file".equals(annotations.getProtocol())) {
      try {
        Path classFile = Path.of(annotations.toURI());
        parts.add(classFile.getParent().getParent().getParent().toString());
      } catch (URISyntaxException e) {
        // as above
      }
    }
    return String.join(File.pathSeparator, parts);
  }

  private static Path tempDir() throws IOException {
    Path dir = Files.createTempDirectory("jborrow-check");
    dir.toFile().deleteOnExit();
    return dir;
  }
}
