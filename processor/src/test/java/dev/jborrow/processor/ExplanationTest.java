package dev.jborrow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.testing.Fixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code of the catalogue has its explanation ({@code explain/CODE.md}, shown by
 * {@code jborrow explain CODE}): a heading {@code # CODE: summary}, and, except for the internal
 * error J0999, an Example that produces exactly the diagnostics its {@code //~} comments name
 * (including the explained code) and a Fix that compiles with no diagnostic at all. Both are
 * checked with the same rules as the fixtures ({@link FixtureTest#check}).
 */
class ExplanationTest {

  private static final Pattern JAVA_BLOCK =
      Pattern.compile("^```java\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);

  @TestFactory
  Stream<DynamicTest> explanations() {
    return Arrays.stream(Code.values())
        .map(code -> DynamicTest.dynamicTest(code.name(), () -> check(code)));
  }

  private static void check(Code code) throws IOException {
    String text = load(code);
    String firstLine = text.lines().findFirst().orElse("");
    assertEquals("# " + code.name() + ": " + code.summary(), firstLine,
        code.explanationResource() + ": heading must be `# CODE: ` and the code's summary()");

    List<String> blocks = javaBlocks(text);
    if (code == Code.J0999) {
      assertFalse(text.contains("```"),
          code.explanationResource() + ": the internal error has prose only, no code blocks");
      return;
    }

    int example = text.indexOf("\n## Example\n");
    int fix = text.indexOf("\n## Fix\n");
    assertTrue(example > 0 && fix > example,
        code.explanationResource() + ": needs a `## Example` section, then a `## Fix` section");
    assertEquals(2, blocks.size(),
        code.explanationResource() + ": needs exactly two ```java blocks (Example, Fix)");
    assertTrue(text.indexOf("```java", example) < fix && text.indexOf("```java", fix) > fix,
        code.explanationResource() + ": the first block belongs under Example, the second under Fix");

    Path dir = Files.createTempDirectory("jborrow-explain-" + code.name());
    try {
      Fixture failing = fixture(dir, "Explain" + code.name(), blocks.get(0));
      assertFalse(failing.expected().isEmpty(),
          code + " Example: no //~ expectation; it must fail with " + code);
      assertTrue(failing.expected().stream().anyMatch(e -> e.code().equals(code.name())),
          code + " Example: its //~ expectations " + failing.expected() + " must include " + code);
      FixtureTest.check(failing);

      Fixture fixed = fixture(dir, "Explain" + code.name() + "Fixed", blocks.get(1));
      assertTrue(fixed.expected().isEmpty(),
          code + " Fix: must have no //~ expectation, found " + fixed.expected());
      FixtureTest.check(fixed);
    } finally {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private static String load(Code code) throws IOException {
    try (InputStream in = Code.class.getResourceAsStream(code.explanationResource())) {
      assertNotNull(in, "missing explanation resource " + code.explanationResource());
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
  }

  private static List<String> javaBlocks(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The block as a fixture file named after its class, read by the fixture harness. */
  private static Fixture fixture(Path dir, String className, String source) throws IOException {
    assertTrue(Pattern.compile("\\bclass " + className + "\\b").matcher(source).find(),
        "the block must declare class " + className);
    Path file = dir.resolve(className + ".java");
    Files.writeString(file, source);
    return Fixture.read(file);
  }
}
