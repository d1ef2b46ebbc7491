package dev.jborrow.processor.difftest;

/**
 * One line of a generated function, written once in Java and once in Rust. Every statement and
 * every brace of the twin language takes exactly one line on both sides, so that line {@code i}
 * of a body is line {@code i} in both files and diagnostics can be compared by line.
 *
 * @param java the Java text, without indentation
 * @param rust the Rust text, without indentation
 * @param shape whether the line opens or closes a block (for indentation)
 * @param form the template that wrote it, which the classification of disagreements reads
 */
public record TwinLine(String java, String rust, Shape shape, String form) {

  /** How a line changes the nesting. */
  public enum Shape { PLAIN, OPEN, CLOSE, CLOSE_OPEN }

  static TwinLine plain(String form, String java, String rust) {
    return new TwinLine(java, rust, Shape.PLAIN, form);
  }
}
