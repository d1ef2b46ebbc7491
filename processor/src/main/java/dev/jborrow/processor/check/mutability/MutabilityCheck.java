package dev.jborrow.processor.check.mutability;

import dev.jborrow.processor.check.api.BodyCheck;
import dev.jborrow.processor.check.api.CheckInfo;
import dev.jborrow.processor.check.api.LoweredBody;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.errors.MutabilityErrors;
import dev.jborrow.processor.ir.Effect;
import java.util.List;

/** E0596 and E0594: mutation through a shared borrow, which no path makes right. */
public final class MutabilityCheck implements BodyCheck {

  public static final CheckInfo INFO = new CheckInfo("MutabilityCheck",
      "mutation through a shared borrow", List.of(Code.E0594, Code.E0596),
      List.of("dev/jborrow/processor/errors/MutabilityErrors.java"));

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void run(LoweredBody body, DiagnosticSink sink) {
    MutabilityErrors errors = new MutabilityErrors(body.spans());
    for (List<Effect> es : body.effects().effects().values()) {
      for (Effect e : es) {
        if (e instanceof Effect.IllegalMutation m) {
          sink.report(errors.of(m));
        }
      }
    }
  }
}
