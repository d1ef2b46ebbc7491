package dev.jborrow.processor.diag;

/**
 * A diagnostic with the file it is in: what the command line, JSON and SARIF output need.
 *
 * @param source the file's display name and text, for positions and snippets
 * @param warning reported as a warning ({@code -Ajborrow.warnOnly}, or J0999)
 */
public record Finding(Diagnostic diagnostic, RustcRenderer.Source source, boolean warning) {

  /** 1-based line and column of an offset in the source. */
  public int[] position(long offset) {
    return source.position(offset);
  }

  /** The file a label's span is in: its own, or the diagnostic's. */
  public RustcRenderer.Source sourceOf(Label label) {
    return label.elsewhere() ? label.file() : source;
  }
}
