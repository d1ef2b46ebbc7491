package dev.jborrow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import dev.jborrow.processor.diag.Finding;
import dev.jborrow.processor.testing.Fixture;
import dev.jborrow.processor.testing.FixtureCompiler;
import dev.jborrow.processor.testing.Golden;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture under {@code src/test/resources/fixtures}: each must produce exactly the
 * diagnostics its {@code //~} comments name, at their lines, and nothing else, rendered exactly
 * as its golden {@code .stderr} file says ({@link Golden}). Fixtures under a folder {@code
 * javaNN} need javac NN or newer; on an older javac they are reported as skipped, as are those
 * of a feature not built yet ({@link Fixture#pending}).
 */
class FixtureTest {

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException, URISyntaxException {
    Path root = root();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      // -Djborrow.fixture=part runs (and blesses) only the fixtures whose path contains it.
      String only = System.getProperty("jborrow.fixture", "");
      files = walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> root.relativize(p).toString().contains(only)).sorted().toList();
    }
    if (files.isEmpty()) {
      fail("no fixtures under " + root);
    }
    int feature = Runtime.version().feature();
    // Each fixture is a javac of its own: they are compiled on every core at once, ahead of the
    // tests that report them one by one, so the report stays per fixture and in order.
    ExecutorService pool = Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors(), task -> {
          Thread t = new Thread(task, "fixture");
          t.setDaemon(true);
          return t;
        });
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : files) {
      int release = requiredRelease(root.relativize(p));
      String pending = Fixture.pending(root, p);
      String skip = pending != null ? pending
          : release > feature ? "needs javac " + release + ", this is javac " + feature : null;
      Future<Throwable> outcome = skip == null ? pool.submit(() -> verify(p)) : null;
      tests.add(DynamicTest.dynamicTest(root.relativize(p).toString(), p.toUri(), () -> {
        assumeTrue(skip == null, skip);
        Throwable failure = outcome.get();
        if (failure != null) {
          throw failure;
        }
      }));
    }
    pool.shutdown();
    return tests.stream();
  }

  /** Checks one fixture: its (line, code) pairs, then its golden file. */
  private static Throwable verify(Path p) {
    try {
      String golden = Golden.compare(p, Golden.render(check(Fixture.read(p)).findings()));
      if (golden != null) {
        fail(p.getFileName() + ": " + golden);
      }
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  /** A golden file whose fixture was renamed or removed would pin nothing: none may stay. */
  @Test
  void everyGoldenFileHasItsFixture() throws IOException, URISyntaxException {
    List<String> orphans;
    try (Stream<Path> walk = Files.walk(root())) {
      orphans = walk.filter(p -> p.toString().endsWith(".stderr"))
          .filter(p -> !Files.exists(p.resolveSibling(
              p.getFileName().toString().replaceFirst("\\.stderr$", ".java"))))
          .map(Path::toString).toList();
    }
    assertEquals(List.of(), orphans);
  }

  /**
   * The fixtures in the source tree, where blessing writes the golden files, when the build says
   * where that is; else the copies on the class path (a test run from an IDE without it).
   */
  static Path root() throws URISyntaxException {
    String sources = System.getProperty("jborrow.fixtures");
    return sources != null ? Path.of(sources)
        : Path.of(FixtureTest.class.getResource("/fixtures").toURI());
  }

  private static int requiredRelease(Path relative) {
    for (Path part : relative) {
      String s = part.toString();
      if (s.matches("java\\d+")) {
        return Integer.parseInt(s.substring(4));
      }
    }
    return 17;
  }

  /** Checks the fixture's (line, code) pairs, and returns its compilation for more checks. */
  static FixtureCompiler.Result check(Fixture f) {
    FixtureCompiler.Result result = FixtureCompiler.compile(f);
    Compilation c = result.compilation();
    List<String> problems = FixtureCompiler.problems(c, f.expected());
    // The command line, JSON and SARIF place a finding where its span starts; javac where it
    // is told to. Both must name the same line and column, or users of the two see different
    // programs. (Fixtures indent with spaces: javac counts a tab as up to 8 columns.)
    List<String> fromSpans = new ArrayList<>();
    for (Finding finding : result.findings()) {
      int[] at = finding.position(finding.diagnostic().primary().start());
      fromSpans.add(at[0] + ":" + at[1] + " " + finding.diagnostic().code().name());
    }
    List<String> fromJavac = new ArrayList<>();
    for (FixtureCompiler.Reported r : FixtureCompiler.jborrow(c)) {
      fromJavac.add(r.line() + ":" + r.column() + " " + r.code());
    }
    Collections.sort(fromSpans);
    Collections.sort(fromJavac);
    if (!fromSpans.equals(fromJavac)) {
      problems.add("javac reports " + fromJavac + ", the spans " + fromSpans);
    }
    if (!problems.isEmpty()) {
      fail(f.path().getFileName() + ":\n  " + String.join("\n  ", problems));
    }
    return result;
  }
}
