package dev.jborrow.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jborrow.processor.testing.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The classic bugs in {@code samples/errors} are what students run first: each must produce
 * exactly the codes its {@code //~} comments document. The normal build does not compile them.
 */
class SamplesErrorsTest {

  @TestFactory
  Stream<DynamicTest> everySampleReportsItsDocumentedCodes() throws IOException {
    Path dir = Path.of("..", "samples", "errors");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertTrue(files.size() >= 5, "samples/errors has its programs");
    return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      Fixture f = Fixture.read(p);
      assertTrue(!f.expected().isEmpty(), p + " documents the errors it shows");
      FixtureTest.check(f);
    }));
  }
}
