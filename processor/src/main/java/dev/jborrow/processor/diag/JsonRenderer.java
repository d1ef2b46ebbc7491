package dev.jborrow.processor.diag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings as a JSON array, one object per diagnostic, for tools that read them. */
public final class JsonRenderer {

  private JsonRenderer() {}

  public static String render(List<Finding> findings) {
    List<Object> out = new ArrayList<>();
    for (Finding f : findings) {
      Diagnostic d = f.diagnostic();
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("code", d.code().name());
      o.put("level", f.warning() ? "warning" : "error");
      o.put("message", d.message());
      o.put("file", f.source().name());
      o.put("primary", span(f.source(), d.primary(), d.primaryLabel()));
      List<Object> labels = new ArrayList<>();
      for (Label l : d.labels()) {
        Map<String, Object> label = span(f.sourceOf(l), l.span(), l.text());
        if (l.elsewhere()) {
          label.put("file", l.file().name());
        }
        labels.add(label);
      }
      o.put("labels", labels);
      o.put("notes", d.notes());
      o.put("help", d.helps());
      out.add(o);
    }
    return Json.write(out);
  }

  private static Map<String, Object> span(RustcRenderer.Source file, Span s, String label) {
    Map<String, Object> o = new LinkedHashMap<>();
    int[] start = file.position(s.start());
    int[] end = file.position(Math.max(s.end(), s.start()));
    o.put("line", start[0]);
    o.put("column", start[1]);
    o.put("endLine", end[0]);
    o.put("endColumn", end[1]);
    o.put("label", label);
    return o;
  }
}
