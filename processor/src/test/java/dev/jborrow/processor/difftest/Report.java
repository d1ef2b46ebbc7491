package dev.jborrow.processor.difftest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One error either compiler reported: its line, its code ({@code E0382}; {@value #UNCODED} for
 * a rustc error without a code; {@code javac} for a javac error that is not jborrow's), and its
 * subject, the root variable the message names first ({@code a} of {@code `a.s`} or {@code
 * `*a`}), which the reporting policies group by.
 */
public record Report(long line, String code, String subject) implements Comparable<Report> {

  public static final String UNCODED = "E????";

  private static final Pattern NAME = Pattern.compile("`\\*?([A-Za-z_][A-Za-z0-9_]*)");

  static Report of(long line, String code, String message) {
    Matcher m = NAME.matcher(message);
    String subject = m.find() ? m.group(1) : "";
    // The language names no variable s or t: those are fields of this named without it.
    boolean self = subject.equals("self") || subject.equals("s") || subject.equals("t");
    return new Report(line, code, self ? "this" : subject);
  }

  /** The same report seen {@code offset} lines into its function's body. */
  Report relative(long start) {
    return new Report(line - start, code, subject);
  }

  /** The (line, code) pair that the tables compare. */
  String pair() {
    return code + "@" + line;
  }

  @Override
  public int compareTo(Report o) {
    int c = Long.compare(line, o.line);
    return c != 0 ? c : code.compareTo(o.code);
  }
}
