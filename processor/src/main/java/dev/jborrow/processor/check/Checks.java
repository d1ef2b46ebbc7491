package dev.jborrow.processor.check;

import dev.jborrow.processor.check.api.BodyCheck;
import dev.jborrow.processor.check.api.CheckInfo;
import dev.jborrow.processor.check.contracts.DeclarationChecks;
import dev.jborrow.processor.check.leaks.LeakCheck;
import dev.jborrow.processor.check.loans.BorrowCheck;
import dev.jborrow.processor.check.moves.MoveCheck;
import dev.jborrow.processor.check.mutability.MutabilityCheck;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.DiagnosticSink;
import java.util.List;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The registry of checks (as Error Prone's): every check with the codes it alone reports. The
 * code table in docs/codes.md is generated from it, and each body check reports through a sink
 * that refuses a code the check does not own.
 */
public final class Checks {

  /** J0999: the checker's own failure, reported where an analysis throws. */
  public static final CheckInfo INTERNAL = new CheckInfo("ClassAnalyzer",
      "an internal error of the checker, reported instead of crashing javac",
      List.of(Code.J0999), List.of("dev/jborrow/processor/ClassAnalyzer.java"));

  private static final List<CheckInfo> ALL = List.of(MoveCheck.INFO, BorrowCheck.INFO,
      MutabilityCheck.INFO, LeakCheck.INFO, DeclarationChecks.INFO, INTERNAL);

  private Checks() {}

  /** Every check, those of declarations and the internal error included, in catalogue order. */
  public static List<CheckInfo> all() {
    return ALL;
  }

  /** The check that reports {@code code}. */
  public static CheckInfo owner(Code code) {
    for (CheckInfo c : ALL) {
      if (c.owns(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException(code + " has no check");
  }

  /** The checks of method bodies, in the order they run on each body. */
  static List<BodyCheck> bodyChecks(Types types, Elements elements) {
    return List.of(new MoveCheck(), new LeakCheck(types, elements), new MutabilityCheck(),
        new BorrowCheck());
  }

  /** {@code sink}, for {@code check}: a finding of a code another check owns is a bug. */
  static DiagnosticSink ownedBy(BodyCheck check, DiagnosticSink sink) {
    return d -> {
      if (!check.info().owns(d.code())) {
        throw new IllegalStateException(check.info().name() + " reported " + d.code()
            + ", which " + owner(d.code()).name() + " owns");
      }
      sink.report(d);
    };
  }
}
