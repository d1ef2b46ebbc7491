package dev.jborrow.processor.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link Diagnostic} the way rustc's emitter does: a header, the {@code -->}
 * location, the source lines with {@code ^^^} under the primary span and {@code ---} under
 * secondary spans, labels stacked with {@code |} connectors when several share a line, {@code
 * ...} for skipped lines, and {@code = note:} / {@code = help:} lines. Columns are display
 * columns: a tab is four spaces (as rustc shows it) and a wide character two.
 */
public final class RustcRenderer {

  /** A file's name as shown to the user, and its text. */
  public record Source(String name, String text) {

    /**
     * A compiled file as every output names it: relative to the working directory when it is
     * below it, so that javac's messages, the command line, JSON and SARIF agree.
     */
    public static Source of(javax.tools.JavaFileObject file) {
      String text;
      try {
        text = file.getCharContent(true).toString();
      } catch (java.io.IOException e) {
        text = "";
      }
      return new Source(displayName(file.toUri()), text);
    }

    /** 1-based line and column of an offset in this file. */
    public int[] position(long offset) {
      Lines lines = new Lines(text);
      int line = lines.lineOf(offset);
      return new int[] {line + 1, (int) (offset - lines.start(line)) + 1};
    }

    static String displayName(java.net.URI uri) {
      if (!"file".equals(uri.getScheme())) {
        return uri.getPath() == null ? uri.toString() : uri.getPath().replaceFirst("^/", "");
      }
      java.nio.file.Path p = java.nio.file.Path.of(uri);
      java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
      return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
  }

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String BLUE = "\u001b[1;34m";

  private final boolean colour;

  public RustcRenderer(boolean colour) {
    this.colour = colour;
  }

  /** One span on one line, in display columns. */
  private record Mark(int line, int start, int end, String label, boolean primary) {}

  /** The whole report, header included. */
  public String render(Diagnostic d, Source source, boolean warning) {
    StringBuilder out = new StringBuilder();
    String level = warning ? "warning" : "error";
    out.append(paint(warning ? YELLOW : RED, level + "[" + d.code().name() + "]"))
        .append(paint(BOLD, ": " + d.message())).append('\n');
    out.append(body(d, source));
    return out.toString();
  }

  /**
   * A message of javac's own (a syntax or type error), which has no code: rustc shows its own
   * parse and type errors in the same layout as its borrow checker's.
   *
   * @param code the code of a message jborrow gave javac with no place (a bad model file);
   *     {@code null} for javac's own
   * @param at where javac points; {@code null} for a message about no place in a file
   * @param notes the lines of javac's message below its first ("symbol: variable x")
   * @param source the file {@code at} is in; {@code null} when {@code at} is
   */
  public String renderCompilerMessage(boolean warning, Code code, String message, Span at,
      List<String> notes, Source source) {
    String level = (warning ? "warning" : "error") + (code == null ? "" : "[" + code.name() + "]");
    StringBuilder out = new StringBuilder();
    out.append(paint(warning ? YELLOW : RED, level)).append(paint(BOLD, ": " + message))
        .append('\n');
    if (at == null) {
      for (String n : notes) {
        out.append(paint(BLUE, " = ")).append(paint(BOLD, "note")).append(": ").append(n)
            .append('\n');
      }
    } else {
      out.append(body(at, "", List.of(), notes, List.of(), source));
    }
    return out.toString();
  }

  /** Everything after the header: what javac's message carries below its own first line. */
  public String body(Diagnostic d, Source source) {
    return body(d.primary(), d.primaryLabel(), d.labels(), d.notes(), d.helps(), source);
  }

  private String body(Span primary, String primaryLabel, List<Label> labels, List<String> notes,
      List<String> helps, Source source) {
    Lines lines = new Lines(source.text());
    List<Mark> marks = new ArrayList<>();
    mark(marks, lines, primary, primaryLabel, true);
    // Spans in other files follow, each under its own `:::` header, as rustc shows a trait's
    // method beside its impl; the gutter is as wide as the widest line number of all of them.
    Map<Source, List<Mark>> elsewhere = new java.util.LinkedHashMap<>();
    for (Label l : labels) {
      if (l.elsewhere()) {
        mark(elsewhere.computeIfAbsent(l.file(), f -> new ArrayList<>()), new Lines(l.file().text()),
            l.span(), l.text(), false);
      } else {
        mark(marks, lines, l.span(), l.text(), false);
      }
    }
    int maxLine = java.util.stream.Stream.concat(marks.stream(),
        elsewhere.values().stream().flatMap(List::stream)).mapToInt(Mark::line).max().orElse(0) + 1;
    int width = Math.max(String.valueOf(maxLine).length(), 1);
    String pad = " ".repeat(width);
    StringBuilder out = new StringBuilder();
    if (primary != null && primary.start() >= 0) {
      out.append(pad).append(paint(BLUE, "--> ")).append(where(source, lines, primary.start()))
          .append('\n');
    }
    out.append(gutter(pad)).append('\n');
    snippet(out, lines, marks, width, pad);
    for (Map.Entry<Source, List<Mark>> e : elsewhere.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      Lines theirs = new Lines(e.getKey().text());
      Mark first = e.getValue().get(0);
      out.append(gutter(pad)).append('\n');
      out.append(pad).append(paint(BLUE, "::: "))
          .append(where(e.getKey(), theirs, theirs.start(first.line()) + first.start()))
          .append('\n');
      out.append(gutter(pad)).append('\n');
      snippet(out, theirs, e.getValue(), width, pad);
    }
    if (!notes.isEmpty() || !helps.isEmpty()) {
      out.append(gutter(pad)).append('\n');
    }
    for (String n : notes) {
      out.append(pad).append(paint(BLUE, " = ")).append(paint(BOLD, "note")).append(": ")
          .append(n).append('\n');
    }
    for (String h : helps) {
      out.append(pad).append(paint(BLUE, " = ")).append(paint(BOLD, "help")).append(": ")
          .append(h).append('\n');
    }
    return out.toString();
  }

  /** {@code name:line:col} of an offset, as the {@code -->} and {@code :::} headers show it. */
  private static String where(Source source, Lines lines, long offset) {
    int line = lines.lineOf(offset);
    return source.name() + ':' + (line + 1) + ':' + (offset - lines.start(line) + 1);
  }

  /** The marked lines of one file, with a line of context or {@code ...} between them. */
  private void snippet(StringBuilder out, Lines lines, List<Mark> marks, int width, String pad) {
    Map<Integer, List<Mark>> byLine = new TreeMap<>();
    for (Mark m : marks) {
      byLine.computeIfAbsent(m.line(), k -> new ArrayList<>()).add(m);
    }
    int previous = -1;
    for (Map.Entry<Integer, List<Mark>> e : byLine.entrySet()) {
      int line = e.getKey();
      if (previous >= 0 && line - previous == 2) {
        sourceLine(out, lines, previous + 1, width);
      } else if (previous >= 0 && line - previous > 2) {
        out.append(paint(BLUE, "...")).append('\n');
      }
      sourceLine(out, lines, line, width);
      annotations(out, e.getValue(), pad);
      previous = line;
    }
  }

  /** The closing lines of a run, as rustc prints them. */
  public String summary(int errors, int warnings, List<String> codes) {
    StringBuilder out = new StringBuilder();
    if (warnings > 0) {
      out.append(paint(YELLOW, "warning")).append(paint(BOLD, ": " + warnings + " warning"
          + (warnings == 1 ? "" : "s") + " emitted")).append("\n\n");
    }
    if (errors > 0) {
      out.append(paint(RED, "error")).append(paint(BOLD, ": aborting due to "
          + (errors == 1 ? "1 previous error" : errors + " previous errors"))).append("\n\n");
    }
    if (codes.size() == 1) {
      out.append(paint(BOLD, "For more information about this error, try `jborrow explain "
          + codes.get(0) + "`.")).append('\n');
    } else if (codes.size() > 1) {
      out.append(paint(BOLD, "Some errors have detailed explanations: "
          + String.join(", ", codes) + ".")).append('\n');
      out.append(paint(BOLD, "For more information about an error, try `jborrow explain "
          + codes.get(0) + "`.")).append('\n');
    }
    return out.toString();
  }

  private void mark(List<Mark> marks, Lines lines, Span span, String label, boolean primary) {
    if (span == null || span.start() < 0) {
      return;
    }
    int line = lines.lineOf(span.start());
    long lineEnd = lines.start(line) + lines.text(line).length();
    long end = Math.max(Math.min(span.end(), lineEnd), span.start() + 1);
    String text = lines.text(line);
    int startCol = Lines.displayWidth(text, (int) (span.start() - lines.start(line)));
    int endCol = Lines.displayWidth(text, (int) Math.min(end - lines.start(line), text.length()));
    marks.add(new Mark(line, startCol, Math.max(endCol, startCol + 1), label, primary));
  }

  private void sourceLine(StringBuilder out, Lines lines, int line, int width) {
    String number = String.valueOf(line + 1);
    out.append(paint(BLUE, " ".repeat(width - number.length()) + number + " |"));
    String text = Lines.expandTabs(lines.text(line));
    if (!text.isEmpty()) {
      out.append(' ').append(text);
    }
    out.append('\n');
  }

  /**
   * The underline row, then the labels. As in rustc, a short span shows through a longer one
   * that contains it ({@code ^^^^^^^^-^} for {@code a.merge(a)}), the rightmost
   * label goes on the underline row when no other span reaches into it, and the others hang
   * below, right to left, from {@code |} connectors.
   */
  private void annotations(StringBuilder out, List<Mark> marks, String pad) {
    marks.sort(Comparator.comparingInt(Mark::start).thenComparing(m -> !m.primary()));
    // Longer spans first, so that a shorter one inside shows through; on a tie, the primary.
    List<Mark> drawn = new ArrayList<>(marks);
    drawn.sort(Comparator.comparingInt((Mark m) -> m.start() - m.end())
        .thenComparing(Mark::primary));
    StringBuilder underline = new StringBuilder();
    for (Mark m : drawn) {
      while (underline.length() < m.end()) {
        underline.append(' ');
      }
      for (int c = m.start(); c < m.end(); c++) {
        underline.setCharAt(c, m.primary() ? '^' : '-');
      }
    }
    Mark last = marks.get(marks.size() - 1);
    boolean inline = !last.label().isEmpty() && marks.stream()
        .allMatch(m -> m == last || m.end() <= last.start() || m.start() == last.start()
            && m.end() <= last.end());
    List<Mark> pending = new ArrayList<>();
    for (Mark m : marks) {
      if (!m.label().isEmpty() && !(inline && m == last)) {
        pending.add(m);
      }
    }
    String row = colourUnderline(underline.toString(), marks);
    out.append(gutter(pad)).append(' ').append(row);
    if (inline) {
      out.append(' ').append(paint(last.primary() ? RED : BLUE, last.label()));
    }
    out.append('\n');
    if (pending.isEmpty()) {
      return;
    }
    out.append(gutter(pad)).append(' ')
        .append(paint(BLUE, connectors(pending, Integer.MAX_VALUE))).append('\n');
    for (int i = pending.size() - 1; i >= 0; i--) {
      Mark m = pending.get(i);
      String hanging = connectors(pending.subList(0, i), m.start());
      out.append(gutter(pad)).append(' ').append(paint(BLUE, hanging))
          .append(" ".repeat(m.start() - hanging.length()))
          .append(paint(m.primary() ? RED : BLUE, m.label())).append('\n');
    }
  }

  /**
   * {@code |} under each mark that starts left of {@code column}: a mark that shares its
   * column with a label below it hangs that label instead of a connector of its own.
   */
  private static String connectors(List<Mark> marks, int column) {
    StringBuilder sb = new StringBuilder();
    for (Mark m : marks) {
      if (m.start() < column && m.start() >= sb.length()) {
        sb.append(" ".repeat(m.start() - sb.length())).append('|');
      }
    }
    return sb.toString();
  }

  private String colourUnderline(String underline, List<Mark> marks) {
    if (!colour) {
      return underline;
    }
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < underline.length(); c++) {
      char ch = underline.charAt(c);
      sb.append(ch == ' ' ? " " : paint(ch == '^' ? RED : BLUE, String.valueOf(ch)));
    }
    return sb.toString();
  }

  private String gutter(String pad) {
    return paint(BLUE, pad + " |");
  }

  private String paint(String style, String text) {
    return colour ? style + text + RESET : text;
  }

  /** A source text split into lines, with display-column arithmetic. */
  static final class Lines {
    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    Lines(String text) {
      this.text = text;
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
    }

    int lineOf(long offset) {
      int lo = 0;
      int hi = starts.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts.get(mid) <= offset) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }

    long start(int line) {
      return starts.get(line);
    }

    String text(int line) {
      int from = starts.get(line);
      int to = line + 1 < starts.size() ? starts.get(line + 1) - 1 : text.length();
      String s = text.substring(from, Math.max(from, to));
      return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    static String expandTabs(String s) {
      return s.replace("\t", "    ");
    }

    /** The display width of the first {@code chars} characters of a line. */
    static int displayWidth(String line, int chars) {
      int width = 0;
      for (int i = 0; i < Math.min(chars, line.length()); ) {
        int cp = line.codePointAt(i);
        width += cp == '\t' ? 4 : isWide(cp) ? 2 : 1;
        i += Character.charCount(cp);
      }
      return width;
    }

    /** East Asian wide and fullwidth characters, and emoji: two columns in a terminal. */
    static boolean isWide(int cp) {
      return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
          || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
          || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
          || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
          || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
  }
}
