package dev.jborrow.playground;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file name a program is compiled under: javac wants a public top-level type in a file of
 * its name, and the report's {@code -->} lines read better with the class's name than with a
 * fixed one. A guess from the text is enough: a wrong guess only changes the shown name, or
 * gives javac's own error about the file name, which the student can act on.
 */
final class ProgramName {

  private static final String TYPE = "(?:class|interface|enum|record|@interface)\\s+"
      + "([A-Za-z_$][A-Za-z0-9_$]*)";
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "(?m)^public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*" + TYPE);
  private static final Pattern ANY_TYPE = Pattern.compile("(?m)^(?:@?\\w+\\s+)*" + TYPE);

  private ProgramName() {}

  static String of(String source) {
    String text = withoutComments(source);
    Matcher m = PUBLIC_TYPE.matcher(text);
    if (m.find()) {
      return m.group(1) + ".java";
    }
    m = ANY_TYPE.matcher(text);
    return (m.find() ? m.group(1) : "Main") + ".java";
  }

  /** Comments blanked out, so that "the class Foo below" in a comment is not taken. */
  private static String withoutComments(String s) {
    return s.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", "");
  }
}
