package dev.jborrow.processor.difftest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The differential tester: twin programs judged by rustc and by jborrow, compared. A benchmark,
 * not a test: {@code bench/difftest.sh --seed S --count N [--batch B] [--size K] [--out DIR]}.
 * Prints the agreement table and writes it, with every disagreement class and its shortest
 * example, to {@code DIR/report.md}; {@code --keep} also leaves each batch's twin files there.
 * {@code --record DIR} (after the other options) writes batch 0 as the recorded sample of
 * {@link RecordedTwinsTest} instead.
 */
public final class DifferentialBenchmark {

  private DifferentialBenchmark() {}

  public static void main(String[] args) throws Exception {
    try {
      run(args);
    } catch (IllegalArgumentException e) {
      System.err.println("difftest: " + e.getMessage());
      System.exit(2);
    }
  }

  private static void run(String[] args) throws Exception {
    long seed = 1;
    int count = 1000;
    int batch = 250;
    int size = TwinRun.SIZE;
    Path out = Path.of("target", "difftest");
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = number(args, ++i);
        case "--count" -> count = positive(args, ++i);
        case "--batch" -> batch = positive(args, ++i);
        case "--size" -> size = positive(args, ++i);
        case "--out" -> out = Path.of(value(args, ++i));
        case "--keep" -> keep = true;
        case "--record" -> {
          Path dir = Path.of(value(args, ++i));
          RecordedSample.record(dir, seed, count, size);
          System.out.println("recorded " + count + " twins of seed " + seed + " in " + dir);
          return;
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + " (expected --seed S --count N [--batch B] [--size K] [--out DIR] [--keep]"
            + " [--record DIR])");
      }
    }
    Files.createDirectories(out);
    Rustc rustc = new Rustc(Files.createTempDirectory("difftest"));
    AgreementTable table = new AgreementTable();
    long started = System.nanoTime();
    for (int b = 0; table.size() < count; b++) {
      TwinBatch tb = TwinRun.batch(seed, b, Math.min(batch, count - table.size()), size);
      if (keep) {
        Files.writeString(out.resolve(tb.className() + ".java"), tb.java());
        Files.writeString(out.resolve(tb.className() + ".rs"), tb.rust());
      }
      List<Outcome> outcomes = TwinRun.compare(tb, rustc);
      outcomes.forEach(table::add);
      System.err.printf("batch %d: %d programs, %.0f s%n", b, table.size(),
          (System.nanoTime() - started) / 1e9);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String report = String.format("difftest --seed %d --count %d --batch %d --size %d: %.0f s"
        + " (%.1f programs/s)%n%n", seed, count, batch, size, seconds, count / seconds)
        + table.table();
    System.out.println(report);
    Files.writeString(out.resolve("report.md"), report + "\n## Disagreement classes\n"
        + table.classes());
    System.out.println("classes and examples: " + out.resolve("report.md"));
  }

  private static long number(String[] args, int i) {
    try {
      return Long.parseLong(value(args, i));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(args[i - 1] + " needs a number, not " + args[i]);
    }
  }

  /** A positive number; NumberFormatException is an IllegalArgumentException, named here. */
  private static int positive(String[] args, int i) {
    String v = value(args, i);
    try {
      int n = Integer.parseInt(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with the option's name
    }
    throw new IllegalArgumentException(args[i - 1] + " needs a positive number, not " + v);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
