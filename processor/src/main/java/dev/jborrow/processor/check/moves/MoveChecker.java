package dev.jborrow.processor.check.moves;

import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.dataflow.DataflowResult;
import dev.jborrow.processor.dataflow.LiveHolders;
import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.errors.MoveErrors;
import dev.jborrow.processor.errors.Spans;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.ConstructorArguments;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.lower.BodyContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * E0382 (use after move) from {@link MoveAnalysis}, and the moves that are wrong on every path:
 * E0507, E0508, J0002.
 */
public final class MoveChecker {

  private MoveChecker() {}

  public static void check(BodyContext context, BodyEffects body, LiveHolders live,
      ConstructorArguments constructors, Spans spans, DiagnosticSink sink) {
    MoveErrors errors = new MoveErrors(spans, context.tracking());
    for (Effect e : body.all()) {
      Effect.IllegalMove m = e.match(FORBIDDEN);
      if (m != null) {
        sink.report(errors.illegalMove(m));
      }
    }
    MoveAnalysis analysis = MoveAnalysis.of(body, live, constructors);
    if (analysis == null) {
      return; // nothing is moved: no use comes after a move
    }
    DataflowResult<MoveState> result = analysis.solve();
    List<Candidate> candidates = new ArrayList<>();
    for (Block b : body.graph().blocks()) {
      if (!body.hasEffects(b)) {
        continue;
      }
      MoveState state = result.entryState(b).copy();
      for (Effect e : body.of(b)) {
        Used used = e.match(USED);
        if (used != null) {
          // Assigning `x.f` needs `x` itself, not its other fields: a moved `x.f` or `x.g`
          // does not stop it (rustc re-initialises a moved field by assignment).
          BitSet bits = used.prefixOnly()
              ? analysis.movedPrefixOf(state, used.place())
              : analysis.conflicting(state, used.place());
          if (!bits.isEmpty()) {
            candidates.add(new Candidate(e, used.place(), moves(analysis, bits)));
          }
        }
        analysis.apply(e, state);
      }
    }
    reportFirstUses(candidates, spans, errors, sink);
    reportUnrestored(analysis, result.entryState(body.graph().exit()), body, errors, sink);
  }

  /**
   * A field moved out of a mutable borrow ({@code this} of a {@code @Mut} method, a {@code @Mut}
   * parameter) must hold a new value again when the method returns: the caller still has the
   * object, as rustc's {@code mem::replace} leaves it whole. Otherwise E0507 at the move.
   */
  private static void reportUnrestored(MoveAnalysis analysis, MoveState atExit, BodyEffects body,
      MoveErrors errors, DiagnosticSink sink) {
    if (atExit == null) {
      return;
    }
    Set<Effect.Move> reported = new HashSet<>();
    BitSet bits = atExit.bits;
    for (int bit = bits.nextSetBit(0); bit >= 0; bit = bits.nextSetBit(bit + 1)) {
      Effect.Move m = analysis.site(bit);
      if (m.mustRestore() && reported.add(m)) {
        sink.report(errors.notRestored(m));
      }
    }
  }

  /** A use after a move; the first in the source is reported for each set of moves. */
  private record Candidate(Effect use, Place used, Map<Effect.Move, Boolean> moves) {}

  private static void reportFirstUses(List<Candidate> candidates, Spans spans,
      MoveErrors errors, DiagnosticSink sink) {
    var positions = spans.positions();
    var unit = spans.unit();
    candidates.sort(java.util.Comparator.comparingLong(
        c -> positions.getStartPosition(unit, c.use().at())));
    Set<Set<Effect.Move>> reported = new HashSet<>();
    for (Candidate c : candidates) {
      if (reported.add(c.moves().keySet())) {
        sink.report(errors.useAfterMove(c.use(), c.used(), c.moves()));
      }
    }
  }

  /**
   * A place an effect needs whole, or, for the base of an assigned field, only as a prefix.
   */
  private record Used(Place place, boolean prefixOnly) {}

  /** The place an effect needs to hold a value: what it reads, borrows, moves or names. */
  private static final Effect.Cases<Used> USED = new Effect.Cases<>() {
    @Override
    public Used use(Effect.Use e) {
      return new Used(e.place(), e.access() == Effect.Access.PREFIX);
    }

    @Override
    public Used borrow(Effect.Borrow e) {
      return null;
    }

    @Override
    public Used activate(Effect.Activate e) {
      return null;
    }

    @Override
    public Used endLoans(Effect.EndLoans e) {
      return null;
    }

    @Override
    public Used hold(Effect.Hold e) {
      return null;
    }

    @Override
    public Used lend(Effect.Lend e) {
      return null;
    }

    @Override
    public Used keep(Effect.Keep e) {
      return null;
    }

    @Override
    public Used returnBorrow(Effect.ReturnBorrow e) {
      return null;
    }

    @Override
    public Used move(Effect.Move e) {
      return new Used(e.place(), false);
    }

    @Override
    public Used illegalMove(Effect.IllegalMove e) {
      return e.place() == null ? null : new Used(e.place(), false);
    }

    @Override
    public Used illegalMutation(Effect.IllegalMutation e) {
      return null;
    }

    @Override
    public Used spawnCapture(Effect.SpawnCapture e) {
      return null;
    }

    @Override
    public Used escape(Effect.Escape e) {
      return null;
    }

    @Override
    public Used carryOut(Effect.CarryOut e) {
      return null;
    }

    @Override
    public Used leak(Effect.Leak e) {
      return null;
    }

    @Override
    public Used obligation(Effect.Obligation e) {
      return null; // an obligation is the leak checks' alone
    }

    @Override
    public Used init(Effect.Init e) {
      return null;
    }

    @Override
    public Used drop(Effect.Drop e) {
      return null;
    }
  };

  /** A move wrong on every path that this check reports. */
  private static final Effect.Cases<Effect.IllegalMove> FORBIDDEN = new Effect.Cases<>() {
    @Override
    public Effect.IllegalMove use(Effect.Use e) {
      return null;
    }

    @Override
    public Effect.IllegalMove borrow(Effect.Borrow e) {
      return null;
    }

    @Override
    public Effect.IllegalMove activate(Effect.Activate e) {
      return null;
    }

    @Override
    public Effect.IllegalMove endLoans(Effect.EndLoans e) {
      return null;
    }

    @Override
    public Effect.IllegalMove hold(Effect.Hold e) {
      return null;
    }

    @Override
    public Effect.IllegalMove lend(Effect.Lend e) {
      return null;
    }

    @Override
    public Effect.IllegalMove keep(Effect.Keep e) {
      return null;
    }

    @Override
    public Effect.IllegalMove returnBorrow(Effect.ReturnBorrow e) {
      return null;
    }

    @Override
    public Effect.IllegalMove move(Effect.Move e) {
      return null;
    }

    @Override
    public Effect.IllegalMove illegalMove(Effect.IllegalMove e) {
      return e.why() == Effect.Why.ESCAPES ? null : e; // an escape is BorrowCheck's E0521
    }

    @Override
    public Effect.IllegalMove illegalMutation(Effect.IllegalMutation e) {
      return null;
    }

    @Override
    public Effect.IllegalMove spawnCapture(Effect.SpawnCapture e) {
      return null;
    }

    @Override
    public Effect.IllegalMove escape(Effect.Escape e) {
      return null;
    }

    @Override
    public Effect.IllegalMove carryOut(Effect.CarryOut e) {
      return null;
    }

    @Override
    public Effect.IllegalMove leak(Effect.Leak e) {
      return null;
    }

    @Override
    public Effect.IllegalMove obligation(Effect.Obligation e) {
      return null; // an obligation is the leak checks' alone
    }

    @Override
    public Effect.IllegalMove init(Effect.Init e) {
      return null;
    }

    @Override
    public Effect.IllegalMove drop(Effect.Drop e) {
      return null;
    }
  };

  /** Each move that reaches the use, and whether it only does so from an earlier iteration. */
  private static Map<Effect.Move, Boolean> moves(MoveAnalysis analysis, BitSet bits) {
    Map<Effect.Move, Boolean> moves = new LinkedHashMap<>();
    List<Integer> order = new ArrayList<>();
    for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
      order.add(i);
    }
    for (int bit : order) {
      Effect.Move m = analysis.site(bit);
      boolean earlierIteration = (bit & 1) == 1;
      moves.merge(m, earlierIteration, Boolean::logicalAnd);
    }
    return moves;
  }
}
