package dev.jborrow.processor.check.loans;

import dev.jborrow.processor.check.api.BodyCheck;
import dev.jborrow.processor.check.api.CheckInfo;
import dev.jborrow.processor.check.api.LoweredBody;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.DiagnosticSink;
import java.util.List;

/**
 * Borrows: accesses that conflict with a loan in scope (E0499, E0502, E0503, E0505, E0506),
 * borrows that outlive their owner (E0597), returned borrows of locals or temporaries (E0515),
 * and borrows that escape the method or its thread (E0521). {@link ConflictChecker} does the
 * work, and hands what leaves the method to {@link LeavingBorrows}, with the wording of
 * {@code ConflictErrors} and {@code EscapeErrors}.
 */
public final class BorrowCheck implements BodyCheck {

  public static final CheckInfo INFO = new CheckInfo("BorrowCheck",
      "accesses that conflict with a live borrow, and borrows that outlive what they borrow",
      List.of(Code.E0499, Code.E0502, Code.E0503, Code.E0505, Code.E0506, Code.E0515,
          Code.E0521, Code.E0597),
      List.of("dev/jborrow/processor/errors/ConflictErrors.java",
          "dev/jborrow/processor/errors/EscapeErrors.java"));

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void run(LoweredBody body, DiagnosticSink sink) {
    ConflictChecker.check(body.context(), body.effects(), body.live(), body.spans(), sink);
  }
}
