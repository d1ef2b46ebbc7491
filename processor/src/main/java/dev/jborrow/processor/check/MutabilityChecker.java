package dev.jborrow.processor.check;

import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.errors.MutabilityErrors;
import java.util.List;

/** E0596 and E0594: mutation through a shared borrow, which no path makes right. */
public final class MutabilityChecker {

  private MutabilityChecker() {}

  public static void check(BodyEffects body, DiagnosticSink sink) {
    MutabilityErrors errors = new MutabilityErrors(body.context());
    for (List<Effect> es : body.effects().values()) {
      for (Effect e : es) {
        if (e instanceof Effect.IllegalMutation m) {
          sink.report(errors.of(m));
        }
      }
    }
  }
}
