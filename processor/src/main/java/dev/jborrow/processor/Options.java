package dev.jborrow.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options, validated: an unknown option or a malformed value is an error that names it,
 * as the user wrote it, never an exception. The processor takes them as {@code -Ajborrow.*}, the
 * plugin as its arguments ({@code -Xplugin:"JBorrow stats format=rustc"}).
 *
 * @param syntax how the user wrote the options, to name them back the same way
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
    Syntax syntax,
    List<String> problems) {

  /** Where the options came from. */
  public enum Syntax {
    /** {@code -Ajborrow.stats}: the processor's options. */
    PROCESSOR,
    /** {@code -Xplugin:"JBorrow stats"}: the plugin's arguments, without the prefix. */
    PLUGIN;

    /** An option as the user writes it: {@code -Ajborrow.stats}, or {@code stats}. */
    public String spell(String name) {
      return this == PROCESSOR ? "-A" + name : name.substring(PREFIX.length());
    }
  }

  /** How a diagnostic is written into the javac message. */
  public enum Format {
    PLAIN,
    RUSTC
  }

  public static final String PREFIX = "jborrow.";
  public static final Set<String> NAMES = Set.of(
      "jborrow.warnOnly", "jborrow.format", "jborrow.sarif", "jborrow.stats",
      "jborrow.models", "jborrow.spawnPoints", "jborrow.stress");

  /** The processor's {@code -A} options: those not starting with {@code jborrow.} are not ours. */
  public static Options parse(Map<String, String> raw) {
    return parse(raw, Syntax.PROCESSOR);
  }

  /**
   * The plugin's arguments, each {@code name} or {@code name=value}; all of them are ours.
   */
  public static Options parsePlugin(List<String> args) {
    Map<String, String> raw = new java.util.LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      raw.put(PREFIX + (eq < 0 ? arg : arg.substring(0, eq)), eq < 0 ? null : arg.substring(eq + 1));
    }
    return parse(raw, Syntax.PLUGIN);
  }

  private static Options parse(Map<String, String> raw, Syntax syntax) {
    List<String> problems = new ArrayList<>();
    for (String key : raw.keySet()) {
      if (key.startsWith(PREFIX) && !NAMES.contains(key)) {
        String known = String.join(", ", NAMES.stream().sorted().map(syntax::spell).toList());
        problems.add(syntax == Syntax.PROCESSOR
            ? "unknown option " + syntax.spell(key) + "; known options are " + known
            : "unknown argument " + syntax.spell(key) + " of -Xplugin:JBorrow; known arguments "
                + "are " + known);
      }
    }
    boolean warnOnly = flag(raw, "jborrow.warnOnly", syntax, problems);
    boolean stats = flag(raw, "jborrow.stats", syntax, problems);
    boolean stress = flag(raw, "jborrow.stress", syntax, problems);
    Format format = Format.PLAIN;
    String f = raw.get("jborrow.format");
    if (raw.containsKey("jborrow.format") && (f == null || f.isBlank())) {
      // an unset build property: -Ajborrow.format=${fmt}
      problems.add(syntax.spell("jborrow.format") + " needs a value: plain or rustc");
    } else if (f != null) {
      switch (f) {
        case "plain" -> format = Format.PLAIN;
        case "rustc" -> format = Format.RUSTC;
        default -> problems.add(syntax.spell("jborrow.format") + "=" + f
            + " is not a format; use plain or rustc");
      }
    }
    String sarif = raw.get("jborrow.sarif");
    if (raw.containsKey("jborrow.sarif") && (sarif == null || sarif.isBlank())) {
      String sarifOption = syntax.spell("jborrow.sarif");
      problems.add(sarifOption + " needs a path: " + sarifOption + "=target/jborrow.sarif");
    }
    List<String> models = list(raw.get("jborrow.models"));
    List<String> spawnPoints = list(raw.get("jborrow.spawnPoints"));
    for (String listed : List.of("jborrow.models", "jborrow.spawnPoints")) {
      if (raw.containsKey(listed) && list(raw.get(listed)).isEmpty()) {
        problems.add(syntax.spell(listed) + " needs a value: a comma-separated list");
      }
    }
    for (String s : spawnPoints) {
      int hash = s.indexOf('#');
      if (hash <= 0 || hash == s.length() - 1) {
        problems.add(syntax.spell("jborrow.spawnPoints") + ": `" + s + "` is not of the form "
            + "fully.qualified.Type#method");
      }
    }
    return new Options(warnOnly, format, sarif, stats, models, spawnPoints, stress, syntax,
        problems);
  }

  private static boolean flag(Map<String, String> raw, String name, Syntax syntax,
      List<String> problems) {
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
    String option = syntax.spell(name);
    problems.add(option + "=" + v + " is not a boolean; use " + option + " or " + option
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
