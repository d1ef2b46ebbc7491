package dev.jborrow.processor.gen;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jborrow.processor.testing.FixtureCompiler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated tests: programs from {@link ProgramGenerator} compiled with the processor. A correct
 * program must get no diagnostic at all; a program with one injected bug must get exactly that
 * bug's code at its line, and nothing else.
 *
 * <p>The normal run checks a fast seeded subset (60 correct programs and 10 per bug kind). The
 * long mode checks 500 correct programs and 500 per bug kind (5,500 programs):
 *
 * <pre>
 * mvn -o -pl processor test -Dtest=GeneratedProgramsTest -Djborrow.gen.long=true
 * </pre>
 *
 * {@code -Djborrow.gen.seed=N} changes the base seed; {@code -Djborrow.gen.count=N} sets the
 * number of programs per group (correct, and each bug kind). A failure prints the generated
 * source with line numbers and the difference, and names the seed to regenerate it with
 * {@link ProgramGenerator#correct(long)} or {@link ProgramGenerator#withBug(long, BugKind)}.
 */
class GeneratedProgramsTest {

  private static final boolean LONG = Boolean.getBoolean("jborrow.gen.long");
  private static final long BASE = Long.getLong("jborrow.gen.seed", 20_240_917L);
  private static final int CORRECT = Integer.getInteger("jborrow.gen.count", LONG ? 500 : 60);
  private static final int PER_KIND = Integer.getInteger("jborrow.gen.count", LONG ? 500 : 10);
  private static final int PRINTED_SOURCES = 10;

  private static final AtomicInteger PROGRAMS = new AtomicInteger();
  private static final AtomicInteger FAILURES = new AtomicInteger();
  private static final AtomicLong LINES = new AtomicLong();
  private static final AtomicLong STARTED = new AtomicLong();
  private static final Map<String, int[]> BY_GROUP = Collections.synchronizedMap(new TreeMap<>());
  private static final Map<String, int[]> BY_VARIANT =
      Collections.synchronizedMap(new TreeMap<>());

  static long seedOf(int group, int index) {
    return Seeds.of(BASE, group, index);
  }

  @TestFactory
  Stream<DynamicTest> generatedPrograms() {
    STARTED.set(System.nanoTime());
    Stream<DynamicTest> correct = IntStream.range(0, CORRECT).mapToObj(i -> {
      long seed = seedOf(0, i);
      return DynamicTest.dynamicTest("correct " + i + " (seed " + seed + ")",
          () -> check(ProgramGenerator.correct(seed), "correct"));
    });
    Stream<DynamicTest> bugs = Stream.of(BugKind.values()).flatMap(kind ->
        IntStream.range(0, PER_KIND).mapToObj(i -> {
          long seed = seedOf(kind.ordinal() + 1, i);
          return DynamicTest.dynamicTest(kind + " " + i + " (seed " + seed + ")",
              () -> check(ProgramGenerator.withBug(seed, kind), kind.name()));
        }));
    return Stream.concat(correct, bugs);
  }

  static void check(GeneratedProgram p, String group) {
    PROGRAMS.incrementAndGet();
    LINES.addAndGet(p.lines());
    Compilation c = FixtureCompiler.compile(List.of(), List.of(),
        JavaFileObjects.forSourceString(p.qualifiedName(), p.source()));
    List<String> problems = FixtureCompiler.problems(c, p.expected());
    String variant = p.variant() == null ? "correct" : p.variant();
    tally(BY_GROUP, group, problems.isEmpty());
    tally(BY_VARIANT, variant, problems.isEmpty());
    if (!problems.isEmpty()) {
      int n = FAILURES.incrementAndGet();
      String regenerate = p.bug() == null
          ? "ProgramGenerator.correct(" + p.seed() + "L)"
          : "ProgramGenerator.withBug(" + p.seed() + "L, BugKind." + p.bug() + ")";
      String report = p.className() + " [" + variant + "], regenerate with " + regenerate
          + ":\n  expected " + p.expected() + "\n  " + String.join("\n  ", problems);
      if (n <= PRINTED_SOURCES) {
        System.out.println("---- " + report + "\n" + p.numbered());
      }
      fail(report);
    }
  }

  private static void tally(Map<String, int[]> map, String key, boolean ok) {
    synchronized (map) {
      int[] counts = map.computeIfAbsent(key, k -> new int[2]);
      counts[ok ? 0 : 1]++;
    }
  }

  @AfterAll
  static void report() {
    double seconds = (System.nanoTime() - STARTED.get()) / 1e9;
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("generated programs (%s mode, base seed %d): %d programs, %d lines,"
            + " %d failed, %.1f s%n", LONG ? "long" : "fast", BASE, PROGRAMS.get(), LINES.get(),
        FAILURES.get(), seconds));
    Map<String, int[]> groups = new TreeMap<>(BY_GROUP);
    groups.forEach((k, v) -> sb.append(String.format("  %-22s %5d passed %5d failed%n", k,
        v[0], v[1])));
    if (LONG || FAILURES.get() > 0) {
      sb.append("  by template:\n");
      new TreeMap<>(BY_VARIANT).forEach((k, v) -> sb.append(String.format(
          "    %-44s %5d passed %5d failed%n", k, v[0], v[1])));
    }
    System.out.print(sb);
  }
}
