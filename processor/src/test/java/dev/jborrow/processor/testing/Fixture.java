package dev.jborrow.processor.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test program with its expectations written inside it, as in rustc's UI tests: a comment
 * {@code //~ E0382} (several codes separated by spaces) at the end of each line where a
 * diagnostic's primary position lies. A line {@code // jborrow-options: -Ajborrow.x ...}
 * passes options to the compiler.
 */
public record Fixture(Path path, String className, String source, List<Expectation> expected,
    List<String> options) {

  private static final Pattern EXPECT = Pattern.compile("//~\\s*((?:[EJ]\\d{4}\\s*)+)$");
  private static final Pattern OPTIONS = Pattern.compile("^\\s*// jborrow-options:(.*)$");

  /** One diagnostic: its code on its line. */
  public record Expectation(long line, String code) implements Comparable<Expectation> {
    @Override
    public int compareTo(Expectation o) {
      int c = Long.compare(line, o.line);
      return c != 0 ? c : code.compareTo(o.code);
    }

    @Override
    public String toString() {
      return code + " at line " + line;
    }
  }

  /**
   * Why the fixture is not run yet, or null: a folder with a file {@code PENDING} (its text is
   * the reason) holds the fixtures of a feature still to be built. They are reported as skipped,
   * not left out, so the work they specify stays in sight.
   */
  public static String pending(Path root, Path fixture) throws IOException {
    for (Path dir = fixture.getParent(); dir != null && dir.startsWith(root);
        dir = dir.getParent()) {
      Path marker = dir.resolve("PENDING");
      if (Files.exists(marker)) {
        return "pending: " + Files.readString(marker).strip();
      }
    }
    return null;
  }

  public static Fixture read(Path path) throws IOException {
    String source = Files.readString(path);
    List<Expectation> expected = new ArrayList<>();
    List<String> options = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXPECT.matcher(lines[i].stripTrailing());
      if (m.find()) {
        for (String code : m.group(1).trim().split("\\s+")) {
          expected.add(new Expectation(i + 1, code));
        }
      }
      Matcher o = OPTIONS.matcher(lines[i]);
      if (o.find()) {
        for (String opt : o.group(1).trim().split("\\s+")) {
          if (!opt.isEmpty()) {
            options.add(opt);
          }
        }
      }
    }
    String file = path.getFileName().toString();
    return new Fixture(path, file.substring(0, file.length() - ".java".length()), source,
        List.copyOf(expected), List.copyOf(options));
  }
}
