package dev.jborrow.playground;

import dev.jborrow.processor.diag.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The examples menu, read from the jar: {@code examples/index.txt} lists them, one a line, as
 * {@code group | title | Java file [| Rust twin | rustc's output]}; rustc's output is stored, made
 * by {@code playground/rustc-output.sh}, so that the page shows what rustc really said.
 */
public final class Examples {

  /** One program of the menu; {@code rust} and {@code rustc} are empty when it has no twin. */
  public record Example(String id, String group, String title, String java, String rust,
      String rustc) {}

  private static final String ROOT = "/dev/jborrow/playground/examples/";

  private Examples() {}

  public static List<Example> load() {
    List<Example> all = new ArrayList<>();
    String index = read("index.txt");
    int lineNumber = 0;
    for (String line : index.split("\n")) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\|");
      if (f.length != 3 && f.length != 5) {
        throw new IllegalStateException(ROOT + "index.txt:" + lineNumber
            + ": expected `group | title | java [| rust | rustc output]`");
      }
      String java = f[2].strip();
      String id = java.replaceAll("\\.java$", "").replace('/', '-');
      all.add(new Example(id, f[0].strip(), f[1].strip(), read(java),
          f.length == 5 ? read(f[3].strip()) : "", f.length == 5 ? read(f[4].strip()) : ""));
    }
    return List.copyOf(all);
  }

  public static String toJson(List<Example> examples) {
    List<Object> out = new ArrayList<>();
    for (Example e : examples) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", e.id());
      o.put("group", e.group());
      o.put("title", e.title());
      o.put("java", e.java());
      o.put("rust", e.rust());
      o.put("rustc", e.rustc());
      out.add(o);
    }
    return Json.write(out);
  }

  private static String read(String path) {
    try (InputStream in = Examples.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + ROOT + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ROOT + path, e);
    }
  }
}
