package dev.jborrow.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jborrow.processor.testing.Fixture;
import dev.jborrow.processor.testing.FixtureCompiler;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The checker started as a javac plugin: the same findings as the processor, its options as
 * arguments, started by javac with no flag from the processor path, and no double report when a
 * build names the processor too.
 */
class PluginTest {

  /** One fixture in this many, spread over every folder: the plugin shares all the analysis. */
  private static final int SAMPLE = 6;

  private static final String MOVE = """
      import dev.jborrow.Owned;
      @Owned final class Buf {}
      class Use {
        static void take(@Owned Buf b) {}
        void f() {
          Buf b = new Buf();
          take(b);
          take(b);
        }
      }
      """;

  @TestFactory
  Stream<DynamicTest> fixturesGiveTheSameFindings() throws IOException, URISyntaxException {
    Path root = Path.of(PluginTest.class.getResource("/fixtures").toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      // Newer javac only, or pending: FixtureTest runs or reports them.
      files = walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.toString().contains("/java2"))
          .filter(p -> !Files.exists(p.resolveSibling("PENDING")))
          .sorted().toList();
    }
    if (files.size() < SAMPLE) {
      fail("no fixtures under " + root);
    }
    return IntStream.range(0, files.size()).filter(i -> i % SAMPLE == 0).mapToObj(files::get)
        .map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), p.toUri(), () -> {
          Fixture f = Fixture.read(p);
          List<String> problems = FixtureCompiler.problems(FixtureCompiler.compileWithPlugin(f),
              f.expected());
          if (!problems.isEmpty()) {
            fail(f.path().getFileName() + ":\n  " + String.join("\n  ", problems));
          }
        }));
  }

  @Test
  void badArgumentsAreErrorsThatNameThem() {
    Compilation c = compile(List.of("-proc:none", "-Xplugin:JBorrow fromat=rustc stress=maybe"));
    assertEquals(Compilation.Status.FAILURE, c.status());
    assertEquals(List.of(
        "jborrow: unknown argument fromat of -Xplugin:JBorrow; known arguments are format, "
            + "models, sarif, spawnPoints, stats, stress, warnOnly",
        "jborrow: stress=maybe is not a boolean; use stress or stress=false"), messages(c,
        Diagnostic.Kind.ERROR));
  }

  @Test
  void argumentsAreTheOptions() {
    Compilation c = compile(List.of("-Xplugin:JBorrow warnOnly stats"));
    assertEquals(Compilation.Status.SUCCESS, c.status(), c.diagnostics().toString());
    List<String> warnings = messages(c, Diagnostic.Kind.MANDATORY_WARNING);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("[E0382] use of moved value: `b`"), warnings.get(0));
    assertTrue(messages(c, Diagnostic.Kind.NOTE).stream()
        .anyMatch(n -> n.startsWith("jborrow: 2 classes")), c.diagnostics().toString());
  }

  @Test
  void statsGiveTheElapsedAndTheCpuTime() {
    Compilation c = compile(List.of("-Xplugin:JBorrow warnOnly stats"));
    // The CPU time is left out where the JVM cannot measure a thread's (HotSpot on Linux can).
    String cpu = java.lang.management.ManagementFactory.getThreadMXBean()
        .isCurrentThreadCpuTimeSupported() ? " \\(cpu [0-9]+\\.[0-9] ms\\)" : "";
    java.util.regex.Pattern line = java.util.regex.Pattern.compile("jborrow: 2 classes, "
        + "[0-9]+ bodies analysed, 0 errors, 1 warnings, [0-9]+\\.[0-9] ms" + cpu
        + ", findings \\{E0382=1\\}");
    List<String> notes = messages(c, Diagnostic.Kind.NOTE);
    assertTrue(notes.stream().anyMatch(n -> line.matcher(n).matches()), notes.toString());
  }

  @Test
  void warnOnlyFindingsAreNotHiddenByNowarn() {
    // maven-compiler-plugin passes -nowarn unless told otherwise
    Compilation c = compile(List.of("-nowarn", "-Xplugin:JBorrow warnOnly"));
    assertEquals(Compilation.Status.SUCCESS, c.status(), c.diagnostics().toString());
    List<String> warnings = messages(c, Diagnostic.Kind.MANDATORY_WARNING);
    assertEquals(1, warnings.size(), c.diagnostics().toString());
    assertTrue(warnings.get(0).startsWith("[E0382] use of moved value: `b`"), warnings.get(0));
  }

  @Test
  void theJarOnTheProcessorPathIsAllItTakes() throws IOException, InterruptedException {
    // No flag and no processor: javac starts the plugin itself, and runs no processing round
    // (-XprintRounds would print "Round 1:"). The javac command, not javax.tools in this JVM:
    // javac would find the processors on the test class path (AutoValue's) through its loader.
    Path dir = Files.createTempDirectory("jborrow-entry");
    Path source = Files.writeString(dir.resolve("Use.java"), MOVE);
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    Process p = new ProcessBuilder(javac.toString(), "-XprintRounds", "-d", dir.toString(),
        "-cp", FixtureCompiler.annotationsJar().getPath(),
        "-processorpath", FixtureCompiler.checkerClasses().getPath(), source.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(1, p.waitFor(), output);
    assertTrue(output.contains("error: [E0382] use of moved value: `b`"), output);
    assertFalse(output.contains("Round 1"), output);
  }

  @Test
  void statsReadTheSameInEveryLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.GERMANY); // a decimal comma: 283,0
    Compilation c;
    try {
      c = compile(List.of("-Xplugin:JBorrow warnOnly stats"));
    } finally {
      java.util.Locale.setDefault(before);
    }
    List<String> notes = messages(c, Diagnostic.Kind.NOTE);
    assertTrue(notes.stream().anyMatch(n -> n.startsWith("jborrow: 2 classes")
        && java.util.regex.Pattern.compile(" [0-9]+\\.[0-9] ms[ ,]").matcher(n).find()
        && !n.matches(".*[0-9],[0-9] ms.*")), notes.toString());
  }

  @Test
  void statsWithoutTheManagementModuleGiveTheElapsedTimeAlone()
      throws IOException, InterruptedException {
    // A trimmed runtime: javac's JVM without java.management, which reads a thread's CPU time
    // (jdk.zipfs stays: javac reads the annotations jar through it).
    Path dir = Files.createTempDirectory("jborrow-trimmed");
    Path source = Files.writeString(dir.resolve("Use.java"), MOVE);
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    Process p = new ProcessBuilder(javac.toString(),
        "-J--limit-modules", "-Jjdk.compiler,jdk.zipfs", "-d", dir.toString(),
        "-cp", FixtureCompiler.annotationsJar().getPath(), "-proc:none",
        "-processorpath", FixtureCompiler.checkerClasses().getPath(),
        "-Xplugin:JBorrow stats", source.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(1, p.waitFor(), output);
    assertTrue(output.contains("error: [E0382] use of moved value: `b`"), output);
    assertTrue(java.util.regex.Pattern.compile("jborrow: 2 classes, [0-9]+ bodies analysed, "
        + "1 errors, 0 warnings, [0-9]+\\.[0-9] ms, findings \\{E0382=1\\}").matcher(output)
        .find(), output);
  }

  @Test
  void processorOptionsOnTheJavacCommandLineAreNamedNotDropped()
      throws IOException, InterruptedException {
    // The one-entry setup runs no processor, so javac hands -Ajborrow.* to nobody: the plugin
    // finds them on its command line, and in an @argfile as a forking build writes them.
    Path dir = Files.createTempDirectory("jborrow-stray");
    Path source = Files.writeString(dir.resolve("Use.java"), MOVE);
    Path argFile = Files.writeString(dir.resolve("args"), "-Ajborrow.format=rustc\n");
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    Process p = new ProcessBuilder(javac.toString(), "-nowarn", "-d", dir.toString(),
        "-cp", FixtureCompiler.annotationsJar().getPath(),
        "-processorpath", FixtureCompiler.checkerClasses().getPath(),
        "-Ajborrow.warnOnly", "@" + argFile, source.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(1, p.waitFor(), output);
    assertTrue(output.contains("warning: jborrow: -Ajborrow.warnOnly -Ajborrow.format=rustc have"
        + " no effect: javac hands -A options only to annotation processors, and jborrow runs as"
        + " a javac plugin here; pass them as plugin arguments instead: -Xplugin:\"JBorrow"
        + " warnOnly format=rustc\" (docs/build.md)"), output);
    // Not honoured: the finding is still an error, in the plain format.
    assertTrue(output.contains("error: [E0382] use of moved value: `b`"), output);
  }

  @Test
  void theNamedProcessorChecksAndThePluginStandsAside() throws IOException {
    // Both start, as when a build names the processor (<annotationProcessors>) and passes
    // -Xplugin:JBorrow too: one report, with the processor's -A options; the plugin's ignored
    // arguments are a warning that -nowarn does not hide.
    Run run = run(List.of("-nowarn", "-processor", JBorrowProcessor.class.getName(),
        "-Ajborrow.format=rustc", "-Xplugin:JBorrow stats"));
    assertEquals(List.of(false, 1), List.of(run.ok(), run.errors().size()), run.all());
    assertTrue(run.errors().get(0).startsWith("[E0382]") && run.errors().get(0).contains(" | "),
        "rustc format expected: " + run.errors().get(0));
    assertEquals(List.of("jborrow: the processor checks this compilation with its -Ajborrow "
        + "options; the arguments of -Xplugin:JBorrow are ignored: stats"),
        messages(run.diagnostics(), Diagnostic.Kind.MANDATORY_WARNING), run.all());
  }

  /** A compilation as a build runs it: the checker's classes on the processor path. */
  private record Run(boolean ok, List<Diagnostic<? extends JavaFileObject>> diagnostics,
      String output) {
    List<String> errors() {
      return messages(diagnostics, Diagnostic.Kind.ERROR);
    }

    String all() {
      return diagnostics + "\n" + output;
    }
  }

  private static Run run(List<String> extra) throws IOException {
    // Not through Compile Testing: it names the processors itself, so javac would discover none.
    JavaCompiler tool = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out = Files.createTempDirectory("jborrow-plugin");
    List<String> options = new java.util.ArrayList<>(List.of("-d", out.toString(),
        "-cp", FixtureCompiler.annotationsJar().getPath(),
        "-processorpath", FixtureCompiler.checkerClasses().getPath()));
    options.addAll(extra);
    java.io.StringWriter output = new java.io.StringWriter();
    boolean ok = tool.getTask(output, null, diagnostics, options, null,
        List.of(JavaFileObjects.forSourceString("Use", MOVE))).call();
    return new Run(ok, diagnostics.getDiagnostics(), output.toString());
  }

  private static Compilation compile(List<String> options) {
    List<String> opts = new java.util.ArrayList<>(List.of("-processorpath",
        FixtureCompiler.checkerClasses().getPath()));
    opts.addAll(options);
    return javac()
        .withClasspath(List.of(FixtureCompiler.annotationsJar()))
        .withOptions(opts)
        .compile(JavaFileObjects.forSourceString("Use", MOVE));
  }

  private static List<String> messages(Compilation c, Diagnostic.Kind kind) {
    return messages(c.diagnostics(), kind);
  }

  private static List<String> messages(List<Diagnostic<? extends JavaFileObject>> all,
      Diagnostic.Kind kind) {
    return all.stream().filter(d -> d.getKind() == kind)
        .map((Diagnostic<? extends JavaFileObject> d) -> d.getMessage(Locale.ROOT)).toList();
  }
}
