package dev.jborrow.processor.gen;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import dev.jborrow.Owned;
import dev.jborrow.processor.JBorrowPlugin;
import dev.jborrow.processor.JBorrowProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compile-time cost of jborrow on generated, annotated, correct code. Not a test: a program.
 *
 * <pre>
 * mvn -q -o -pl processor test-compile exec:java -Dexec.mainClass=dev.jborrow.processor.gen.CorpusBenchmark -Dexec.classpathScope=test
 * mvn -q -o -pl processor test-compile exec:java -Dexec.mainClass=dev.jborrow.processor.gen.CorpusBenchmark -Dexec.classpathScope=test -Dexec.args="--scaling"
 * </pre>
 *
 * (run from the repository root after {@code mvn -q -o install -DskipTests -pl
 * annotations,processor}; without {@code -o} once if exec-maven-plugin is not in the local
 * repository yet.)
 *
 * <p><b>Corpus mode</b> (default): {@link ProgramGenerator} writes files of {@link
 * ProgramGenerator.Config#CORPUS} size to a temporary directory until they hold {@code
 * --lines=N} lines (default 30,000), then each round compiles all of them in one in-process
 * javac task (parse to class files, {@code -d} a temporary directory) four times, in an order
 * that rotates: plain ({@code -proc:none}), with a processor that does nothing (what running
 * any processor costs javac), with a fresh {@link JBorrowProcessor}, and with jborrow as a
 * plugin ({@code -proc:none -Xplugin:JBorrow}). {@code --warmup=N}
 * (default 2) rounds are discarded, {@code --runs=N} (default 5) are measured; the table gives
 * the medians and the ratios. The corpus is correct by construction: any jborrow diagnostic
 * fails the run. {@code --baseline=JAR} adds a fifth configuration, the plugin of another
 * build's processor jar loaded apart from this one, and a table of both plugins' costs: the
 * comparison of an old and a new version in one run. With {@code --plugins-only}, each round
 * compiles with the two plugins and nothing else: twice the rounds in the same time, for
 * comparing jborrow's own time only (the machine's noise moves it by a tenth from round to
 * round), and the bytes each plugin allocates, which the noise moves little (about ±1% from
 * run to run): a change that takes work away shows there when its time is lost in the noise.
 *
 * <p><b>Scaling mode</b> ({@code --scaling}): one method of 1k, 10k and 50k statements
 * ({@code --sizes=...}), one whose shapes nest {@code --depth=N} (default 60) deep, and one with
 * {@code --vars=N} (default 200) tracked locals. Each is compiled up to {@link
 * JavacTask#analyze()} (attribution and flow; jborrow runs at its end) with and without
 * jborrow: bytecode generation is left out because
 * such methods exceed the JVM's 64 KB limit on a method's code. The table gives javac's time,
 * the time jborrow adds (difference of the medians) and jborrow's own time (measured by a
 * task listener around its ANALYZE work), also per 1,000 statements: about constant means
 * linear growth. Scaling defaults to 1 warm-up and 3 measured rounds; a method of more than
 * 20,000 statements gets one round unless {@code --warmup} and {@code --runs} say otherwise
 * (the "rounds" column says warm-up + measured).
 */
public final class CorpusBenchmark {

  /**
   * Above this many statements a scaling case gets one measured round and no warm-up, unless
   * {@code --runs} and {@code --warmup} ask for more.
   */
  private static final int HUGE = 20_000;

  /** CPU time of the compiling thread (javac compiles on the thread that calls it). */
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * The bytes the compiling thread allocates, which the machine's load hardly moves (the JIT's
   * escape analysis does, a little): a measure of the work done where the time moves by a
   * tenth or more from round to round.
   */
  private static long allocatedNow() {
    return ((com.sun.management.ThreadMXBean) THREADS).getCurrentThreadAllocatedBytes();
  }

  private static final Pattern JBORROW_CODE = Pattern.compile("^\\[[EJ]\\d{4}\\]");

  private CorpusBenchmark() {}

  /**
   * Runs the benchmark; a bad argument gets its reason and the usage, not a stack trace
   * (bench/generated.sh passes the user's arguments through).
   */
  public static void main(String[] args) throws Exception {
    try {
      run(args);
    } catch (BadArgument e) { // only the arguments' errors: the benchmark's own keep their trace
      System.err.println("corpus benchmark: " + e.getMessage() + "\nusage: bench/generated.sh "
          + "corpus [--lines=N] [--warmup=N] [--runs=N] [--seed=N] [--baseline=JAR "
          + "[--plugins-only]]\n       bench/generated.sh scaling [--sizes=N,N,...] "
          + "[--depth=N] [--vars=N] [--seed=N] [--warmup=N] [--runs=N]");
      System.exit(2);
    }
  }

  /** An argument the benchmark cannot run with. */
  private static final class BadArgument extends RuntimeException {
    BadArgument(String message) {
      super(message);
    }
  }

  private static void run(String[] args) throws Exception {
    int lines = 30_000;
    int warmup = 2;
    int runs = 5;
    long seed = 42;
    boolean scaling = false;
    boolean warmupSet = false;
    boolean runsSet = false;
    int depth = 60;
    int vars = 200;
    List<Integer> sizes = new ArrayList<>(List.of(1_000, 10_000, 50_000));
    Path baseline = null;
    boolean pluginsOnly = false;
    for (String a : args) {
      for (String arg : a.trim().split("\\s+")) {
        if (arg.isEmpty()) {
          continue;
        }
        String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
        if (arg.equals("--scaling")) {
          scaling = true;
        } else if (arg.startsWith("--lines=")) {
          lines = number(arg, value, 1);
        } else if (arg.startsWith("--warmup=")) {
          warmup = number(arg, value, 0);
          warmupSet = true;
        } else if (arg.startsWith("--runs=")) {
          runs = number(arg, value, 1);
          runsSet = true;
        } else if (arg.startsWith("--seed=")) {
          seed = parsed(arg, value);
        } else if (arg.startsWith("--depth=")) {
          depth = number(arg, value, 0);
        } else if (arg.startsWith("--vars=")) {
          vars = number(arg, value, 0);
        } else if (arg.equals("--plugins-only")) {
          pluginsOnly = true;
        } else if (arg.startsWith("--baseline=")) {
          baseline = Path.of(value);
          if (!Files.isReadable(baseline)) {
            throw new BadArgument("--baseline: cannot read " + baseline);
          }
        } else if (arg.startsWith("--sizes=")) {
          sizes.clear();
          for (String s : value.split(",")) {
            sizes.add(number(arg, s.trim(), 0));
          }
        } else {
          throw new BadArgument("unknown argument " + arg);
        }
      }
    }
    if (pluginsOnly && baseline == null) {
      throw new BadArgument("--plugins-only compares two plugins: give --baseline=JAR");
    }
    checkIsolation();
    boolean ok = scaling
        ? scaling(sizes, depth, vars, seed, warmupSet ? warmup : -1, runsSet ? runs : -1)
        : corpus(lines, seed, warmup, runs, baseline, pluginsOnly);
    if (!ok) {
      System.exit(1);
    }
  }

  /** A count given as {@code --name=value}: a whole number of at least {@code least}. */
  private static int number(String arg, String value, int least) {
    long n = parsed(arg, value);
    if (n < least || n > Integer.MAX_VALUE) {
      throw new BadArgument(arg + ": needs a whole number from " + least + " to "
          + Integer.MAX_VALUE);
    }
    return (int) n;
  }

  private static long parsed(String arg, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new BadArgument(arg + ": '" + value + "' is not a whole number");
    }
  }

  // ---------------------------------------------------------------- corpus mode

  private static boolean corpus(int targetLines, long seed, int warmup, int runs, Path baseline,
      boolean pluginsOnly) throws IOException {
    List<Mode> modes = new ArrayList<>(pluginsOnly ? List.of(Mode.PLUGIN)
        : List.of(Mode.PLAIN, Mode.NOOP, Mode.JBORROW, Mode.PLUGIN));
    if (baseline != null) {
      modes.add(Mode.BASELINE);
      baselinePlugin = new ChildFirstLoader(baseline);
    }
    Path dir = Files.createTempDirectory("jborrow-corpus");
    Path src = dir.resolve("src");
    Path pkg = src.resolve(ProgramGenerator.PACKAGE);
    Files.createDirectories(pkg);
    List<File> files = new ArrayList<>();
    int lines = 0;
    int statements = 0;
    for (long s = seed; lines < targetLines; s++) {
      GeneratedProgram p = ProgramGenerator.generate(s, ProgramGenerator.Config.CORPUS, null);
      Path file = pkg.resolve(p.className() + ".java");
      Files.writeString(file, p.source());
      files.add(file.toFile());
      lines += p.lines();
      statements += p.statements();
    }
    System.out.printf(Locale.ROOT, "jborrow corpus benchmark: %d files, %d lines, %d statements"
            + " in %s; %d warm-up + %d measured rounds, full compile (-d), %s, %d cpus%n",
        files.size(), lines, statements, src, warmup, runs, Runtime.version(),
        Runtime.getRuntime().availableProcessors());
    long[][] nanos = new long[Mode.values().length][runs];
    long[][] cpu = new long[Mode.values().length][runs];
    double[] own = new double[runs];
    double[][] pluginOwn = new double[Mode.values().length][runs];
    double[][] ownCpu = new double[Mode.values().length][runs];
    double[][] ownMb = new double[Mode.values().length][runs];
    for (int round = 0; round < warmup + runs; round++) {
      Result[] results = new Result[Mode.values().length];
      // Rotate the order, so that no configuration always runs first.
      for (int k = 0; k < modes.size(); k++) {
        Mode mode = modes.get((k + round) % modes.size());
        results[mode.ordinal()] = compileFiles(files, dir, mode);
      }
      Result checked = results[pluginsOnly ? Mode.PLUGIN.ordinal() : Mode.JBORROW.ordinal()];
      if (!checked.jborrow().isEmpty()) {
        System.out.println("FAIL: the corpus is correct by construction, but jborrow reported:");
        checked.jborrow().stream().limit(20).forEach(d -> System.out.println("  " + d));
        return false;
      }
      if (!results[Mode.PLUGIN.ordinal()].jborrow().isEmpty()) {
        System.out.println("FAIL: the corpus is correct by construction, but the plugin reported:");
        results[Mode.PLUGIN.ordinal()].jborrow().stream().limit(20)
            .forEach(d -> System.out.println("  " + d));
        return false;
      }
      if (pluginsOnly) {
        System.out.printf(Locale.ROOT, "  round %d%s: plugin %d ms (own %.0f ms), baseline plugin"
                + " %d ms (own %.0f ms)%n", round + 1, round < warmup ? " (warm-up)" : "",
            results[3].nanos() / 1_000_000, results[3].ownMillis(),
            results[4].nanos() / 1_000_000, results[4].ownMillis());
      } else {
        System.out.printf(Locale.ROOT, "  round %d%s: javac %d ms, javac+no-op processor %d ms,"
                + " javac+jborrow %d ms, javac+jborrow plugin %d ms%s%n", round + 1,
            round < warmup ? " (warm-up)" : "", results[0].nanos() / 1_000_000,
            results[1].nanos() / 1_000_000, results[2].nanos() / 1_000_000,
            results[3].nanos() / 1_000_000, baseline == null ? ""
                : String.format(Locale.ROOT, ", javac+baseline plugin %d ms (own %.0f ms vs %.0f)",
                    results[4].nanos() / 1_000_000, results[4].ownMillis(),
                    results[3].ownMillis()));
      }
      if (round >= warmup) {
        for (Mode m : modes) {
          nanos[m.ordinal()][round - warmup] = results[m.ordinal()].nanos();
          cpu[m.ordinal()][round - warmup] = results[m.ordinal()].cpuNanos();
          pluginOwn[m.ordinal()][round - warmup] = results[m.ordinal()].ownMillis();
          ownCpu[m.ordinal()][round - warmup] = results[m.ordinal()].ownCpuMillis();
          ownMb[m.ordinal()][round - warmup] = results[m.ordinal()].ownBytes() / 1e6;
        }
        own[round - warmup] = checked.ownMillis();
      }
    }
    if (pluginsOnly) {
      int b = Mode.BASELINE.ordinal();
      int p = Mode.PLUGIN.ordinal();
      System.out.printf(Locale.ROOT, "%n| plugin | jborrow's own ms | own CPU ms "
              + "| own MB allocated |%n|---|---:|---:|---:|%n"
              + "| baseline (%s) | %.0f | %.0f | %.1f |%n"
              + "| this build | %.0f | %.0f | %.1f |%n%n"
              + "jborrow's own time, baseline ÷ this build: %.2fx (CPU %.2fx; allocated %.3fx)%n",
          baseline.getFileName(), median(pluginOwn[b]), median(ownCpu[b]), median(ownMb[b]),
          median(pluginOwn[p]), median(ownCpu[p]), median(ownMb[p]),
          median(pluginOwn[b]) / median(pluginOwn[p]), median(ownCpu[b]) / median(ownCpu[p]),
          median(ownMb[b]) / median(ownMb[p]));
      // Round by round: the two plugins of a round ran side by side, on the same machine state.
      double[] paired = new double[runs];
      for (int r = 0; r < runs; r++) {
        paired[r] = ownCpu[b][r] / ownCpu[p][r];
      }
      System.out.printf(Locale.ROOT, "median of the rounds' own CPU ratios, baseline ÷ this build:"
          + " %.2fx%n", median(paired));
      deleteRecursively(dir);
      return true;
    }
    double mp = median(nanos[Mode.PLAIN.ordinal()]) / 1e6;
    double mn = median(nanos[Mode.NOOP.ordinal()]) / 1e6;
    double mc = median(nanos[Mode.JBORROW.ordinal()]) / 1e6;
    double mg = median(nanos[Mode.PLUGIN.ordinal()]) / 1e6;
    System.out.println();
    System.out.println("| files | lines | javac ms | javac+no-op processor ms | javac+jborrow ms |"
        + " jborrow ÷ javac | jborrow ÷ no-op | javac+jborrow plugin ms | plugin ÷ javac |"
        + " jborrow's own ms |");
    System.out.println("|------:|------:|---------:|-------------------------:|-----------------:|"
        + "---------------:|----------------:|------------------------:|---------------:|"
        + "-----------------:|");
    System.out.printf(Locale.ROOT, "| %5d | %5d | %8.0f | %24.0f | %16.0f | %14.3fx | %15.3fx |"
            + " %23.0f | %13.3fx | %16.0f |%n", files.size(), lines, mp, mn, mc, mc / mp, mc / mn,
        mg, mg / mp, median(own));
    System.out.println();
    System.out.println("(medians; the no-op processor shows what running any annotation processor"
        + " costs javac, jborrow or not; the plugin is -proc:none -Xplugin:JBorrow)");
    // CPU time of the compiling thread: on a machine other work shares, what the compilation
    // itself spent, less moved by the waits for a core that wall time includes.
    double cp = median(cpu[Mode.PLAIN.ordinal()]) / 1e6;
    System.out.println();
    System.out.println("| configuration | CPU ms of the javac thread | ÷ javac | jborrow's own CPU ms |");
    System.out.println("|---|---:|---:|---:|");
    for (Mode m : modes) {
      double c = median(cpu[m.ordinal()]) / 1e6;
      System.out.printf(Locale.ROOT, "| %s | %.0f | %.3fx | %s |%n", m.label, c, c / cp,
          m == Mode.PLAIN || m == Mode.NOOP ? ""
              : String.format(Locale.ROOT, "%.0f", median(ownCpu[m.ordinal()])));
    }
    if (baseline != null) {
      double mb = median(nanos[Mode.BASELINE.ordinal()]) / 1e6;
      double ownNew = median(pluginOwn[Mode.PLUGIN.ordinal()]);
      double ownOld = median(pluginOwn[Mode.BASELINE.ordinal()]);
      System.out.println();
      System.out.println("| plugin | javac+plugin ms | ÷ javac | jborrow's own ms |");
      System.out.println("|---|---:|---:|---:|");
      System.out.printf(Locale.ROOT, "| baseline (%s) | %.0f | %.3fx | %.0f |%n",
          baseline.getFileName(), mb, mb / mp, ownOld);
      System.out.printf(Locale.ROOT, "| this build | %.0f | %.3fx | %.0f |%n", mg, mg / mp, ownNew);
      System.out.printf(Locale.ROOT, "%njborrow's own time, baseline ÷ this build: %.2fx%n",
          ownOld / ownNew);
      System.out.printf(Locale.ROOT, "jborrow's own CPU time, baseline ÷ this build: %.2fx%n",
          median(ownCpu[Mode.BASELINE.ordinal()]) / median(ownCpu[Mode.PLUGIN.ordinal()]));
    }
    deleteRecursively(dir);
    return true;
  }

  // ---------------------------------------------------------------- scaling mode

  /**
   * @param warmup the warm-up rounds given, or -1: then 1, and none for a huge method
   * @param runs the measured rounds given, or -1: then 3, and one for a huge method
   */
  private static boolean scaling(List<Integer> sizes, int depth, int vars, long seed,
      int warmup, int runs) throws IOException {
    List<String> cases = new ArrayList<>();
    List<GeneratedProgram> programs = new ArrayList<>();
    for (int n : sizes) {
      programs.add(ProgramGenerator.largeMethod(seed, n));
      cases.add(n + " statements, depth <= 4");
    }
    programs.add(ProgramGenerator.deepMethod(seed, depth));
    cases.add("nesting " + depth + " deep");
    programs.add(ProgramGenerator.manyVariables(seed, vars, 2_000));
    cases.add(vars + " tracked locals");
    int warm = warmup >= 0 ? warmup : 1;
    int measured = runs >= 0 ? runs : 3;
    // Huge methods take long: one round, the JIT being warm from the smaller cases, unless the
    // rounds were asked for.
    int warmHuge = warmup >= 0 ? warmup : 0;
    int measuredHuge = runs >= 0 ? runs : 1;
    System.out.printf(Locale.ROOT, "jborrow scaling benchmark: %d warm-up + %d measured rounds"
        + " (a method of over %,d statements: %d + %d), javac front end (analyze), %s%n",
        warm, measured, HUGE, warmHuge, measuredHuge, Runtime.version());
    List<String> rows = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < programs.size(); i++) {
      GeneratedProgram p = programs.get(i);
      Path dir = Files.createTempDirectory("jborrow-scaling");
      Path file = dir.resolve(ProgramGenerator.PACKAGE).resolve(p.className() + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, p.source());
      boolean huge = p.statements() > HUGE;
      int w = huge ? warmHuge : warm;
      int r = huge ? measuredHuge : measured;
      long[] plain = new long[r];
      long[] checked = new long[r];
      double[] own = new double[r];
      double[] ownCpu = new double[r];
      for (int round = 0; round < w + r; round++) {
        boolean plainFirst = round % 2 == 0;
        Result first = analyzeOnly(file.toFile(), plainFirst ? Mode.PLAIN : Mode.JBORROW);
        Result second = analyzeOnly(file.toFile(), plainFirst ? Mode.JBORROW : Mode.PLAIN);
        Result withoutJborrow = plainFirst ? first : second;
        Result withJborrow = plainFirst ? second : first;
        if (!withJborrow.jborrow().isEmpty()) {
          System.out.println("FAIL: " + p.className() + " is correct by construction, but:");
          withJborrow.jborrow().stream().limit(10).forEach(d -> System.out.println("  " + d));
          ok = false;
          break;
        }
        if (round >= w) {
          plain[round - w] = withoutJborrow.nanos();
          checked[round - w] = withJborrow.nanos();
          own[round - w] = withJborrow.ownMillis();
          ownCpu[round - w] = withJborrow.ownCpuMillis();
        }
      }
      double mp = median(plain) / 1e6;
      double mc = median(checked) / 1e6;
      double mo = median(own);
      double perK = mo / (p.statements() / 1000.0);
      double cpuPerK = median(ownCpu) / (p.statements() / 1000.0);
      rows.add(String.format(Locale.ROOT,
          "| %-26s | %10d | %7d | %6s | %8.0f | %16.0f | %8.0f | %10.0f | %16.2f | %12.2f |",
          cases.get(i), p.statements(), p.lines(), w + "+" + r, mp, mc, mc - mp, mo, perK,
          cpuPerK));
      System.out.printf(Locale.ROOT, "  %s done: %.0f ms vs %.0f ms%n", cases.get(i), mp, mc);
      deleteRecursively(dir);
    }
    System.out.println();
    System.out.println("| case                       | statements |   lines | rounds | javac ms |"
        + " javac+jborrow ms | added ms | jborrow ms | jborrow ms/1k st | CPU ms/1k st |");
    System.out.println("|----------------------------|-----------:|--------:|-------:|---------:|"
        + "-----------------:|---------:|-----------:|-----------------:|-------------:|");
    rows.forEach(System.out::println);
    System.out.println();
    System.out.println("(medians; 'jborrow ms' is the time spent in jborrow's listener at the"
        + " ANALYZE events, 'CPU ms' the CPU time of the same spans; linear growth keeps the"
        + " last columns about constant)");
    return ok;
  }

  // ---------------------------------------------------------------- compiling

  /**
   * @param nanos wall time of the javac task
   * @param jborrow jborrow's diagnostics (must be none)
   * @param cpuNanos CPU time of the thread that ran the javac task
   * @param ownMillis the time spent in jborrow's listener (see {@link OwnTime})
   * @param ownCpuMillis the CPU time of the same spans
   * @param ownBytes the bytes allocated in the same spans
   */
  private record Result(long nanos, long cpuNanos, List<String> jborrow, double ownMillis,
      double ownCpuMillis, long ownBytes) {}

  /**
   * What javac runs with: nothing, a processor that does nothing, jborrow, jborrow's plugin,
   * and with {@code --baseline=JAR} the plugin of another build (an older jar), so that two
   * versions are compared in one run, turn by turn, on the same machine load.
   */
  private enum Mode {
    PLAIN("javac"),
    NOOP("javac+no-op processor"),
    JBORROW("javac+jborrow processor"),
    PLUGIN("javac+jborrow plugin"),
    BASELINE("javac+baseline plugin");

    final String label;

    Mode(String label) {
      this.label = label;
    }
  }

  /** The class loader of the {@code --baseline} jar, or null. */
  private static ClassLoader baselinePlugin;

  /**
   * Loads jborrow's classes from another jar before asking its parent, so that the baseline
   * does not see this build's classes; javac's API and the annotations come from the parent.
   */
  private static final class ChildFirstLoader extends java.net.URLClassLoader {
    ChildFirstLoader(Path jar) throws IOException {
      super(new java.net.URL[] {jar.toUri().toURL()}, CorpusBenchmark.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("dev.jborrow.processor.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }

    @Override
    public java.net.URL getResource(String name) {
      java.net.URL mine = findResource(name);
      return mine != null ? mine : super.getResource(name);
    }
  }

  private static Result compileFiles(List<File> files, Path dir, Mode mode) throws IOException {
    Path out = dir.resolve("classes-" + mode);
    deleteRecursively(out);
    Files.createDirectories(out);
    return run(files, mode, List.of("-d", out.toString()), false);
  }

  private static Result analyzeOnly(File file, Mode mode) {
    return run(List.of(file), mode, List.of(), true);
  }

  private static Result run(List<File> files, Mode mode, List<String> extra,
      boolean analyzeOnly) {
    Result[] result = new Result[1];
    RuntimeException[] failure = new RuntimeException[1];
    // A big stack: javac and the checker recurse over deeply nested statements.
    Thread t = new Thread(null, () -> {
      try {
        result[0] = runOnThisThread(files, mode, extra, analyzeOnly);
      } catch (RuntimeException e) {
        failure[0] = e;
      }
    }, "javac", 512L << 20);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    return result[0];
  }

  private static Result runOnThisThread(List<File> files, Mode mode, List<String> extra,
      boolean analyzeOnly) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of("-classpath", annotationsJar().getPath(),
        "-Xlint:-options", "-Xmaxerrs", "10000", "-encoding", "UTF-8"));
    options.addAll(extra);
    if (mode == Mode.PLAIN || mode == Mode.PLUGIN || mode == Mode.BASELINE) {
      options.add("-proc:none");
    }

    OwnTime ownTime = new OwnTime();
    System.gc();
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        null)) {
      JavacTask task = (JavacTask) javac.getTask(new StringWriter(), new NothingDiscovered(fm),
          diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files));
      if (mode == Mode.JBORROW || mode == Mode.NOOP) {
        task.setProcessors(List.of(mode == Mode.JBORROW ? new JBorrowProcessor()
            : new NoopProcessor()));
      }
      task.addTaskListener(ownTime);
      if (mode == Mode.PLUGIN) {
        // What javac does for -Xplugin:"JBorrow stats", with the classes this JVM has already
        // compiled: through -processorpath javac would load the plugin afresh, and cold, in a
        // new class loader every round.
        new JBorrowPlugin().init(task, "stats");
      } else if (mode == Mode.BASELINE) {
        baselinePlugin().init(task, "stats");
      }
      if (analyzeOnly) {
        task.analyze();
      } else if (!task.call()) {
        // errors are listed below
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long nanos = System.nanoTime() - start;
    long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
    ownTime.close();
    double own = ownTime.total / 1e6;
    List<String> jborrow = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String msg = d.getMessage(Locale.ROOT);
      if (JBORROW_CODE.matcher(msg).find()) {
        jborrow.add((d.getSource() == null ? "" : d.getSource().getName()) + ":"
            + d.getLineNumber() + ": " + msg.replace('\n', ' '));
      } else if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add((d.getSource() == null ? "" : d.getSource().getName()) + ":"
            + d.getLineNumber() + ": " + msg);
      }
    }
    if (!errors.isEmpty()) {
      errors.stream().limit(20).forEach(System.err::println);
      throw new IllegalStateException("the generated sources do not compile");
    }
    if ((mode == Mode.PLUGIN || mode == Mode.BASELINE) && diagnostics.getDiagnostics().stream()
        .noneMatch(d -> d.getMessage(Locale.ROOT).startsWith("jborrow: "))) {
      throw new IllegalStateException("javac did not start the plugin: no `jborrow:` stats line");
    }
    return new Result(nanos, cpuNanos, jborrow, own, ownTime.cpuTotal / 1e6, ownTime.bytes);
  }

  /**
   * The time other listeners spend after this one on each ANALYZE event: registered before
   * the processor registers its own listener, so that is jborrow's analysis (nothing in a
   * plain compile). It ends when the next event starts, or when the task returns.
   */
  private static final class OwnTime implements TaskListener {
    private long pending;
    private long pendingCpu;
    private long pendingBytes;
    private long total;
    private long cpuTotal;
    private long bytes;

    @Override
    public void started(TaskEvent e) {
      close();
    }

    @Override
    public void finished(TaskEvent e) {
      close();
      if (e.getKind() == TaskEvent.Kind.ANALYZE) {
        pending = System.nanoTime();
        pendingCpu = THREADS.getCurrentThreadCpuTime();
        pendingBytes = allocatedNow();
      }
    }

    void close() {
      if (pending != 0) {
        total += System.nanoTime() - pending;
        cpuTotal += THREADS.getCurrentThreadCpuTime() - pendingCpu;
        bytes += allocatedNow() - pendingBytes;
        pending = 0;
      }
    }
  }

  /**
   * A file manager whose processor class loader finds nothing. Without it javac would discover
   * jborrow's plugin through this JVM's own class path (the processor class loader's parent) and
   * start it on every compilation, the plain one included: the plain configuration would pay one
   * analysis and the plugin configurations two. Processors and plugins here are only those this
   * benchmark hands to the task.
   */
  private static final class NothingDiscovered
      extends ForwardingJavaFileManager<StandardJavaFileManager> {

    /** Sees only the JDK. Not a URLClassLoader: javac closes a processor loader it can close. */
    private static final ClassLoader JDK_ONLY =
        new ClassLoader(ClassLoader.getPlatformClassLoader()) {};

    NothingDiscovered(StandardJavaFileManager fm) {
      super(fm);
    }

    @Override
    public ClassLoader getClassLoader(Location location) {
      // javac searches the class path for processors and plugins when there is no processor path
      return location == StandardLocation.ANNOTATION_PROCESSOR_PATH
          || location == StandardLocation.CLASS_PATH
          ? JDK_ONLY
          : super.getClassLoader(location);
    }
  }

  /**
   * Fails the benchmark unless each configuration runs jborrow as often as it says: never in
   * plain javac or with the no-op processor, once with the processor and with the plugin. A
   * program with one move error must give no finding, or exactly one.
   */
  private static void checkIsolation() throws IOException {
    Path dir = Files.createTempDirectory("jborrow-isolation");
    Path file = dir.resolve("Isolation.java");
    Files.writeString(file, """
        import dev.jborrow.Owned;
        @Owned class Isolation {
          static void take(@Owned Isolation i) {}
          static void twice() { Isolation a = new Isolation(); take(a); take(a); }
        }
        """);
    try {
      for (Mode mode : List.of(Mode.PLAIN, Mode.NOOP, Mode.JBORROW, Mode.PLUGIN)) {
        int expected = mode == Mode.PLAIN || mode == Mode.NOOP ? 0 : 1;
        List<String> found = run(List.of(file.toFile()), mode,
            List.of("-d", dir.resolve("classes").toString()), false).jborrow();
        if (found.size() != expected) {
          throw new IllegalStateException(mode + " should run jborrow " + expected
              + " time(s) but reported " + found);
        }
      }
    } finally {
      deleteRecursively(dir);
    }
  }

  private static com.sun.source.util.Plugin baselinePlugin() {
    try {
      return (com.sun.source.util.Plugin) Class.forName("dev.jborrow.processor.JBorrowPlugin",
          true, baselinePlugin).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("--baseline: no JBorrowPlugin in the jar", e);
    }
  }

  private static File annotationsJar() {
    try {
      return new File(Owned.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2.0;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2.0;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
