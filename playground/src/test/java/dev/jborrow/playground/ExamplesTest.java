package dev.jborrow.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jborrow.processor.diag.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples menu says what it shows: each program gets exactly the errors its {@code //~}
 * comments name, through the playground's own checker; and each Rust twin's stored output is
 * what rustc says of it today.
 */
class ExamplesTest {

  private static final Pattern EXPECTED = Pattern.compile("//~\\s+([EJ]\\d{4}(?:\\s+[EJ]\\d{4})*)");
  private static Checker checker;

  @BeforeAll
  static void warmChecker() throws IOException {
    checker = new Checker(new Limits(1 << 20, Duration.ofMinutes(2), 1),
        Path.of(System.getProperty("java.io.tmpdir")));
  }

  @AfterAll
  static void close() throws IOException {
    checker.close();
  }

  @Test
  void theMenuHasTheSamplesAndTheBooksChapters() {
    List<String> titles = Examples.load().stream().map(Examples.Example::title).toList();
    for (String chapter : List.of("4.1", "4.2", "4.3", "8.1", "10.3", "16.1", "16.2", "16.3")) {
      assertFalse(titles.stream().noneMatch(t -> t.startsWith(chapter + " ")), chapter);
    }
    try (Stream<Path> samples = Files.list(Path.of("../samples/errors"))) {
      long javaFiles = samples.filter(p -> p.toString().endsWith(".java")).count();
      assertEquals(javaFiles, Examples.load().stream()
          .filter(e -> e.group().equals("samples/errors")).count(),
          "every program of samples/errors is in the menu");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> eachExampleGetsTheErrorsItAnnounces() {
    return Examples.load().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
      CheckResult result = checker.check(e.java());
      assertEquals(List.of(), result.javacErrors(), e.id() + " compiles");
      assertEquals(expected(e.java()), found(result), e.id() + ": (line, code) pairs");
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachTwinsOutputIsRustcs() {
    return Examples.load().stream().filter(e -> !e.rust().isEmpty())
        .map(e -> DynamicTest.dynamicTest(e.id(), () -> {
          String version = rustcVersion();
          Assumptions.assumeTrue(version.startsWith("rustc 1.95."),
              "needs rustc 1.95 on the PATH, the version the outputs were made with; found: "
                  + (version.isEmpty() ? "none" : version));
          assertEquals(e.rustc(), rustc(e), e.id() + " (regenerate with playground/rustc-output.sh)");
        }));
  }

  private static TreeSet<String> expected(String java) {
    TreeSet<String> out = new TreeSet<>();
    String[] lines = java.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXPECTED.matcher(lines[i]);
      if (m.find()) {
        for (String code : m.group(1).split("\\s+")) {
          out.add(String.format("%03d %s", i + 1, code));
        }
      }
    }
    return out;
  }

  private static TreeSet<String> found(CheckResult result) {
    TreeSet<String> out = new TreeSet<>();
    for (Finding f : result.findings()) {
      out.add(String.format("%03d %s", f.position(f.diagnostic().primary().start())[0],
          f.diagnostic().code().name()));
    }
    return out;
  }

  private static String rustcVersion() {
    try {
      Process p = new ProcessBuilder("rustc", "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor() == 0 ? out : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** rustc's output for the twin, made as playground/rustc-output.sh makes it. */
  private static String rustc(Examples.Example e) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("jborrow-twin");
    try {
      String name = e.id().replaceFirst("^book-", "");
      Path rs = dir.resolve(twinName(e));
      Files.writeString(rs, e.rust());
      List<String> command = new ArrayList<>(List.of("rustc", "--edition", "2021",
          "--emit=metadata", "--color", "always", "-o", dir.resolve(name + ".rmeta").toString(),
          rs.getFileName().toString()));
      Process p = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return err;
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** The twin's file name, as rustc prints it in its {@code -->} lines. */
  private static String twinName(Examples.Example e) {
    Matcher m = Pattern.compile("--> \\u001b\\[0m([\\w.]+\\.rs):").matcher(e.rustc());
    return m.find() ? m.group(1) : "twin.rs";
  }
}
