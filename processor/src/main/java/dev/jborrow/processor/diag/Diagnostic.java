package dev.jborrow.processor.diag;

import java.util.List;

/**
 * One finding, independent of how it is shown: javac messages, the rustc-style text, JSON and
 * SARIF are renderings of this.
 *
 * @param message the headline without the code, e.g. "use of moved value: `b`"
 * @param primary where the violation is; its label says what happens there (may be empty)
 * @param labels secondary spans, in the order they help the reader
 * @param notes facts that explain the error ("`Vec` is an `@Owned` type")
 * @param helps how to fix it
 */
public record Diagnostic(
    Code code,
    String message,
    Span primary,
    String primaryLabel,
    List<Label> labels,
    List<String> notes,
    List<String> helps) {

  public Diagnostic {
    labels = List.copyOf(labels);
    notes = List.copyOf(notes);
    helps = List.copyOf(helps);
  }

  public static Builder of(Code code, String message, Span primary) {
    return new Builder(code, message, primary);
  }

  /** Collects labels, notes and help lines for a diagnostic. */
  public static final class Builder {
    private final Code code;
    private final String message;
    private final Span primary;
    private String primaryLabel = "";
    private final java.util.ArrayList<Label> labels = new java.util.ArrayList<>();
    private final java.util.ArrayList<String> notes = new java.util.ArrayList<>();
    private final java.util.ArrayList<String> helps = new java.util.ArrayList<>();

    private Builder(Code code, String message, Span primary) {
      this.code = code;
      this.message = message;
      this.primary = primary;
    }

    public Builder primaryLabel(String text) {
      this.primaryLabel = text;
      return this;
    }

    public Builder label(Span span, String text) {
      if (span != null) {
        labels.add(new Label(span, text));
      }
      return this;
    }

    /** A span in another file of the compilation, shown under that file's name. */
    public Builder label(Span span, String text, RustcRenderer.Source file) {
      labels.add(new Label(span, text, file));
      return this;
    }

    public Builder note(String text) {
      notes.add(text);
      return this;
    }

    public Builder help(String text) {
      helps.add(text);
      return this;
    }

    public Diagnostic build() {
      return new Diagnostic(code, message, primary, primaryLabel, labels, notes, helps);
    }
  }
}
