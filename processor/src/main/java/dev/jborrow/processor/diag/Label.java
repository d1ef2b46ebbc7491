package dev.jborrow.processor.diag;

/**
 * A secondary span with its text, e.g. "value moved here" under the move.
 *
 * @param file the file the span is in when that is not the diagnostic's own (the overridden
 *     method, declared in another class of the compilation); {@code null} for the usual case,
 *     a span in the diagnostic's file
 */
public record Label(Span span, String text, RustcRenderer.Source file) {

  /** A span in the diagnostic's own file. */
  public Label(Span span, String text) {
    this(span, text, null);
  }

  /** Whether the span is in another file, shown under its own name. */
  public boolean elsewhere() {
    return file != null;
  }
}
