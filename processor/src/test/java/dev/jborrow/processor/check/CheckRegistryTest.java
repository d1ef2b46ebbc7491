package dev.jborrow.processor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jborrow.processor.check.api.CheckInfo;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry is the one place that says which check reports a code: each code has exactly
 * one owner, the owner's wording files are the only sources that create it, and the code table
 * in docs/codes.md is generated from it ({@code -Djborrow.bless} writes it anew).
 */
class CheckRegistryTest {

  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Path TABLE = Path.of("..", "docs", "codes.md");
  private static final Path README = Path.of("..", "README.md");
  private static final String README_START =
      "<!-- codes: generated from the check registry by CheckRegistryTest; -Djborrow.bless"
          + " rewrites it -->\n";
  private static final String README_END = "<!-- end of codes -->\n";
  private static final Pattern CREATED = Pattern.compile("Diagnostic\\.of\\(\\s*Code\\.(\\w+)");

  @Test
  void everyCodeHasExactlyOneCheck() {
    for (Code code : Code.values()) {
      List<String> owners = Checks.all().stream().filter(c -> c.owns(code))
          .map(CheckInfo::name).toList();
      assertEquals(1, owners.size(), code + " is owned by " + owners);
    }
  }

  @Test
  void eachCodeIsCreatedOnlyInItsChecksWording() throws IOException {
    List<String> creations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = CREATED.matcher(Files.readString(f));
        String relative = MAIN.relativize(f).toString().replace('\\', '/');
        while (m.find()) {
          Code code = Code.valueOf(m.group(1));
          creations.add(code + " in " + relative);
          assertTrue(Checks.owner(code).wording().contains(relative),
              code + " is created in " + relative + ", not in the wording of "
                  + Checks.owner(code).name());
        }
      }
    }
    for (Code code : Code.values()) {
      assertTrue(creations.stream().anyMatch(c -> c.startsWith(code + " in ")),
          code + " is created nowhere");
    }
  }

  @Test
  void everyCheckAndExplanationIsWhereTheTableSays() throws IOException {
    for (CheckInfo c : Checks.all()) {
      assertNotNull(sourceOf(c), c.name() + ".java not found under " + MAIN);
      for (String w : c.wording()) {
        assertTrue(Files.exists(MAIN.resolve(w)), w);
      }
    }
    for (Code code : Code.values()) {
      try (InputStream in = Code.class.getResourceAsStream(code.explanationResource())) {
        assertNotNull(in, "no explanation for " + code);
      }
    }
  }

  @Test
  void theCodeTableIsGeneratedFromTheRegistry() throws IOException {
    String table = table();
    if (Golden.blessing()) {
      Files.writeString(TABLE, table);
    }
    assertEquals(table, Files.exists(TABLE) ? Files.readString(TABLE) : "",
        "docs/codes.md is out of date: run CheckRegistryTest with -D" + Golden.BLESS);
  }

  @Test
  void theReadmesCodeTableIsGeneratedFromTheRegistry() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf(README_START);
    int end = readme.indexOf(README_END);
    assertTrue(start >= 0 && end > start, "README.md has no generated code table between "
        + README_START.strip() + " and " + README_END.strip());
    String table = readmeTable();
    String expected = readme.substring(0, start + README_START.length()) + table
        + readme.substring(end);
    if (Golden.blessing()) {
      Files.writeString(README, expected);
    }
    assertEquals(expected, Files.readString(README),
        "README.md's code table is out of date: run CheckRegistryTest with -D" + Golden.BLESS);
  }

  /** The README's table: each code, its summary, the check that reports it, its explanation. */
  private static String readmeTable() throws IOException {
    StringBuilder out = new StringBuilder("| code | rule | reported by |\n|---|---|---|\n");
    for (Code code : Code.values()) {
      CheckInfo c = Checks.owner(code);
      out.append("| [").append(code).append("](processor/src/main/resources")
          .append(code.explanationResource()).append(") | ").append(code.summary())
          .append(code.isWarning() ? " (a warning; the build goes on)" : "").append(" | [`")
          .append(c.name()).append("`](").append(link(sourceOf(c)).substring("../".length()))
          .append(") |\n");
    }
    return out.toString();
  }

  private static String table() throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Diagnostic codes\n\n")
        .append("Generated from the check registry (`check/Checks.java`) by `CheckRegistryTest`;\n")
        .append("`mvn -o -pl annotations,processor test -Dtest=CheckRegistryTest -Djborrow.bless`\n")
        .append("writes it anew. Paths are under `processor/src/main/java/dev/jborrow/processor/`,\n")
        .append("explanations under `processor/src/main/resources/dev/jborrow/processor/explain/`\n")
        .append("(`jborrow explain CODE` prints them). The fixtures of a code:\n")
        .append("`grep -rlw CODE processor/src/test/resources/fixtures --include=*.java`.\n\n")
        .append("| Code | Summary | Check | Wording | Explanation |\n")
        .append("|------|---------|-------|---------|-------------|\n");
    for (Code code : Code.values()) {
      CheckInfo c = Checks.owner(code);
      out.append("| ").append(code).append(" | ").append(code.summary())
          .append(" | [`").append(c.name()).append("`](").append(link(sourceOf(c)))
          .append(") | ");
      List<String> words = new ArrayList<>();
      for (String w : c.wording()) {
        if (Files.readString(MAIN.resolve(w)).contains("Code." + code)) {
          words.add("[`" + Path.of(w).getFileName() + "`](" + link(MAIN.resolve(w)) + ")");
        }
      }
      out.append(String.join(", ", words)).append(" | [`").append(code).append(".md`](")
          .append("../processor/src/main/resources/dev/jborrow/processor/explain/")
          .append(code).append(".md) |\n");
    }
    return out.toString();
  }

  private static String link(Path source) {
    return "../processor/" + source.toString().replace('\\', '/');
  }

  private static Path sourceOf(CheckInfo c) throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.getFileName().toString().equals(c.name() + ".java"))
          .findFirst().orElse(null);
    }
  }
}
