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
    RustcRenderer.Lines lines = new RustcRenderer.Lines(source.text());
    int line = lines.lineOf(offset);
    return new int[] {line + 1, (int) (offset - lines.start(line)) + 1};
  }
}
