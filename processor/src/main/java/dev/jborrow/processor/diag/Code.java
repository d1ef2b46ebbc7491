package dev.jborrow.processor.diag;

/**
 * The catalogue of diagnostics: rustc's codes where Rust has the same rule, J-codes for the
 * rules only Java needs. Each has a one-line summary here and a long explanation with examples
 * in {@code explain/CODE.md} next to this class (the analogue of {@code rustc --explain}).
 */
public enum Code {
  E0106("missing lifetime specifier"),
  E0382("use of a moved value"),
  E0499("two mutable borrows of one place at a time"),
  E0502("a mutable and a shared borrow of one place at a time"),
  E0503("use of a place while it is mutably borrowed"),
  E0505("move out of a place while it is borrowed"),
  E0506("assignment to a place while it is borrowed"),
  E0507("move out of a borrow"),
  E0508("move out of an array element"),
  E0515("return of a borrow of a local value"),
  E0521("borrowed data escapes the method"),
  E0594("assignment through a shared borrow"),
  E0596("mutable borrow through a shared borrow"),
  E0597("a borrowed value does not live long enough"),
  J0001("an owned resource is never closed or moved"),
  J0002("move out of a try-with-resources variable"),
  J0003("an override changes the ownership contract"),
  J0004("an invalid ownership annotation"),
  J0999("an internal error in the checker", true);

  private final String summary;
  private final boolean warning;

  Code(String summary) {
    this(summary, false);
  }

  Code(String summary, boolean warning) {
    this.summary = summary;
    this.warning = warning;
  }

  public String summary() {
    return summary;
  }

  /** Always a warning, even without {@code -Ajborrow.warnOnly}. */
  public boolean isWarning() {
    return warning;
  }

  /** The resource holding the long explanation, shipped in the processor jar. */
  public String explanationResource() {
    return "/dev/jborrow/processor/explain/" + name() + ".md";
  }
}
