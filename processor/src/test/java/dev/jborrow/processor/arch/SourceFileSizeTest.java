package dev.jborrow.processor.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main source file grows past what one reader holds in mind at once (issue 15: 700 lines),
 * except the graph builder, whose one method per Java construct reads as a table. A file that
 * grows past it is split by what its parts are about, as ConflictChecker was when it reached
 * 733 lines (the borrows that leave the method went to LeavingBorrows).
 */
class SourceFileSizeTest {

  private static final int LIMIT = 700;
  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Path EXEMPT =
      MAIN.resolve(Path.of("dev", "jborrow", "processor", "cfg", "CfgBuilder.java"));

  @Test
  void noMainSourceFileIsLongerThanTheLimit() throws IOException {
    List<String> tooLong;
    try (Stream<Path> files = Files.walk(MAIN)) {
      tooLong = files.filter(f -> f.toString().endsWith(".java") && !f.equals(EXEMPT))
          .filter(f -> lines(f) > LIMIT)
          .map(f -> MAIN.relativize(f) + " (" + lines(f) + " lines)")
          .sorted()
          .toList();
    }
    assertEquals(List.of(), tooLong, "main source files over " + LIMIT + " lines");
  }

  /** The test walks the sources it means to: a wrong directory would pass with no file. */
  @Test
  void theWalkSeesTheSourcesAndTheExemptFile() throws IOException {
    assertTrue(Files.isRegularFile(EXEMPT), EXEMPT + " is where the graph builder is");
    try (Stream<Path> files = Files.walk(MAIN)) {
      assertTrue(files.filter(f -> f.toString().endsWith(".java")).count() > 100,
          "the processor's sources under " + MAIN.toAbsolutePath());
    }
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
