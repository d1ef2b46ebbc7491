package dev.jborrow.processor.diag;

import com.sun.source.tree.LineMap;

/**
 * The javac message of a diagnostic: {@code [CODE] message}, then one line per label with its
 * line and column ({@code   --> 12:9 value moved here}; a span in another file with its name,
 * {@code   --> Base.java:4:8 the overridden method}), the primary label first (it says what
 * is wrong where javac points: "`@Mut` on a static method"), then notes and help. IDEs and
 * Maven show it under {@code File.java:[line,col]}.
 */
public final class PlainRenderer {

  private PlainRenderer() {}

  public static String render(Diagnostic d, LineMap lines) {
    StringBuilder sb = new StringBuilder();
    sb.append('[').append(d.code().name()).append("] ").append(d.message());
    if (!d.primaryLabel().isEmpty()) {
      sb.append("\n  --> ").append(position(d.primary(), lines)).append(' ')
          .append(d.primaryLabel());
    }
    for (Label l : d.labels()) {
      sb.append("\n  --> ").append(l.elsewhere() ? elsewhere(l) : position(l.span(), lines))
          .append(' ').append(l.text());
    }
    for (String n : d.notes()) {
      sb.append("\n  = note: ").append(n);
    }
    for (String h : d.helps()) {
      sb.append("\n  = help: ").append(h);
    }
    return sb.toString();
  }

  /** A span in another file: its name too, since javac's own line names only this one. */
  private static String elsewhere(Label l) {
    if (l.span().start() < 0) {
      return l.file().name() + ":?:?";
    }
    int[] at = l.file().position(l.span().start());
    return l.file().name() + ":" + at[0] + ":" + at[1];
  }

  static String position(Span s, LineMap lines) {
    if (s.start() < 0) {
      return "?:?";
    }
    return lines.getLineNumber(s.start()) + ":" + lines.getColumnNumber(s.start());
  }
}
