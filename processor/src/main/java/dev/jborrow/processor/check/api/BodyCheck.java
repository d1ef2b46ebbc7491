package dev.jborrow.processor.check.api;

import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.lower.BodyContext;

/** A check of one lowered body: reads its effects, reports findings of its own codes. */
public interface BodyCheck {

  CheckInfo info();

  void run(BodyContext context, BodyEffects body, DiagnosticSink sink);
}
