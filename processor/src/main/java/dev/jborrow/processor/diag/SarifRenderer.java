package dev.jborrow.processor.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as a SARIF 2.1.0 log, which code-scanning services and IDEs import: one rule per
 * code, one result per finding, secondary labels as related locations.
 */
public final class SarifRenderer {

  private SarifRenderer() {}

  public static String render(List<Finding> findings) {
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    log.put("version", "2.1.0");
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "jborrow");
    driver.put("semanticVersion", "0.1.0");
    driver.put("informationUri", "https://github.com/jborrow/jborrow");
    List<Object> rules = new ArrayList<>();
    for (Code c : Code.values()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("id", c.name());
      rule.put("shortDescription", Map.of("text", c.summary()));
      rule.put("defaultConfiguration", Map.of("level", c.isWarning() ? "warning" : "error"));
      rules.add(rule);
    }
    driver.put("rules", rules);
    List<Object> results = new ArrayList<>();
    for (Finding f : findings) {
      results.add(result(f));
    }
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", results);
    log.put("runs", List.of(run));
    return Json.write(log);
  }

  private static Map<String, Object> result(Finding f) {
    Diagnostic d = f.diagnostic();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("ruleId", d.code().name());
    r.put("ruleIndex", d.code().ordinal());
    r.put("level", f.warning() ? "warning" : "error");
    StringBuilder text = new StringBuilder(d.message());
    for (String n : d.notes()) {
      text.append("\nnote: ").append(n);
    }
    for (String h : d.helps()) {
      text.append("\nhelp: ").append(h);
    }
    r.put("message", Map.of("text", text.toString()));
    r.put("locations", List.of(location(f, d.primary(), null, -1)));
    List<Object> related = new ArrayList<>();
    int id = 1;
    for (Label l : d.labels()) {
      related.add(location(f, l.span(), l.text(), id++));
    }
    if (!related.isEmpty()) {
      r.put("relatedLocations", related);
    }
    return r;
  }

  private static Map<String, Object> location(Finding f, Span s, String message, int id) {
    int[] start = f.position(s.start());
    int[] end = f.position(Math.max(s.end(), s.start() + 1));
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", start[0]);
    region.put("startColumn", start[1]);
    region.put("endLine", end[0]);
    region.put("endColumn", end[1]);
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", Map.of("uri", uri(f.source().name())));
    physical.put("region", region);
    Map<String, Object> loc = new LinkedHashMap<>();
    if (id >= 0) {
      loc.put("id", id);
    }
    loc.put("physicalLocation", physical);
    if (message != null) {
      loc.put("message", Map.of("text", message));
    }
    return loc;
  }

  /** A relative path stays relative (SARIF resolves it against the run); else a file URI. */
  private static String uri(String name) {
    Path p = Path.of(name);
    return p.isAbsolute() ? p.toUri().toString() : name.replace('\\', '/');
  }
}
