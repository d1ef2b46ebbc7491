package dev.jborrow.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.testing.FixtureCompiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jborrow check} and {@code jborrow explain}, as a user runs them. */
class CommandLineTest {

  @TempDir
  Path dir;

  private static final String BUGGY = """
      import dev.jborrow.*;
      class Demo {
        @Owned static final class Buf { int len() { return 0; } }
        static void keep(@Owned Buf b) {}
        static void demo() {
          Buf b = new Buf();
          keep(b);
          b.len();
        }
        @SuppressWarnings("ownership")
        static void unchecked() {}
      }
      """;

  private record Run(int status, String out, String err) {}

  /** Not a terminal, no NO_COLOR: what a test run or a pipe looks like. */
  private static final Terminal PIPE = new Terminal(Map.of(), false);

  private Run run(String... args) {
    return run(PIPE, args);
  }

  private Run run(Terminal terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    int status = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private String cp() {
    return FixtureCompiler.annotationsJar().toString();
  }

  @Test
  void checkPrintsRustcStyleOnStderrAndFails() throws IOException {
    Path f = write("Demo.java", BUGGY);
    Run r = run("check", "--cp", cp(), f.toString());
    assertEquals(1, r.status(), r.err());
    assertEquals("", r.out(), "diagnostics go to stderr, as rustc's, cargo's and javac's");
    assertTrue(r.err().startsWith("error[E0382]: use of moved value: `b`\n"), r.err());
    assertTrue(r.err().contains("Demo.java:8:5"), r.err());
    assertTrue(r.err().contains("6 |     Buf b = new Buf();\n  |         - move occurs because `b` "
        + "has type `Buf`, which is `@Owned`"), r.err());
    assertTrue(r.err().contains("7 |     keep(b);\n  |          - value moved here"), r.err());
    assertTrue(r.err().contains("8 |     b.len();\n  |     ^ value used here after move"),
        r.err());
    assertTrue(r.err().endsWith("error: aborting due to 1 previous error\n\n"
        + "For more information about this error, try `jborrow explain E0382`.\n"), r.err());
  }

  @Test
  void cleanSourcesExitZero() throws IOException {
    Path f = write("Fine.java", "class Fine { void f() {} }\n");
    Run r = run("check", f.toString());
    assertEquals(0, r.status(), r.out() + r.err());
    assertEquals("", r.out() + r.err());
  }

  @Test
  void javacsOwnErrorsShowTheirSourceLineAndCaret() throws IOException {
    Path f = write("Bad.java", "class Bad {\n  int f() { return \"x\"; }\n"
        + "  void g() { y = 1; }\n}\n");
    Run r = run("check", f.toString());
    assertEquals(1, r.status());
    String file = f.toString();
    assertEquals("error: incompatible types: java.lang.String cannot be converted to int\n"
        + " --> " + file + ":2:20\n"
        + "  |\n"
        + "2 |   int f() { return \"x\"; }\n"
        + "  |                    ^^^\n"
        + "\n"
        + "error: cannot find symbol\n"
        + " --> " + file + ":3:14\n"
        + "  |\n"
        + "3 |   void g() { y = 1; }\n"
        + "  |              ^\n"
        + "  |\n"
        + "  = note: symbol:   variable y\n"
        + "  = note: location: class Bad\n"
        + "\n"
        + "error: aborting due to 2 previous errors\n\n", r.err());
  }

  @Test
  void jsonListsEveryFinding() throws IOException {
    Path f = write("Demo.java", BUGGY);
    Run r = run("check", "--cp", cp(), "--format", "json", f.toString());
    assertEquals(1, r.status());
    assertEquals("", r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(1, json.size());
    assertEquals("E0382", json.get(0).get("code").asText());
    assertEquals(8, json.get(0).get("primary").get("line").asInt());
    assertEquals("value moved here", json.get(0).get("labels").get(0).get("label").asText());
  }

  @Test
  void sarifValidatesAgainstTheOfficialSchema() throws IOException {
    Path f = write("Demo.java", BUGGY);
    Run r = run("check", "--cp", cp(), "--format", "sarif", f.toString());
    assertEquals(1, r.status());
    assertValidSarif(r.out(), 1);
  }

  @Test
  void sarifFromTheBuildOptionValidatesToo() throws IOException {
    Path sarif = dir.resolve("out/jborrow.sarif");
    FixtureCompiler.compile(List.of("-Ajborrow.sarif=" + sarif), List.of(),
        JavaFileObjects.forSourceString("Demo", BUGGY));
    assertValidSarif(Files.readString(sarif), 1);
  }

  static void assertValidSarif(String text, int results) throws IOException {
    JsonSchema schema;
    try (InputStream in = CommandLineTest.class.getResourceAsStream(
        "/schema/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode log = new ObjectMapper().readTree(text);
    Set<ValidationMessage> problems = schema.validate(log);
    assertEquals(Set.of(), problems, text);
    assertEquals(results, log.get("runs").get(0).get("results").size());
    assertEquals("E0382", log.get("runs").get(0).get("results").get(0).get("ruleId").asText());
  }

  @Test
  void auditListsSuppressions() throws IOException {
    Path f = write("Demo.java", BUGGY);
    Run r = run("check", "--audit", f.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("Demo.java:10:3: method `unchecked` is not checked"), r.out());
    assertTrue(r.out().contains("1 suppression of ownership checks"), r.out());
  }

  @Test
  void explainEveryCode() {
    for (Code c : Code.values()) {
      Run r = run("explain", c.name().toLowerCase(java.util.Locale.ROOT));
      assertEquals(0, r.status(), c + ": " + r.err());
      assertTrue(r.out().startsWith("# " + c.name() + ": " + c.summary()), r.out());
    }
  }

  @Test
  void explainTakesTheCodeWithoutItsE() {
    Run plain = run("explain", "0502");
    assertEquals(0, plain.status(), plain.err());
    assertEquals(run("explain", "E0502").out(), plain.out());
    assertTrue(plain.out().startsWith("# E0502: "), plain.out());
    Run jCode = run("explain", "0001");
    assertEquals(2, jCode.status());
    assertTrue(jCode.err().startsWith("error: `0001` is not a jborrow code: J codes keep their J "
        + "(`jborrow explain J0001`)\n"), jCode.err());
    assertEquals(0, run("explain", "J0001").status());
  }

  @Test
  void usageErrorsNameTheArgumentAndExitTwo() {
    Run none = run();
    assertEquals(2, none.status());
    assertEquals("error: no command given; the commands are check, explain, playground and "
        + "help\n\n"
        + "Usage: jborrow [OPTIONS] COMMAND [ARGS]...\n\n"
        + "For more information, try `jborrow help`.\n", none.err());
    String[][] cases = {
        {"no such command `chek`", "chek"},
        {"unknown option `--colour`", "--colour", "check", "x.java"},
        {"invalid value `blue` for `--color`", "--color", "blue", "check", "x.java"},
        {"invalid value `xml` for `--format`: use human, json or sarif", "check", "--format",
            "xml", "x.java"},
        {"unknown option `--fast` for `jborrow check`", "check", "--fast", "x.java"},
        {"option `--cp` needs a value", "check", "x.java", "--cp"},
        {"option `--cp` needs a value", "check", "--cp", "--audit", "x.java"},
        {"option `--audit` takes no value", "check", "--audit=yes", "x.java"},
        {"invalid value `-1` for `--max-errors`", "check", "--max-errors=-1", "x.java"},
        {"invalid value `many` for `--max-errors`", "check", "--max-errors", "many", "x.java"},
        {"invalid value `Scheduler` for `--spawn-points`: expected "
            + "fully.qualified.Type#method", "check", "--spawn-points", "Scheduler", "x.java"},
        {"`--models` has an empty element in its list", "check", "--models", "a.model,",
            "x.java"},
        {"`--models`: no such file: missing.model", "check", "--models", "missing.model",
            "x.java"},
        {"check needs at least one file or directory", "check"},
        {"`E9999` is not a jborrow code", "explain", "E9999"},
        {"unexpected argument `E0382`: explain takes one code", "explain", "E0499", "E0382"},
        {"no such command `build`", "help", "build"},
    };
    for (String[] c : cases) {
      Run r = run(java.util.Arrays.copyOfRange(c, 1, c.length));
      assertEquals(2, r.status(), String.join(" ", c));
      assertTrue(r.err().startsWith("error: " + c[0]), r.err());
      assertTrue(r.err().contains("\nUsage: jborrow "), r.err());
      assertEquals("", r.out());
    }
    assertTrue(run("chek", "x.java").err().startsWith("error: no such command `chek`; did you "
        + "mean `check`?; the commands are check, explain, playground and help\n"));
    assertTrue(run("--colour", "never").err().startsWith("error: unknown option `--colour`; did "
        + "you mean `--color`?\n"));
    assertTrue(run("check", "--max-error", "3", "x.java").err().startsWith("error: unknown "
        + "option `--max-error` for `jborrow check`; did you mean `--max-errors`?\n"));
    assertTrue(run("check", "--frobnicate", "x.java").err().startsWith("error: unknown option "
        + "`--frobnicate` for `jborrow check`\n"), "no guess when nothing is near");
    Run missing = run("check", dir.resolve("nope").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().startsWith("error: no such file or directory: "
        + dir.resolve("nope")), missing.err());
    assertTrue(missing.err().contains("For more information, try `jborrow help check`."),
        missing.err());
  }

  @Test
  void versionPrintsJborrowsAndJavacsVersions() {
    for (String flag : List.of("--version", "-V")) {
      Run r = run(flag);
      assertEquals(0, r.status());
      assertEquals("", r.err());
      assertTrue(r.out().matches("jborrow \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(javac "
          + java.util.regex.Pattern.quote(Runtime.version().toString()) + "\\)\n"), r.out());
    }
  }

  @Test
  void helpForJborrowAndEachCommand() {
    Run top = run("help");
    assertEquals(0, top.status());
    assertTrue(top.out().startsWith("Rust's ownership and borrowing rules, checked by javac\n\n"
        + "Usage: jborrow [OPTIONS] COMMAND [ARGS]...\n"), top.out());
    assertTrue(top.out().contains("  check       Compile Java sources"), top.out());
    assertTrue(top.out().contains("  playground  Start a local web page"), top.out());
    assertEquals(top.out(), run("--help").out());
    assertEquals(top.out(), run("-h").out());
    Run check = run("help", "check");
    assertEquals(0, check.status());
    assertTrue(check.out().startsWith("Compile Java sources with the ownership checker and "
        + "report what it finds\n\nUsage: jborrow check [OPTIONS] FILE|DIR...\n"), check.out());
    for (String option : List.of("--cp PATH", "--models PATH[,PATH]",
        "--spawn-points T#m[,T#m]", "--format FORMAT", "--max-errors N", "--color WHEN",
        "--audit", "-h, --help")) {
      assertTrue(check.out().contains("\n      " + option + " ")
          || check.out().contains("\n  " + option + " "), option + "\n" + check.out());
    }
    assertEquals(check.out(), run("check", "--help").out());
    assertEquals(check.out(), run("check", "-h").out());
    assertEquals(check.out(), run("check", "x.java", "--format", "json", "--help").out());
    Run explain = run("help", "explain");
    assertTrue(explain.out().contains("Usage: jborrow explain CODE\n"), explain.out());
    assertTrue(explain.out().contains("E0382 E0499"), explain.out());
    assertEquals(explain.out(), run("explain", "--help").out());
    assertTrue(run("help", "help").out().contains("Usage: jborrow help [COMMAND]\n"));
    assertTrue(run("help", "playground").out().contains("`jborrow playground --help` lists"));
    Run direct = run("playground");
    assertEquals(2, direct.status());
    assertTrue(direct.err().startsWith("error: the playground is started by the `jborrow` "
        + "launcher"), direct.err());
  }

  @Test
  void colourFollowsTheFlagTheTerminalAndNoColor() throws IOException {
    Path f = write("Demo.java", BUGGY);
    String esc = "\u001b[";
    Terminal tty = new Terminal(Map.of(), true);
    assertTrue(run(tty, "check", "--cp", cp(), f.toString()).err().contains(esc),
        "auto colours a terminal");
    assertFalse(run(PIPE, "check", "--cp", cp(), f.toString()).err().contains(esc),
        "auto does not colour a pipe");
    assertTrue(run(new Terminal(Map.of("NO_COLOR", ""), true), "check", "--cp", cp(),
        f.toString()).err().contains(esc), "an empty NO_COLOR means nothing (no-color.org)");
    assertFalse(run(new Terminal(Map.of("NO_COLOR", "1"), true), "check", "--cp", cp(),
        f.toString()).err().contains(esc), "a non-empty NO_COLOR turns colour off");
    assertFalse(run(new Terminal(Map.of("TERM", "dumb"), true), "check", "--cp", cp(),
        f.toString()).err().contains(esc), "a dumb terminal gets no colour");
    assertTrue(run(new Terminal(Map.of("NO_COLOR", "1"), false), "check", "--color", "always",
        "--cp", cp(), f.toString()).err().contains(esc), "--color always wins over NO_COLOR");
    assertTrue(run(PIPE, "--color=always", "check", "--cp", cp(), f.toString()).err()
        .contains(esc), "--color before the command, with =");
    Run never = run(tty, "check", "--color", "never", "--cp", cp(), f.toString());
    assertFalse(never.err().contains(esc), never.err());
    assertEquals(run(PIPE, "check", "--cp", cp(), f.toString()).err(), never.err());
  }

  /** 105 type errors of javac's: the first 100 are shown, the rest counted. */
  @Test
  void errorsAreCappedAsJavacCapsThemAndTheRestCounted() throws IOException {
    StringBuilder src = new StringBuilder("class Many {\n");
    for (int i = 0; i < 105; i++) {
      src.append("  int x").append(i).append(" = \"s\";\n");
    }
    Path f = write("Many.java", src.append("}\n").toString());
    Run r = run("check", f.toString());
    assertEquals(1, r.status());
    assertEquals(100, count(r.err(), "error: incompatible types"));
    assertTrue(r.err().contains("\n101 |   int x99 = \"s\";\n"), r.err());
    assertFalse(r.err().contains("int x100 ="), r.err());
    assertTrue(r.err().endsWith("note: 5 more errors not shown: only the first 100 of 105 are; "
        + "`--max-errors 0` shows them all\n\nerror: aborting due to 105 previous errors\n\n"),
        r.err());
    Run three = run("check", "--max-errors", "3", f.toString());
    assertEquals(3, count(three.err(), "error: incompatible types"));
    assertTrue(three.err().contains("note: 102 more errors not shown: only the first 3 of 105"),
        three.err());
    Run all = run("check", "--max-errors=0", f.toString());
    assertEquals(105, count(all.err(), "error: incompatible types"));
    assertFalse(all.err().contains("not shown"), all.err());
  }

  /** The cap counts findings with javac's errors; the codes of hidden ones stay listed. */
  @Test
  void theCapCountsFindingsToo() throws IOException {
    Path f = write("Two.java", """
        import dev.jborrow.*;
        class Two {
          @Owned static final class Buf { int len() { return 0; } }
          static void keep(@Owned Buf b) {}
          static Buf make() { return new Buf(); }
          static void demo() {
            Buf b = new Buf();
            keep(b);
            b.len();
          }
          @Borrowed static Buf none() { return make(); }
        }
        """);
    Run all = run("check", "--cp", cp(), f.toString());
    assertEquals(2, count(all.err(), "\nerror[") + (all.err().startsWith("error[") ? 1 : 0),
        all.err());
    Run one = run("check", "--cp", cp(), "--max-errors", "1", f.toString());
    assertEquals(1, one.status());
    assertTrue(one.err().startsWith("error[E0382]"), one.err());
    assertFalse(one.err().contains("error[E0106]"), one.err());
    assertTrue(one.err().contains("note: 1 more error not shown: only the first 1 of 2 are"),
        one.err());
    assertTrue(one.err().contains("Some errors have detailed explanations: E0106, E0382."),
        one.err());
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void modelsAndSpawnPointsMirrorTheBuildOptions() {
    String fixtures = "src/test/resources/fixtures/";
    String models = fixtures + "models/UserModelUseAfterRegister";
    Run without = run("check", "--cp", cp(), models + ".java");
    assertFalse(without.err().contains("E0382"), without.err());
    Run with = run("check", "--cp", cp(), "--models", models + ".model", models + ".java");
    assertEquals(1, with.status());
    assertTrue(with.err().startsWith("error[E0382]: use of moved value: `c`\n  --> " + models
        + ".java:23:9\n"), with.err());
    String spawn = fixtures + "threads/UserSpawnPointMovesCapture.java";
    assertFalse(run("check", "--cp", cp(), spawn).err().contains("E0382"));
    Run spawned = run("check", "--cp", cp(), "--spawn-points",
        "UserSpawnPointMovesCapture.Scheduler#run", spawn);
    assertEquals(1, spawned.status());
    assertTrue(spawned.err().startsWith("error[E0382]: use of moved value: `c`\n  --> " + spawn
        + ":20:16\n"), spawned.err());
  }

  @Test
  void theBuiltInResourcesModelIsNamedAsInABuild() throws IOException {
    Path f = write("Leak.java", "class Leak {\n  static int f() throws java.io.IOException {\n"
        + "    java.io.FileInputStream in = new java.io.FileInputStream(\"x\");\n"
        + "    return in.read();\n  }\n}\n");
    assertEquals(0, run("check", f.toString()).status());
    Run with = run("check", "--models", "jdk-resources", f.toString());
    assertEquals(1, with.status(), with.err());
    assertTrue(with.err().startsWith("error[J0001]: owned resource `in` is never closed or moved"),
        with.err());
    assertTrue(run("check", "--models", "jdk-resource", f.toString()).err().startsWith(
        "error: `--models`: no such file: jdk-resource (built-in models: jdk-resources)\n"));
  }

  @Test
  void aBadModelFileIsAnErrorNamingItsLine() throws IOException {
    Path model = write("bad.model", "type Nope.Missing\n  @Owned get()\n");
    Path f = write("Fine.java", "class Fine { void f() {} }\n");
    Run r = run("check", "--models", model.toString(), f.toString());
    assertEquals(1, r.status(), r.err());
    assertTrue(r.err().startsWith("error[J0004]: invalid ownership model: " + model
        + ":1: no type `Nope.Missing` on the class path\n"), r.err());
    assertTrue(r.err().endsWith("For more information about this error, try `jborrow explain "
        + "J0004`.\n"), r.err());
  }

  /**
   * javac overflows its stack on deeply nested expressions, with or without jborrow: the user
   * is told it is javac's and how to raise the stack, not "internal error". A small stack
   * makes the overflow certain on any JDK.
   */
  @Test
  void javacsStackOverflowIsToldAsJavacsWithTheFix() throws Exception {
    StringBuilder e = new StringBuilder("0");
    for (int i = 0; i < 1200; i++) {
      e.insert(0, "(x == " + i + " ? ").append(" : ").append(i).append(')');
    }
    Path f = write("Nest.java", "class Nest { int f(int x) { return " + e + "; } }\n");
    Run[] result = new Run[1];
    Thread small = new Thread(null, () -> result[0] = run("check", f.toString()), "small",
        256 * 1024);
    small.start();
    small.join();
    assertEquals(3, result[0].status(), result[0].err());
    assertTrue(result[0].err().startsWith("error: javac ran out of stack in com.sun.tools.javac."),
        result[0].err());
    assertTrue(result[0].err().contains("the sources nest deeper than the thread stack allows\n"
        + "  = note: the overflow is javac's, not a finding of jborrow"), result[0].err());
    assertTrue(result[0].err().contains("`JBORROW_JAVA_OPTS=-Xss16m ./jborrow check ...`"),
        result[0].err());
  }

  /**
   * The launcher, run in a copy of the repository's layout where {@code mvn} and {@code java}
   * only say how they were called: it finds its repository through a chain of relative
   * symlinks, rebuilds only when a source is newer than a jar, passes JBORROW_JAVA_OPTS, and
   * lets a Maven that runs on JDK 23 or later use sun.misc.Unsafe without its warnings.
   */
  @Test
  void launcherRebuildsStaleJarsAndWorksThroughSymlinks() throws Exception {
    Path bash = Path.of("/bin/bash");
    Assumptions.assumeTrue(Files.isExecutable(bash), "the launcher is a bash script; no bash");
    Path script = Path.of("").toAbsolutePath().getParent().resolve("jborrow");
    assertTrue(Files.isRegularFile(script), script.toString());
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.copy(script, repo.resolve("jborrow"));
    Files.setPosixFilePermissions(repo.resolve("jborrow"),
        PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    FileTime built = FileTime.fromMillis(System.currentTimeMillis() - 30_000);
    List<Path> jars = new ArrayList<>();
    for (String module : List.of("annotations", "processor")) {
      Path source = repo.resolve(module + "/src/main/java/A.java");
      Files.createDirectories(source.getParent());
      Files.writeString(source, "class A {}\n");
      Files.writeString(repo.resolve(module + "/pom.xml"), "<project/>\n");
      Path jar = repo.resolve(module + "/target/jborrow-" + module + "-0.1.0-SNAPSHOT.jar");
      Files.createDirectories(jar.getParent());
      Files.writeString(jar, "");
      jars.add(jar);
      try (Stream<Path> files = Files.walk(repo.resolve(module + "/src"))) {
        for (Path p : files.toList()) {
          Files.setLastModifiedTime(p, old);
        }
      }
      Files.setLastModifiedTime(repo.resolve(module + "/pom.xml"), old);
      Files.setLastModifiedTime(jar, built);
    }
    Files.setLastModifiedTime(repo.resolve("pom.xml"), old);
    Path log = dir.resolve("mvn.log");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    executable(bin.resolve("mvn"), "#!/bin/bash\n"
        + "if [ \"$1\" = -v ]; then echo 'Java version: 25.0.1, vendor: Test'; exit 0; fi\n"
        + "echo \"mvn $* (in $PWD) MAVEN_OPTS=$MAVEN_OPTS\" >> " + log + "\n");
    Path jdk = Files.createDirectories(dir.resolve("jdk/bin"));
    executable(jdk.resolve("java"), "#!/bin/bash\nprintf '%s\\n' \"$@\"\n");
    Files.createDirectories(dir.resolve("links"));
    Files.createSymbolicLink(dir.resolve("links/jb"), Path.of("../repo/jborrow"));
    Files.createSymbolicLink(dir.resolve("jb"), Path.of("links/jb"));

    String classPath = jars.get(1) + ":" + jars.get(0);
    Run fresh = launch(bin, "", "check", "a b.java");
    assertEquals(0, fresh.status(), fresh.err());
    assertEquals("-cp\n" + classPath + "\ndev.jborrow.processor.cli.Main\ncheck\na b.java\n",
        fresh.out());
    assertFalse(Files.exists(log), "jars newer than every source: no build");

    Files.setLastModifiedTime(repo.resolve("processor/src/main/java/A.java"),
        FileTime.fromMillis(System.currentTimeMillis()));
    Run stale = launch(bin, "", "-V");
    assertEquals(0, stale.status(), stale.err());
    assertEquals("-cp\n" + classPath + "\ndev.jborrow.processor.cli.Main\n-V\n", stale.out());
    assertTrue(stale.err().contains("jborrow: building the processor"), stale.err());
    assertEquals(List.of("mvn -q -B -ntp -Dstyle.color=never -DskipTests package -pl "
        + "annotations,processor -am (in " + repo + ") "
        + "MAVEN_OPTS=--sun-misc-unsafe-memory-access=allow"), Files.readAllLines(log));
    Run again = launch(bin, "-Xss16m -Dx=1", "-V");
    assertEquals("-Xss16m\n-Dx=1\n-cp\n" + classPath + "\ndev.jborrow.processor.cli.Main\n-V\n",
        again.out());
    assertEquals(1, Files.readAllLines(log).size(), "built once, then current");
  }

  private Run launch(Path bin, String javaOpts, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(dir.resolve("jb").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
    pb.environment().put("JBORROW_JAVA_OPTS", javaOpts);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new Run(p.exitValue(), out, err);
  }

  private static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
