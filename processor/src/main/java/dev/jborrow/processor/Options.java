package dev.jborrow.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code -Ajborrow.*} options, validated: an unknown option or a malformed value is an
 * error that names it, never an exception.
 *
 * @param problems what was wrong, one line each; empty when all is well
 */
public record Options(
    boolean warnOnly,
    Format format,
    String sarif,
    boolean stats,
    List<String> models,
    List<String> spawnPoints,
    boolean stress,
    List<String> problems) {

  /** How a diagnostic is written into the javac message. */
  public enum Format {
    PLAIN,
    RUSTC
  }

  public static final String PREFIX = "jborrow.";
  public static final Set<String> NAMES = Set.of(
      "jborrow.warnOnly", "jborrow.format", "jborrow.sarif", "jborrow.stats",
      "jborrow.models", "jborrow.spawnPoints", "jborrow.stress");

  public static Options parse(Map<String, String> raw) {
    List<String> problems = new ArrayList<>();
    for (String key : raw.keySet()) {
      if (key.startsWith(PREFIX) && !NAMES.contains(key)) {
        problems.add("unknown option -A" + key + "; known options are " + String.join(", ",
            NAMES.stream().sorted().toList()));
      }
    }
    boolean warnOnly = flag(raw, "jborrow.warnOnly", problems);
    boolean stats = flag(raw, "jborrow.stats", problems);
    boolean stress = flag(raw, "jborrow.stress", problems);
    Format format = Format.PLAIN;
    String f = raw.get("jborrow.format");
    if (f != null) {
      switch (f) {
        case "plain" -> format = Format.PLAIN;
        case "rustc" -> format = Format.RUSTC;
        default -> problems.add("-Ajborrow.format=" + f + " is not a format; use plain or rustc");
      }
    }
    String sarif = raw.get("jborrow.sarif");
    if (raw.containsKey("jborrow.sarif") && (sarif == null || sarif.isBlank())) {
      problems.add("-Ajborrow.sarif needs a path: -Ajborrow.sarif=target/jborrow.sarif");
    }
    List<String> models = list(raw.get("jborrow.models"));
    List<String> spawnPoints = list(raw.get("jborrow.spawnPoints"));
    for (String s : spawnPoints) {
      int hash = s.indexOf('#');
      if (hash <= 0 || hash == s.length() - 1) {
        problems.add("-Ajborrow.spawnPoints: `" + s + "` is not of the form "
            + "fully.qualified.Type#method");
      }
    }
    return new Options(warnOnly, format, sarif, stats, models, spawnPoints, stress, problems);
  }

  private static boolean flag(Map<String, String> raw, String name, List<String> problems) {
    if (!raw.containsKey(name)) {
      return false;
    }
    String v = raw.get(name);
    if (v == null || v.equals("true")) {
      return true;
    }
    if (v.equals("false")) {
      return false;
    }
    problems.add("-A" + name + "=" + v + " is not a boolean; use -A" + name + " or -A" + name
        + "=false");
    return false;
  }

  private static List<String> list(String v) {
    if (v == null || v.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : v.split(",")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }
}
