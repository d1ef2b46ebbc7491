package dev.jborrow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.jborrow.processor.testing.FixtureCompiler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SARIF a build writes: one file per compilation in the directory given, valid against the
 * official 2.1.0 schema (draft-07, as the schema declares), with what GitHub's code scanning
 * reads: each rule's descriptions, help and help URI, paths relative to a base id, and the
 * invocation.
 */
class SarifOutputTest {

  private static final String LEAK = """
      package app;
      import dev.jborrow.Owned;
      @Owned final class Conn implements AutoCloseable {
        public void close() {}
        static void leak() {
          Conn c = new Conn();
        }
      }
      """;
  private static final String MOVE = """
      package app;
      import dev.jborrow.Owned;
      @Owned final class Buf {}
      class UseTest {
        static void take(@Owned Buf b) {}
        void f() {
          Buf b = new Buf();
          take(b);
          take(b);
        }
      }
      """;

  /** Below the working directory, as a build's sources are: paths in SARIF are relative. */
  private Path project;

  @BeforeEach
  void clean() throws IOException {
    project = Path.of("target", "sarif-test");
    if (Files.exists(project)) {
      try (Stream<Path> walk = Files.walk(project)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void mainAndTestCompilationsKeepOneFileEach() throws IOException {
    Path out = project.resolve("target/jborrow-sarif");
    // as Maven runs them: main, then test, both with the same option
    String main = compile(Path.of("src/main/java/app/Conn.java"), LEAK, "sarif=" + out);
    String test = compile(Path.of("src/test/java/app/UseTest.java"), MOVE, "sarif=" + out);
    assertTrue(main.contains("J0001") && test.contains("E0382"), main + test);
    List<String> files;
    try (Stream<Path> list = Files.list(out)) {
      files = list.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(List.of("target-sarif-test-src-main-java.sarif",
        "target-sarif-test-src-test-java.sarif"), files);
    JsonNode mainLog = valid(out.resolve(files.get(0)));
    JsonNode testLog = valid(out.resolve(files.get(1)));
    assertEquals("J0001", only(mainLog).get("ruleId").asText());
    assertEquals("E0382", only(testLog).get("ruleId").asText());
    assertEquals("jborrow/target-sarif-test-src-main-java",
        mainLog.at("/runs/0/automationDetails/id").asText());
    // a rebuild of main overwrites its own file, silently
    String again = compile(Path.of("src/main/java/app/Conn.java"), LEAK, "sarif=" + out);
    assertFalse(again.contains("another compilation"), again);
  }

  @Test
  void aFileGivenToTwoCompilationsIsReplacedWithAWarningThatNowarnKeeps() throws IOException {
    Path file = project.resolve("target/jborrow.sarif");
    compile(Path.of("src/main/java/app/Conn.java"), LEAK, "sarif=" + file);
    String test = compile(Path.of("src/test/java/app/UseTest.java"), MOVE, "sarif=" + file);
    assertTrue(test.contains("warning: jborrow: sarif=" + file + " held the findings of another "
        + "compilation (jborrow/target-sarif-test-src-main-java), now replaced by this one's "
        + "(jborrow/target-sarif-test-src-test-java)"), test);
    assertEquals("E0382", only(valid(file)).get("ruleId").asText());
  }

  @Test
  void whatCodeScanningReads() throws IOException {
    Path file = project.resolve("target/jborrow.sarif");
    compile(Path.of("src/main/java/app/Conn.java"), LEAK, "sarif=" + file);
    JsonNode run = valid(file).at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    assertEquals(dev.jborrow.processor.diag.Code.values().length, rules.size());
    for (JsonNode rule : rules) {
      String id = rule.get("id").asText();
      assertFalse(rule.at("/shortDescription/text").asText().isBlank(), id);
      String full = rule.at("/fullDescription/text").asText();
      assertTrue(full.length() > 40 && !full.startsWith("#"), id + ": " + full);
      assertTrue(rule.at("/help/text").asText().startsWith("# " + id), id);
      assertTrue(rule.at("/helpUri").asText().endsWith("/explain/" + id + ".md"), id);
    }
    assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean(), run.toString());
    JsonNode artifact = only(runLog(run)).at("/locations/0/physicalLocation/artifactLocation");
    assertEquals("target/sarif-test/src/main/java/app/Conn.java", artifact.get("uri").asText());
    assertEquals("%SRCROOT%", artifact.get("uriBaseId").asText());
    String base = run.at("/originalUriBaseIds/%SRCROOT%/uri").asText();
    assertEquals(Path.of("").toAbsolutePath().toUri().toString(), base);
    assertTrue(base.endsWith("/"), base);
    JsonNode region = only(runLog(run)).at("/locations/0/physicalLocation/region");
    assertEquals(List.of(6, 5), List.of(region.get("startLine").asInt(),
        region.get("startColumn").asInt()));
  }

  @Test
  void invocationFailsWhenJavacReportsErrorsOfItsOwn() throws IOException {
    // javac's own error stops it before the checker; the run is still written, and says so
    Path file = project.resolve("target/jborrow.sarif");
    String out = compile(Path.of("src/main/java/app/Conn.java"),
        LEAK.replace("Conn c = new Conn();", "Conn c = new Conn(); int x = \"s\";"),
        "sarif=" + file);
    assertTrue(out.contains("incompatible types"), out);
    JsonNode run = valid(file).at("/runs/0");
    assertTrue(run.at("/invocations/0/executionSuccessful").isBoolean(), run.toString());
  }

  private static JsonNode runLog(JsonNode run) {
    return new ObjectMapper().createObjectNode().set("runs",
        new ObjectMapper().createArrayNode().add(run));
  }

  private static JsonNode only(JsonNode log) {
    JsonNode results = log.at("/runs/0/results");
    assertEquals(1, results.size(), log.toString());
    return results.get(0);
  }

  /** Compiles one file below the project with the plugin and its arguments; javac's output. */
  private String compile(Path relative, String source, String... pluginArgs) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    Path classes = Files.createTempDirectory("jborrow-sarif-classes");
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(),
        "-cp", FixtureCompiler.annotationsJar().getPath(),
        "-processorpath", FixtureCompiler.checkerClasses().getPath(), "-proc:none", "-nowarn",
        "-Xplugin:JBorrow " + String.join(" ", pluginArgs), file.toString()));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ToolProvider.getSystemJavaCompiler().run(null, err, err, args.toArray(String[]::new));
    return err.toString(StandardCharsets.UTF_8);
  }

  /** The log, after checking it against the official SARIF 2.1.0 schema. */
  private static JsonNode valid(Path file) throws IOException {
    JsonSchema schema;
    try (InputStream in = SarifOutputTest.class.getResourceAsStream(
        "/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    JsonNode log = new ObjectMapper().readTree(file.toFile());
    Set<ValidationMessage> problems = schema.validate(log);
    assertEquals(Set.of(), problems, log.toPrettyString());
    return log;
  }
}
