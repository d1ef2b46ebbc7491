package dev.jborrow.processor.gen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where jborrow's time goes in a flight recording: of the execution samples whose stack holds
 * a root frame (by default {@code BodyChecker.check}, the analysis of one body), the share of
 * each of jborrow's methods inclusive of what it calls, and the share of the time spent in
 * each method itself, and whose code the samples are in (jborrow's, the JDK libraries' it calls,
 * javac's it asks). This is how bench/README.md reports "the lowering 47%, the emitter 35% of
 * it" before and after a change, from a recording anyone can make again. Not a test.
 *
 * <pre>
 * JAVA_OPTS="-XX:FlightRecorderOptions=stackdepth=256 \
 *     -XX:StartFlightRecording=filename=/tmp/corpus.jfr,settings=profile" \
 *     bench/generated.sh corpus --runs=20 --warmup=5
 * java processor/src/test/java/dev/jborrow/processor/gen/ProfileShares.java /tmp/corpus.jfr \
 *     [--root=dev.jborrow.processor.check.BodyChecker.check] [--min=1.0] [--callers=METHOD]
 * </pre>
 *
 * <p>{@code --callers=java.util.Arrays.copyOf} adds where the samples of that method's own code
 * come from: the three frames above it and the first of jborrow's, each chain with its share.
 *
 * <p>A recording with {@code --baseline} mixes two builds' frames, which have the same names. A
 * sample whose stack JFR cut short (64 frames by default) may have lost its root frame: such
 * samples are counted and reported, and a recording with a deeper stack depth has none.
 */
public final class ProfileShares {

  private static final String JBORROW = "dev.jborrow.processor.";

  private ProfileShares() {}

  public static void main(String[] args) throws IOException {
    Path file = null;
    String root = JBORROW + "check.BodyChecker.check";
    double min = 1.0;
    String callersOf = null;
    for (String a : args) {
      if (a.startsWith("--callers=")) {
        callersOf = a.substring("--callers=".length());
        if (callersOf.isEmpty()) {
          usage("--callers needs a method, as CLASS.METHOD");
        }
      } else if (a.startsWith("--root=")) {
        root = a.substring("--root=".length());
      } else if (a.startsWith("--min=")) {
        try {
          min = Double.parseDouble(a.substring("--min=".length()));
          if (!(min >= 0 && min <= 100)) {
            usage("--min needs a percentage from 0 to 100, not '" + a.substring(6) + "'");
          }
        } catch (NumberFormatException e) {
          usage("--min needs a percentage, not '" + a.substring("--min=".length()) + "'");
        }
      } else if (a.startsWith("--") || file != null) {
        usage("unknown argument '" + a + "'");
      } else {
        file = Path.of(a);
      }
    }
    if (file == null || !Files.isReadable(file)) {
      usage(file == null ? "a recording is required" : "cannot read " + file);
    }
    List<RecordedEvent> events;
    try {
      events = RecordingFile.readAllEvents(file);
    } catch (IOException e) {
      usage("not a flight recording: " + file + " (" + e.getMessage() + ")");
      return;
    }
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> callers = new HashMap<>();
    Map<String, Integer> layers = new HashMap<>();
    int underRoot = 0;
    int truncated = 0; // cut short without the root in what JFR kept: it may have been below
    for (RecordedEvent e : events) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      int at = -1;
      for (int i = 0; i < frames.size() && at < 0; i++) {
        if (name(frames.get(i)).equals(root)) {
          at = i;
        }
      }
      if (at < 0) {
        if (e.getStackTrace().isTruncated() && frames.stream()
            .anyMatch(f -> name(f).startsWith(JBORROW))) {
          truncated++;
        }
        continue;
      }
      underRoot++;
      self.merge(name(frames.get(0)), 1, Integer::sum);
      layers.merge(layer(frames.subList(0, at + 1)), 1, Integer::sum);
      if (name(frames.get(0)).equals(callersOf)) {
        List<String> chain = new ArrayList<>();
        int i = 1;
        for (; i <= Math.min(3, at); i++) {
          chain.add(name(frames.get(i)).replace(JBORROW, ""));
        }
        while (i <= at && !name(frames.get(i - 1)).startsWith(JBORROW)) {
          i++; // up to the first of jborrow's frames: the JDK's say little of where
        }
        if (i > 4 && i - 1 <= at) {
          chain.add("... " + name(frames.get(i - 1)).replace(JBORROW, ""));
        }
        callers.merge(String.join(" < ", chain), 1, Integer::sum);
      }
      Set<String> seen = new HashSet<>(); // a recursive method counts once per sample
      for (int i = 0; i <= at; i++) {
        String n = name(frames.get(i));
        if (n.startsWith(JBORROW) && seen.add(n)) {
          inclusive.merge(n, 1, Integer::sum);
        }
      }
    }
    if (underRoot == 0) {
      System.out.println("no execution sample holds " + root + " (was the recording made with "
          + "settings=profile while jborrow ran?)");
      System.exit(1);
    }
    System.out.printf(Locale.ROOT, "%d execution samples under %s%n", underRoot, root);
    if (truncated > 0) {
      System.out.printf(Locale.ROOT, "%d more samples in jborrow's code have a stack cut short "
          + "without it, and are left out: record with -XX:FlightRecorderOptions=stackdepth=256%n",
          truncated);
    }
    System.out.println();
    table("inclusive (the method and what it calls)", inclusive, underRoot, min);
    table("self (the method's own code, JDK and javac frames by name)", self, underRoot, min);
    table("whose code the samples are in", layers, underRoot, 0);
    if (callersOf != null) {
      table("callers of " + callersOf.replace(JBORROW, ""), callers, underRoot, 0);
    }
  }

  private static void table(String title, Map<String, Integer> counts, int total, double min) {
    System.out.println("| " + title + " | samples | share |");
    System.out.println("|---|---:|---:|");
    counts.entrySet().stream()
        .filter(c -> 100.0 * c.getValue() / total >= min)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(c -> System.out.printf(Locale.ROOT, "| %s | %d | %.1f%% |%n",
            c.getKey().replace(JBORROW, ""), c.getValue(), 100.0 * c.getValue() / total));
    System.out.println();
  }

  /**
   * Whose code a sample is in, from its frames up to the root: jborrow's own; javac's, called
   * from jborrow's (what it asks of the trees, elements and types); or the JDK's libraries
   * (collections, iterators), the frames above jborrow's that are not javac's.
   */
  private static String layer(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String n = name(f);
      if (n.startsWith(JBORROW)) {
        return f == frames.get(0) ? "jborrow's own code" : "the JDK's libraries, called by jborrow";
      }
      if (n.startsWith("com.sun.tools.javac.") || n.startsWith("com.sun.source.")) {
        return "javac, called by jborrow";
      }
    }
    return "other";
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static void usage(String problem) {
    System.err.println("ProfileShares: " + problem + "\nusage: java ProfileShares.java "
        + "RECORDING.jfr [--root=CLASS.METHOD] [--min=PERCENT] [--callers=CLASS.METHOD]");
    System.exit(2);
  }
}
