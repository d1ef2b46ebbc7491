package dev.jborrow.processor.difftest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch of twins with rustc's verdicts, stored in the test resources ({@value #DIR}) so that
 * {@code mvn verify} compares jborrow with rustc without rustc: {@code Twins.java} and {@code
 * Twins.rs} (the pair, for reading), {@code Twins.oracle} (what rustc 1.95 said under NLL and
 * under Polonius), {@code Twins.known} (the disagreements jborrow had when it was recorded,
 * with their class). Written by {@code bench/difftest.sh --record}.
 *
 * @param seed the run's base seed (the batch is {@link TwinRun#batch} 0 of it)
 * @param size the statement budget
 * @param rustcVersion {@code rustc --version} at recording
 * @param nll rustc's errors by function
 * @param polonius rustc's errors under Polonius by function
 * @param known the known disagreements: function name to class
 */
record RecordedSample(long seed, int size, String rustcVersion, List<List<Report>> nll,
    List<List<Report>> polonius, Map<String, String> known) {

  static final String DIR = "difftest";

  int count() {
    return nll.size();
  }

  TwinBatch batch() {
    return TwinRun.batch(seed, 0, count(), size);
  }

  /** Runs rustc on batch 0 of {@code seed} and jborrow on its twin, and writes the sample. */
  static void record(Path dir, long seed, int count, int size) throws IOException,
      InterruptedException {
    TwinBatch b = TwinRun.batch(seed, 0, count, size);
    Rustc rustc = new Rustc(Files.createTempDirectory("difftest-record"));
    List<List<Report>> nll = TwinRun.split(b, rustc.start("Twins", b.rust(), false).reports());
    List<List<Report>> pol = TwinRun.split(b, rustc.start("Twins", b.rust(), true).reports());
    List<List<Report>> java = TwinRun.split(b, Jborrow.check(b.qualifiedName(), b.java()));
    Process v = new ProcessBuilder("rustc", "--version").start();
    String version = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    StringBuilder oracle = new StringBuilder("# rustc's errors on Twins.rs, by function; lines"
        + " count from the first line of the body (0)\n")
        .append("seed ").append(seed).append('\n')
        .append("size ").append(size).append('\n')
        .append("count ").append(count).append('\n')
        .append(version).append('\n');
    StringBuilder known = new StringBuilder("# The twins jborrow disagreed on when they were"
        + " recorded, with the class of each\n# (RecordedTwinsTest skips them with that reason"
        + " and fails when one changes)\n");
    for (int i = 0; i < count; i++) {
      String f = b.functions().get(i).name();
      write(oracle, f, "nll", nll.get(i));
      write(oracle, f, "polonius", pol.get(i));
      Outcome o = new Outcome(b.functions().get(i), nll.get(i), java.get(i), pol.get(i));
      if (o.infidelity()) {
        throw new IllegalStateException("the sample holds a generator infidelity: " + f);
      }
      if (!o.referenceAgrees()) {
        known.append(f).append('\t').append(Classifier.classOf(o)).append('\n');
      }
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("Twins.java"), b.java());
    Files.writeString(dir.resolve("Twins.rs"), b.rust());
    Files.writeString(dir.resolve("Twins.oracle"), oracle.toString());
    Files.writeString(dir.resolve("Twins.known"), known.toString());
  }

  private static void write(StringBuilder sb, String f, String which, List<Report> reports) {
    sb.append(f).append(' ').append(which);
    for (Report r : reports) {
      sb.append(' ').append(r.line()).append(':').append(r.code()).append(':')
          .append(r.subject());
    }
    sb.append('\n');
  }

  /** The sample in the test resources. */
  static RecordedSample load() throws IOException {
    String oracle = resource("Twins.oracle");
    long seed = 0;
    int size = 0;
    int count = 0;
    String version = "";
    List<List<Report>> nll = new ArrayList<>();
    List<List<Report>> pol = new ArrayList<>();
    for (String line : oracle.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] w = line.split(" ");
      switch (w[0]) {
        case "seed" -> seed = Long.parseLong(w[1]);
        case "size" -> size = Integer.parseInt(w[1]);
        case "count" -> count = Integer.parseInt(w[1]);
        case "rustc" -> version = line;
        default -> {
          List<Report> reports = new ArrayList<>();
          for (int i = 2; i < w.length; i++) {
            String[] p = w[i].split(":", 3);
            reports.add(new Report(Long.parseLong(p[0]), p[1], p[2]));
          }
          (w[1].equals("nll") ? nll : pol).add(reports);
        }
      }
    }
    if (nll.size() != count || pol.size() != count) {
      throw new IOException("Twins.oracle: " + count + " functions announced, " + nll.size()
          + " NLL and " + pol.size() + " Polonius lines found");
    }
    Map<String, String> known = new LinkedHashMap<>();
    for (String line : resource("Twins.known").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] w = line.split("\t", 2);
        known.put(w[0], w[1]);
      }
    }
    return new RecordedSample(seed, size, version, nll, pol, known);
  }

  static String resource(String name) throws IOException {
    try (InputStream in = RecordedSample.class.getClassLoader()
        .getResourceAsStream(DIR + "/" + name)) {
      if (in == null) {
        throw new IOException("test resource " + DIR + "/" + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
