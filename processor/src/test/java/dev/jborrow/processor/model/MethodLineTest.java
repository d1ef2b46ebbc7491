package dev.jborrow.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scanner of model method lines reads them as the pattern it replaced did: on the lines of
 * the models shipped in the jar, on near misses, and on random lines made of the characters
 * that matter to the pattern.
 */
class MethodLineTest {

  /** The grammar of a method line, as {@link MethodLine} documents it. */
  private static final Pattern METHOD = Pattern.compile(
      "^(\\?\\s*)?((?:@\\w+(?:\\s*\\([^)]*\\))?\\s+)*)([\\w$]+|<init>)\\s*\\((.*)\\)$");
  private static final Pattern ANNOTATION = Pattern.compile("@(\\w+)(?:\\s*\\(([^)]*)\\))?");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The parts as the pattern finds them, printed; "no match" when it does not match. */
  private static String byPattern(String line) {
    Matcher m = METHOD.matcher(line);
    if (!m.matches()) {
      return "no match";
    }
    List<MethodLine.Annotation> annotations = new ArrayList<>();
    Matcher a = ANNOTATION.matcher(m.group(2));
    while (a.find()) {
      annotations.add(new MethodLine.Annotation("@" + a.group(1), a.group(2), a.group()));
    }
    return new MethodLine(m.group(1) != null, annotations, m.group(3), m.group(4)).toString();
  }

  private static String byScanner(String line) {
    MethodLine m = MethodLine.parse(line);
    return m == null ? "no match" : m.toString();
  }

  private static void same(String line) {
    assertEquals(byPattern(line), byScanner(line), () -> "line `" + line + "`");
    String stripped = line.strip();
    assertEquals(Arrays.asList(SPACES.split(stripped)), MethodLine.words(stripped),
        () -> "words of `" + stripped + "`");
  }

  @Test
  void readsWhatThePatternReads() {
    for (String line : List.of("add(int, @Owned _)", "? @Borrowed getFirst()",
        "@Mut @Owned remove(int)", "@Carries(this) findFirst()", "@Carries (0, 1) of(_, _)",
        "<init>(@Owned InputStream)", "@Mut append(..)", "x$y()", "f ( a ) ", "f()", "f(a)(b)",
        "@Mut(x)add()", "@Mut (x) add()", "@Mut", "@ f()", "@Mut$ f()", "?f()", "?  @Mut f()",
        "<init>x()", "<ini>()", "f(", "f)", "(f)", "f(\u0085)", "@C(\u0085) f()", "@C(a f()",
        "f\u000B(a\fb)", "@Mut\tf(x)", "", "?", "@Owned")) {
      same(line);
    }
  }

  @Test
  void readsRandomLinesAsThePatternDoes() {
    String alphabet = "@?()<>$_ab1 \t\u000B\f\u0085,.init";
    Random random = new Random(19);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder line = new StringBuilder();
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++) {
        line.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      same(line.toString());
    }
  }
}
