package dev.jborrow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jborrow.processor.testing.FixtureCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fixtures broken on purpose, each in a few ways javac rejects: the checker must never
 * fail on them (no J0999, no exception out of javac), whatever half-attributed trees and
 * erroneous types javac hands it. Every {@value #EVERY}th fixture, so that the run stays short;
 * all of them, 3,812 programs, passed when this test was written.
 */
class BrokenFixturesTest {

  private static final int EVERY = 8;

  /** One way to break a program: what to find, and what to put in its place (first match). */
  private record Breakage(String name, Pattern find, String replacement) {
    String apply(String source) {
      Matcher m = find.matcher(source);
      return m.find() ? m.replaceFirst(replacement) : null;
    }
  }

  private static final List<Breakage> BREAKAGES = List.of(
      // javac gives the class an erroneous superclass that still names the class itself
      new Breakage("a class that extends itself",
          Pattern.compile("(static (?:final )?class (\\w+))(\\s*\\{)"), "$1 extends $2$3"),
      new Breakage("a `new` of a missing class", Pattern.compile("new (\\w+)\\("),
          "new Missing$1("),
      new Breakage("a call of a missing method", Pattern.compile("\\.(\\w+)\\("),
          ".$1Missing("),
      new Breakage("a resource with a missing interface",
          Pattern.compile("implements AutoCloseable"), "implements AutoCloseable, MissingIface"),
      new Breakage("a return of a missing variable", Pattern.compile("return (\\w+);"),
          "return $1Missing;"));

  @Test
  void brokenFixturesGiveJavacsErrorsAndNoInternalError() throws Exception {
    Path root = FixtureTest.root();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      // java21/ fixtures use newer syntax: on JDK 17 they would fail to parse for that reason
      files = walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !root.relativize(p).toString().matches("(.*/)?java\\d+/.*")).sorted()
          .toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors());
    List<Future<String>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < files.size(); i += EVERY) {
        Path p = files.get(i);
        String source = Files.readString(p);
        String className = p.getFileName().toString().replaceFirst("\\.java$", "");
        for (Breakage b : BREAKAGES) {
          String broken = b.apply(source);
          if (broken != null) {
            String what = root.relativize(p) + ", " + b.name();
            outcomes.add(pool.submit(() -> problem(what, className, broken)));
          }
        }
      }
      List<String> problems = new ArrayList<>();
      for (Future<String> f : outcomes) {
        String problem = f.get();
        if (problem != null) {
          problems.add(problem);
        }
      }
      assertTrue(outcomes.size() > 100, "only " + outcomes.size() + " broken programs");
      assertEquals(List.of(), problems);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * What went wrong with one broken program, or null if nothing did. (A breakage that lands in a
   * comment leaves the program valid: then nothing is asked of it but no J0999 either.)
   */
  private static String problem(String what, String className, String source) {
    Compilation c;
    try {
      c = FixtureCompiler.compile(List.of(), List.of(),
          JavaFileObjects.forSourceString(className, source));
    } catch (RuntimeException | Error e) { // Compile Testing rethrows what javac threw
      return what + ": javac threw " + e;
    }
    for (FixtureCompiler.Reported r : FixtureCompiler.jborrow(c)) {
      if (r.code().equals("J0999")) {
        return what + ": " + r.message();
      }
    }
    return null;
  }
}
