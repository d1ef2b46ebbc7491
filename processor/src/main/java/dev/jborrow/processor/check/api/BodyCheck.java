package dev.jborrow.processor.check.api;

import dev.jborrow.processor.diag.DiagnosticSink;

/** A check of one lowered body: reads its effects, reports findings of its own codes. */
public interface BodyCheck {

  CheckInfo info();

  void run(LoweredBody body, DiagnosticSink sink);
}
