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
    for (Effect e : body.effects().all()) {
      Effect.IllegalMutation m = e.match(MUTATION);
      if (m != null) {
        sink.report(errors.of(m));
      }
    }
  }

  /** A mutation the rules forbid on every path: the only kind of effect this check reads. */
  private static final Effect.Cases<Effect.IllegalMutation> MUTATION = new Effect.Cases<>() {
    @Override
    public Effect.IllegalMutation use(Effect.Use e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation borrow(Effect.Borrow e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation activate(Effect.Activate e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation endLoans(Effect.EndLoans e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation hold(Effect.Hold e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation lend(Effect.Lend e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation keep(Effect.Keep e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation returnBorrow(Effect.ReturnBorrow e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation move(Effect.Move e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation illegalMove(Effect.IllegalMove e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation illegalMutation(Effect.IllegalMutation e) {
      return e;
    }

    @Override
    public Effect.IllegalMutation spawnCapture(Effect.SpawnCapture e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation escape(Effect.Escape e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation carryOut(Effect.CarryOut e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation leak(Effect.Leak e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation obligation(Effect.Obligation e) {
      return null; // an obligation is the leak checks' alone
    }

    @Override
    public Effect.IllegalMutation init(Effect.Init e) {
      return null;
    }

    @Override
    public Effect.IllegalMutation drop(Effect.Drop e) {
      return null;
    }
  };
}
