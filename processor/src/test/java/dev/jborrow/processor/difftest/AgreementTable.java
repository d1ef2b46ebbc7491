package dev.jborrow.processor.difftest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The agreement table of a run, and its disagreement classes with their shortest example. */
final class AgreementTable {

  private final List<Outcome> outcomes = new ArrayList<>();
  private final Map<String, List<Outcome>> classes = new TreeMap<>();

  void add(Outcome o) {
    outcomes.add(o);
    String c = Classifier.classOf(o);
    if (!c.equals(Classifier.AGREE)) {
      classes.computeIfAbsent(c, k -> new ArrayList<>()).add(o);
    }
  }

  int size() {
    return outcomes.size();
  }

  String table() {
    List<Outcome> judged = outcomes.stream().filter(o -> !o.infidelity()).toList();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("programs: %d (%d left out as generator infidelity)%n",
        outcomes.size(), outcomes.size() - judged.size()));
    sb.append(String.format("rustc accepts: %d (%.1f%%)%n", count(judged, Outcome::rustcAccepts),
        100.0 * count(judged, Outcome::rustcAccepts) / Math.max(1, judged.size())));
    sb.append(String.format("rustc accepts, jborrow rejects: %d%n",
        count(judged, o -> o.rustcAccepts() && !o.jborrowAccepts())));
    sb.append(String.format("rustc rejects, jborrow accepts: %d (Polonius accepts %d of them)%n",
        count(judged, o -> !o.rustcAccepts() && o.jborrowAccepts()),
        count(judged, o -> !o.rustcAccepts() && o.jborrowAccepts() && o.polonius() != null
            && o.polonius().isEmpty())));
    sb.append("\n| compared | agree | of | % |\n|---|---:|---:|---:|\n");
    row(sb, "verdict", judged, Outcome::verdictAgrees);
    row(sb, "codes (sets)", judged, Outcome::codesAgree);
    row(sb, "(line, code) raw", judged, Outcome::rawAgrees);
    row(sb, "(line, code) normalised", judged, Outcome::normalisedAgrees);
    row(sb, "(line, code) normalised, Polonius where it differs from NLL", judged,
        Outcome::referenceAgrees);
    return sb.toString();
  }

  /** Each class, with its count and its shortest example. */
  String classes() {
    StringBuilder sb = new StringBuilder();
    List<Map.Entry<String, List<Outcome>>> sorted = new ArrayList<>(classes.entrySet());
    sorted.sort(Comparator.comparing((Map.Entry<String, List<Outcome>> e) -> -e.getValue().size()));
    for (Map.Entry<String, List<Outcome>> e : sorted) {
      Outcome shortest = e.getValue().stream()
          .min(Comparator.comparingInt(o -> o.function().body().size())).orElseThrow();
      sb.append(String.format("%n### %d x %s%n%n", e.getValue().size(), e.getKey()));
      sb.append("rustc ").append(shortest.rustc()).append(", jborrow ")
          .append(shortest.jborrow());
      if (shortest.polonius() != null) {
        sb.append(", polonius ").append(shortest.polonius());
      }
      sb.append("\n\n```\n").append(listing(shortest)).append("```\n");
    }
    return sb.toString();
  }

  private static String listing(Outcome o) {
    StringBuilder sb = new StringBuilder();
    List<TwinLine> body = o.function().body();
    for (int i = 0; i < body.size(); i++) {
      sb.append(String.format("%3d  %-60s %s%n", i, body.get(i).java(), body.get(i).rust()));
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String what, List<Outcome> judged,
      Predicate<Outcome> agrees) {
    long n = count(judged, agrees);
    sb.append(String.format("| %s | %d | %d | %.2f |%n", what, n, judged.size(),
        100.0 * n / Math.max(1, judged.size())));
  }

  private static long count(List<Outcome> os, Predicate<Outcome> p) {
    return os.stream().filter(p).count();
  }
}
