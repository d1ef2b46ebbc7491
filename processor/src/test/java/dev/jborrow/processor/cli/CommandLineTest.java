package dev.jborrow.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    int status = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
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
  void checkPrintsRustcStyleAndFails() throws IOException {
    Path f = write("Demo.java", BUGGY);
    Run r = run("check", "--cp", cp(), f.toString());
    assertEquals(1, r.status(), r.err());
    assertTrue(r.out().startsWith("error[E0382]: use of moved value: `b`\n"), r.out());
    assertTrue(r.out().contains("Demo.java:8:5"), r.out());
    assertTrue(r.out().contains("6 |     Buf b = new Buf();\n  |         - move occurs because `b` "
        + "has type `Buf`, which is `@Owned`"), r.out());
    assertTrue(r.out().contains("7 |     keep(b);\n  |          - value moved here"), r.out());
    assertTrue(r.out().contains("8 |     b.len();\n  |     ^ value used here after move"),
        r.out());
    assertTrue(r.out().contains("error: aborting due to 1 previous error"), r.out());
    assertTrue(r.out().contains("try `jborrow explain E0382`"), r.out());
  }

  @Test
  void cleanSourcesExitZero() throws IOException {
    Path f = write("Fine.java", "class Fine { void f() {} }\n");
    Run r = run("check", f.toString());
    assertEquals(0, r.status(), r.out() + r.err());
  }

  @Test
  void ordinaryCompileErrorsFailWithJavacsMessage() throws IOException {
    Path f = write("Bad.java", "class Bad { int f() { return \"x\"; } }\n");
    Run r = run("check", f.toString());
    assertEquals(1, r.status());
    assertTrue(r.out().contains("incompatible types"), r.out());
  }

  @Test
  void jsonListsEveryFinding() throws IOException {
    Path f = write("Demo.java", BUGGY);
    Run r = run("check", "--cp", cp(), "--format", "json", f.toString());
    assertEquals(1, r.status());
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
  void usageErrorsAreExplained() {
    Run none = run();
    assertEquals(2, none.status());
    assertTrue(none.err().contains("usage: jborrow check"), none.err());
    Run badFormat = run("check", "--format", "xml", "x.java");
    assertEquals(2, badFormat.status());
    assertTrue(badFormat.err().contains("--format xml is not a format"), badFormat.err());
    Run badCode = run("explain", "E9999");
    assertEquals(2, badCode.status());
    assertTrue(badCode.err().contains("`E9999` is not a jborrow code"), badCode.err());
    Run missing = run("check", dir.resolve("nope").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("no such file or directory"), missing.err());
  }
}
