package dev.jborrow.processor.cli;

import com.sun.source.util.JavacTask;
import dev.jborrow.processor.JBorrowProcessor;
import dev.jborrow.processor.diag.Finding;
import dev.jborrow.processor.diag.JsonRenderer;
import dev.jborrow.processor.diag.RustcRenderer;
import dev.jborrow.processor.diag.SarifRenderer;
import dev.jborrow.processor.model.LibraryModels;
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

  private static final List<String> OPTIONS = List.of("--cp", "--class-path", "--models",
      "--spawn-points", "--format", "--max-errors", "--color", "--audit", "--help");

  /** javac's own cap, {@code -Xmaxerrs}, and its default. */
  static final int DEFAULT_MAX_ERRORS = 100;

  private final List<Path> inputs;
  private final String classPath;
  private final List<String> models;
  private final List<String> spawnPoints;
  private final Format format;
  private final boolean audit;
  private final Colour colour;
  private final int maxErrors;

  private Check(List<Path> inputs, String classPath, List<String> models,
      List<String> spawnPoints, Format format, boolean audit, Colour colour, int maxErrors) {
    this.inputs = inputs;
    this.classPath = classPath;
    this.models = models;
    this.spawnPoints = spawnPoints;
    this.format = format;
    this.audit = audit;
    this.colour = colour;
    this.maxErrors = maxErrors;
  }

  /** Reads {@code check}'s arguments; {@code colour} is jborrow's own {@code --color}. */
  static Check parse(Args args, Colour colour) {
    List<Path> inputs = new ArrayList<>();
    String cp = null;
    List<String> models = new ArrayList<>();
    List<String> spawnPoints = new ArrayList<>();
    Format format = Format.HUMAN;
    boolean audit = false;
    int maxErrors = DEFAULT_MAX_ERRORS;
    while (args.hasNext()) {
      Args.Arg a = args.next();
      switch (a.name()) {
        case "--cp", "--class-path", "-cp" -> cp = args.value(a);
        case "--models" -> models.addAll(list(args, a));
        case "--spawn-points" -> {
          for (String s : list(args, a)) {
            int hash = s.indexOf('#');
            if (hash <= 0 || hash == s.length() - 1) {
              throw args.usage("invalid value `" + s + "` for `--spawn-points`: expected "
                  + "fully.qualified.Type#method");
            }
            spawnPoints.add(s);
          }
        }
        case "--format" -> {
          String f = args.value(a);
          try {
            format = Format.valueOf(f.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw args.usage("invalid value `" + f + "` for `--format`: use human, json or "
                + "sarif");
          }
        }
        case "--max-errors" -> maxErrors = args.count(a);
        case "--color" -> colour = Colour.parse(args, a);
        case "--audit" -> {
          args.flag(a);
          audit = true;
        }
        default -> {
          if (a.isOption()) {
            throw args.usage("unknown option `" + a.name() + "` for `jborrow check`"
                + Suggestion.of(a.name(), OPTIONS));
          }
          inputs.add(Path.of(a.name()));
        }
      }
    }
    if (inputs.isEmpty()) {
      throw args.usage("check needs at least one file or directory");
    }
    for (String m : models) {
      if (!LibraryModels.BUILT_IN.containsKey(m) && !Files.isRegularFile(Path.of(m))) {
        throw args.usage("`--models`: no such file: " + m + " (built-in models: "
            + String.join(", ", new java.util.TreeSet<>(LibraryModels.BUILT_IN.keySet())) + ")");
      }
    }
    return new Check(inputs, cp, models, spawnPoints, format, audit, colour, maxErrors);
  }

  /** A comma-separated list; an empty element is a mistake, not a thing to skip. */
  private static List<String> list(Args args, Args.Arg option) {
    List<String> items = new ArrayList<>();
    for (String item : args.value(option).split(",", -1)) {
      if (item.isBlank()) {
        throw args.usage("`" + option.name() + "` has an empty element in its list");
      }
      items.add(item.trim());
    }
    return items;
  }

  int run(PrintStream out, PrintStream err, Terminal terminal) {
    List<File> files = new ArrayList<>();
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new UsageException("no such file or directory: " + p, Help.Topic.CHECK);
      }
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted()
            .forEach(f -> files.add(f.toFile()));
      } catch (IOException e) {
        throw new UsageException("cannot read " + p + ": " + e.getMessage(), Help.Topic.CHECK);
      }
    }
    if (files.isEmpty()) {
      throw new UsageException("no .java files in " + String.join(", ",
          inputs.stream().map(Path::toString).toList()), Help.Topic.CHECK);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      err.println("error: this Java runtime has no compiler; run jborrow with a JDK");
      return 3;
    }
    if (audit) {
      return Audit.run(javac, files, out, err);
    }
    List<Finding> findings = new ArrayList<>();
    DiagnosticCollector<JavaFileObject> javacDiagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(javacDiagnostics, null,
        StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask) javac.getTask(new StringWriter(), fm, javacDiagnostics,
          javacOptions(), null, fm.getJavaFileObjectsFromFiles(files));
      task.setProcessors(List.of(new JBorrowProcessor(findings::add)));
      task.analyze();
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 3;
    }
    List<Diagnostic<? extends JavaFileObject>> javacMessages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : javacDiagnostics.getDiagnostics()) {
      String msg = d.getMessage(Locale.ROOT);
      // A finding reaches javac too, at its place; the listener gave it already. A coded
      // message at no place (a bad model file) reaches javac only.
      boolean finding = d.getSource() != null && HumanReport.CODED.matcher(msg).lookingAt();
      if (!finding && (d.getKind() == Diagnostic.Kind.ERROR || msg.startsWith("jborrow:")
          || HumanReport.CODED.matcher(msg).lookingAt())) {
        javacMessages.add(d);
      }
    }
    HumanReport report = new HumanReport(new RustcRenderer(colour.enabled(terminal)),
        format == Format.HUMAN ? maxErrors : 0, err);
    javacMessages.forEach(report::javacMessage);
    switch (format) {
      case JSON -> out.print(JsonRenderer.render(findings));
      case SARIF -> out.print(SarifRenderer.render(findings));
      case HUMAN -> findings.forEach(report::finding);
    }
    if (format == Format.HUMAN) {
      report.summary();
    }
    return report.failed() || findings.stream().anyMatch(f -> !f.warning()) ? 1 : 0;
  }

  /**
   * No javac cap: the report applies {@code --max-errors} to javac's errors and jborrow's
   * together, and counts the rest. The -A options are those a build would give.
   */
  private List<String> javacOptions() throws IOException {
    List<String> options = new ArrayList<>(List.of("-Xlint:none",
        "-Xmaxerrs", String.valueOf(Integer.MAX_VALUE), "-d", tempDir().toString()));
    String cp = classPath();
    if (!cp.isEmpty()) {
      options.add("-cp");
      options.add(cp);
    }
    if (!models.isEmpty()) {
      options.add("-Ajborrow.models=" + String.join(",", models));
    }
    if (!spawnPoints.isEmpty()) {
      options.add("-Ajborrow.spawnPoints=" + String.join(",", spawnPoints));
    }
    return options;
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
