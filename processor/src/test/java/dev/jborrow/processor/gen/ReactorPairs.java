package dev.jborrow.processor.gen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * jborrow's own time as a Maven reactor sees it: one JVM compiles again and again, so javac's
 * code is warm, while javac loads the plugin afresh from its jar for every compilation (each
 * {@code -processorpath} gets a class loader of its own), so jborrow's code is cold every time.
 * Two or more jars take turns, round by round; each compilation's {@code jborrow:} stats line
 * gives the plugin's elapsed and CPU time. Not a test.
 *
 * <pre>
 * java processor/src/test/java/dev/jborrow/processor/gen/ReactorPairs.java \
 *     --rounds 10 --warmup 2 --jars a.jar,b.jar -- JAVAC_ARGS...
 * </pre>
 *
 * <p>{@code JAVAC_ARGS} are javac's, with {@code @file} argument files as run.sh writes them;
 * {@code -processorpath} and {@code -Xplugin} are added for each jar. Started with a jar on the
 * JVM's own class path ({@code java -cp a.jar ...}), javac finds that jar's classes there first
 * and jborrow's code stays warm from one compilation to the next: the comparison of the two
 * shows what coldness costs.
 */
public final class ReactorPairs {

  /** The stats line; jars built before 2026-12-07 give no CPU time (NaN here). */
  private static final Pattern STATS =
      Pattern.compile("jborrow: .* ([0-9.]+) ms(?: \\(cpu ([0-9.]+) ms\\))?, findings");

  private ReactorPairs() {}

  public static void main(String[] args) throws IOException {
    int rounds = 10;
    int warmup = 2;
    List<String> jars = new ArrayList<>();
    List<String> javacArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = number(args, ++i, 1);
        case "--warmup" -> warmup = number(args, ++i, 0);
        case "--jars" -> jars.addAll(List.of(value(args, ++i).split(",")));
        case "--" -> {
          javacArgs.addAll(List.of(args).subList(i + 1, args.length));
          i = args.length;
        }
        default -> usage("unknown argument '" + args[i] + "'");
      }
    }
    if (jars.isEmpty() || javacArgs.isEmpty()) {
      usage("--jars and the javac arguments after -- are required");
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Map<String, List<double[]>> times = new LinkedHashMap<>();
    List<List<Double>> cpuRatios = new ArrayList<>(); // per round, each jar's CPU / the first's
    for (int round = 1; round <= warmup + rounds; round++) {
      List<String> order = new ArrayList<>(jars);
      Collections.rotate(order, round); // no jar always runs first in a round
      Map<String, double[]> thisRound = new LinkedHashMap<>();
      for (String jar : order) {
        double[] t = compile(javac, jar, javacArgs);
        thisRound.put(jar, t);
        System.out.printf(Locale.ROOT, "round %d %s: %.1f ms (cpu %.1f ms)%s%n", round, jar,
            t[0], t[1], round <= warmup ? " (warm-up)" : "");
      }
      if (round > warmup) {
        List<Double> ratios = new ArrayList<>();
        for (String jar : jars) {
          times.computeIfAbsent(jar, k -> new ArrayList<>()).add(thisRound.get(jar));
          ratios.add(thisRound.get(jar)[1] / thisRound.get(jars.get(0))[1]);
        }
        cpuRatios.add(ratios);
      }
    }
    System.out.printf(Locale.ROOT, "%nmedians of %d rounds (after %d warm-up):%n", rounds,
        warmup);
    for (int j = 0; j < jars.size(); j++) {
      String jar = jars.get(j);
      int index = j;
      System.out.printf(Locale.ROOT, "  %s: own %.1f ms, cpu %.1f ms, cpu / %s's in the same "
              + "round %.3f%n", jar, median(times.get(jar), 0), median(times.get(jar), 1),
          Path.of(jars.get(0)).getFileName(),
          medianOf(cpuRatios.stream().map(r -> r.get(index)).toList()));
    }
  }

  /** One compilation with the plugin of {@code jar}: its stats line's elapsed and CPU ms. */
  private static double[] compile(JavaCompiler javac, String jar, List<String> javacArgs)
      throws IOException {
    List<String> options = new ArrayList<>(List.of("-proc:none", "-processorpath", jar,
        "-Xplugin:JBorrow stats"));
    for (String a : javacArgs) {
      // Expanded here, not by InProcessJavac's: this file runs alone in the source launcher.
      if (a.startsWith("@")) {
        options.addAll(Files.readAllLines(Path.of(a.substring(1)), StandardCharsets.UTF_8));
      } else {
        options.add(a);
      }
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = javac.run(null, null, new PrintStream(err, true, StandardCharsets.UTF_8),
        options.toArray(String[]::new));
    String output = err.toString(StandardCharsets.UTF_8);
    Matcher m = STATS.matcher(output);
    if (status != 0 || !m.find()) {
      System.err.println(output);
      throw new IllegalStateException("javac failed (status " + status + ") or printed no "
          + "stats line for " + jar);
    }
    return new double[] {Double.parseDouble(m.group(1)),
        m.group(2) == null ? Double.NaN : Double.parseDouble(m.group(2))};
  }

  private static double median(List<double[]> values, int column) {
    return medianOf(values.stream().map(v -> v[column]).toList());
  }

  private static double medianOf(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      usage(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static int number(String[] args, int i, int least) {
    String text = value(args, i);
    try {
      int n = Integer.parseInt(text);
      if (n >= least) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, as a number out of range is
    }
    usage(args[i - 1] + " needs a whole number of at least " + least + ", not '" + text + "'");
    return least; // not reached: usage exits
  }

  private static void usage(String problem) {
    System.err.println("ReactorPairs: " + problem + "\nusage: java ReactorPairs.java [--rounds N]"
        + " [--warmup N] --jars a.jar,b.jar -- JAVAC_ARGS...");
    System.exit(2);
  }
}
