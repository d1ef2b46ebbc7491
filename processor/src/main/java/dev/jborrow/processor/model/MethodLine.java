package dev.jborrow.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One method line of a model, in its parts: {@code [?] [annotations] name(parameters)}. Read by
 * a scanner, not a regular expression: every compilation reads the JDK model, in a JVM where
 * a pattern still runs cold. The scanner accepts exactly what the pattern
 * {@code (\?\s*)?((?:@\w+(?:\s*\([^)]*\))?\s+)*)([\w$]+|<init>)\s*\((.*)\)} matches, with the
 * same parts ({@code MethodLineTest} holds it to that).
 *
 * @param optional the line starts with {@code ?}: skipped where the method does not exist
 * @param parameters the text between the parentheses, as written
 */
record MethodLine(boolean optional, List<Annotation> annotations, String name,
    String parameters) {

  /**
   * An annotation of the method as written.
   *
   * @param name its name, with its {@code @}
   * @param arguments the text between its parentheses; null when it has none
   * @param text the annotation, from its {@code @} to its closing parenthesis if it has one
   */
  record Annotation(String name, String arguments, String text) {}

  /** The parts of {@code line}, or null when it is not a method line. */
  static MethodLine parse(String line) {
    int n = line.length();
    boolean optional = n > 0 && line.charAt(0) == '?';
    int i = optional ? skipSpace(line, 1) : 0;
    List<Annotation> annotations = new ArrayList<>();
    while (i < n && line.charAt(i) == '@') {
      int start = i;
      int word = i + 1;
      i = skipWord(line, word, false);
      if (i == word) {
        return null;
      }
      String name = line.substring(start, i);
      String arguments = null;
      int open = skipSpace(line, i);
      if (open < n && line.charAt(open) == '(') {
        // Nothing else may follow an annotation's name there: its arguments, to the first `)`.
        int close = line.indexOf(')', open + 1);
        if (close < 0) {
          return null;
        }
        arguments = line.substring(open + 1, close);
        i = close + 1;
      }
      annotations.add(new Annotation(name, arguments, line.substring(start, i)));
      int next = skipSpace(line, i);
      if (next == i) {
        return null; // an annotation is followed by a space
      }
      i = next;
    }
    int nameStart = i;
    i = line.startsWith("<init>", i) ? i + "<init>".length() : skipWord(line, i, true);
    if (i == nameStart) {
      return null;
    }
    int open = skipSpace(line, i);
    if (open >= n || line.charAt(open) != '(' || line.charAt(n - 1) != ')') {
      return null;
    }
    String parameters = line.substring(open + 1, n - 1);
    for (int k = 0; k < parameters.length(); k++) {
      if (isLineTerminator(parameters.charAt(k))) {
        return null; // what `.` does not match
      }
    }
    return new MethodLine(optional, annotations, line.substring(nameStart, i), parameters);
  }

  /**
   * The words of {@code text}, which has been stripped, as {@code text.split("\\s+")} finds
   * them: one empty word for an empty text.
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    do {
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      words.add(text.substring(start, i));
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
    } while (i < n);
    return words;
  }

  /** The end of the run of word characters ({@code \w}, and {@code $} in a name) from {@code i}. */
  private static int skipWord(String line, int i, boolean dollar) {
    while (i < line.length() && (isWordChar(line.charAt(i)) || dollar && line.charAt(i) == '$')) {
      i++;
    }
    return i;
  }

  private static int skipSpace(String line, int i) {
    while (i < line.length() && isSpace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code \w}: ASCII letters, digits and {@code _}. */
  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
