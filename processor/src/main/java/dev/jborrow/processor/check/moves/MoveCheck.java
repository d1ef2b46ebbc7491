package dev.jborrow.processor.check.moves;

import dev.jborrow.processor.check.api.BodyCheck;
import dev.jborrow.processor.check.api.CheckInfo;
import dev.jborrow.processor.check.api.LoweredBody;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.DiagnosticSink;
import java.util.List;

/**
 * Moves: a use of a value after it moved on some path (E0382), and moves that are wrong on
 * every path, out of a borrow, a static or a closure's capture (E0507), an array (E0508) or a
 * try-with-resources variable (J0002). {@link MoveChecker} does the work.
 */
public final class MoveCheck implements BodyCheck {

  public static final CheckInfo INFO = new CheckInfo("MoveCheck",
      "use after move, and moves out of what the method does not own",
      List.of(Code.E0382, Code.E0507, Code.E0508, Code.J0002),
      List.of("dev/jborrow/processor/errors/MoveErrors.java"));

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void run(LoweredBody body, DiagnosticSink sink) {
    MoveChecker.check(body.context(), body.effects(), body.live(), body.constructors(),
        body.spans(), sink);
  }
}
