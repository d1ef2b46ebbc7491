package dev.jborrow.processor.diag;

/** Where checks send their findings. */
@FunctionalInterface
public interface DiagnosticSink {
  void report(Diagnostic diagnostic);
}
