package dev.jborrow.processor;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import dev.jborrow.processor.diag.Finding;
import dev.jborrow.processor.testing.Fixture;
import dev.jborrow.processor.testing.FixtureCompiler;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture under {@code src/test/resources/fixtures}: each must produce exactly the
 * diagnostics its {@code //~} comments name, at their lines, and nothing else. Fixtures under
 * a folder {@code javaNN} need javac NN or newer.
 */
class FixtureTest {

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException, URISyntaxException {
    Path root = Path.of(FixtureTest.class.getResource("/fixtures").toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    if (files.isEmpty()) {
      fail("no fixtures under " + root);
    }
    int feature = Runtime.version().feature();
    return files.stream()
        .filter(p -> requiredRelease(root.relativize(p)) <= feature)
        .map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), p.toUri(),
            () -> check(Fixture.read(p))));
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

  static void check(Fixture f) {
    FixtureCompiler.Result result = FixtureCompiler.compile(f);
    Compilation c = result.compilation();
    List<String> problems = FixtureCompiler.problems(c, f.expected());
    // The command line, JSON and SARIF place a finding where its span starts; javac where it
    // is told to. Both must name the same line, or users of the two see different programs.
    List<Fixture.Expectation> fromSpans = new ArrayList<>();
    for (Finding finding : result.findings()) {
      fromSpans.add(new Fixture.Expectation(
          finding.position(finding.diagnostic().primary().start())[0],
          finding.diagnostic().code().name()));
    }
    List<Fixture.Expectation> fromJavac = new ArrayList<>();
    for (FixtureCompiler.Reported r : FixtureCompiler.jborrow(c)) {
      fromJavac.add(new Fixture.Expectation(r.line(), r.code()));
    }
    Collections.sort(fromSpans);
    Collections.sort(fromJavac);
    if (!fromSpans.equals(fromJavac)) {
      problems.add("javac reports " + fromJavac + ", the spans " + fromSpans);
    }
    if (!problems.isEmpty()) {
      fail(f.path().getFileName() + ":\n  " + String.join("\n  ", problems));
    }
  }
}
