package dev.jborrow.processor.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as a SARIF 2.1.0 log, which code-scanning services and IDEs import: one rule per
 * code with its explanation as help, one result per finding, secondary labels as related
 * locations, paths relative to the working directory ({@value #SRCROOT}), and the invocation.
 */
public final class SarifRenderer {

  /** The base of relative paths: the working directory, usually the repository's root. */
  static final String SRCROOT = "%SRCROOT%";

  private SarifRenderer() {}

  /** A log of one run with no automation id (the command line's). */
  public static String render(List<Finding> findings) {
    return render(findings, null);
  }

  /**
   * A log of one run.
   *
   * @param runId what tells this compilation's run from another's in the same build
   *     ({@code jborrow/src-main-java}), or null
   */
  public static String render(List<Finding> findings, String runId) {
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
      rule.put("name", c.name());
      rule.put("shortDescription", Map.of("text", c.summary()));
      String explanation = c.explanation().orElse(c.summary());
      rule.put("fullDescription", Map.of("text", c.description()));
      Map<String, Object> help = new LinkedHashMap<>();
      help.put("text", explanation);
      help.put("markdown", explanation);
      rule.put("help", help);
      rule.put("helpUri", c.helpUri());
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
    Map<String, Object> invocation = new LinkedHashMap<>();
    // Successful unless the checker itself failed somewhere (J0999): findings are results.
    invocation.put("executionSuccessful",
        findings.stream().noneMatch(f -> f.diagnostic().code() == Code.J0999));
    run.put("invocations", List.of(invocation));
    if (runId != null) {
      run.put("automationDetails", Map.of("id", runId));
    }
    run.put("originalUriBaseIds", Map.of(SRCROOT,
        Map.of("uri", Path.of("").toAbsolutePath().toUri().toString())));
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
    r.put("locations", List.of(location(f.source(), d.primary(), null, -1)));
    List<Object> related = new ArrayList<>();
    int id = 1;
    for (Label l : d.labels()) {
      related.add(location(f.sourceOf(l), l.span(), l.text(), id++));
    }
    if (!related.isEmpty()) {
      r.put("relatedLocations", related);
    }
    return r;
  }

  private static Map<String, Object> location(RustcRenderer.Source file, Span s, String message,
      int id) {
    int[] start = file.position(s.start());
    int[] end = file.position(Math.max(s.end(), s.start() + 1));
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", start[0]);
    region.put("startColumn", start[1]);
    region.put("endLine", end[0]);
    region.put("endColumn", end[1]);
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", artifact(file.name()));
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

  /** A relative path stays relative to {@value #SRCROOT}; any other is a file URI. */
  private static Map<String, Object> artifact(String name) {
    Path p = Path.of(name);
    Map<String, Object> artifact = new LinkedHashMap<>();
    if (p.isAbsolute()) {
      artifact.put("uri", p.toUri().toString());
    } else {
      artifact.put("uri", name.replace('\\', '/'));
      artifact.put("uriBaseId", SRCROOT);
    }
    return artifact;
  }
}
