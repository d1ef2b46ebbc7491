package dev.jborrow.processor.gen;

import dev.jborrow.processor.testing.Fixture;
import java.util.List;

/**
 * One generated compilation unit.
 *
 * @param packageName the package of the class ({@code gen})
 * @param className the simple name of its top-level class
 * @param source the Java source text
 * @param expected the diagnostics jborrow must report, and nothing else: empty for a correct
 *     program, exactly one for a program with an injected bug
 * @param seed the seed it was generated from
 * @param bug the injected bug, or {@code null}
 * @param variant which template of the bug kind was used (for reports), or {@code null}
 * @param statements how many statements the generator emitted
 */
public record GeneratedProgram(String packageName, String className, String source,
    List<Fixture.Expectation> expected, long seed, BugKind bug, String variant, int statements) {

  /** The fully qualified name of the top-level class. */
  public String qualifiedName() {
    return packageName.isEmpty() ? className : packageName + "." + className;
  }

  /** How many lines the source has. */
  public int lines() {
    return (int) source.lines().count();
  }

  /** The source with line numbers, for failure reports. */
  public String numbered() {
    StringBuilder sb = new StringBuilder();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      sb.append(String.format("%5d  %s%n", i + 1, lines[i]));
    }
    return sb.toString();
  }
}
