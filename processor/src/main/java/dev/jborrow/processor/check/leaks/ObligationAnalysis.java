package dev.jborrow.processor.check.leaks;

import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.dataflow.BitSetAnalysis;
import dev.jborrow.processor.dataflow.Direction;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Obligations created by calls ({@code lock.lock()}, SPEC.md §3.9), forward, one bit per place
 * some call obliges: set by the obliging call, cleared by a discharging call on the same place,
 * and by a new value or a move of the place (what it held went elsewhere). Paths that leave by
 * an unchecked exception from a call carry nothing, as for resources.
 */
final class ObligationAnalysis extends BitSetAnalysis {

  private final List<Place> places = new ArrayList<>();
  private final Predicate<Edge> ignored;

  ObligationAnalysis(BodyEffects body, Predicate<Edge> ignored) {
    super(body);
    this.ignored = ignored;
    for (Effect e : body.all()) { // in block and node order: the order of the bits
      Effect.Obligation o = e.match(LeakEffects.OBLIGATION);
      if (o != null && o.creates() && !places.contains(o.place())) {
        places.add(o.place());
      }
    }
  }

  boolean isEmpty() {
    return places.isEmpty();
  }

  int bit(Place p) {
    return places.indexOf(p);
  }

  Place place(int bit) {
    return places.get(bit);
  }

  boolean isIgnored(Edge e) {
    return ignored.test(e);
  }

  @Override
  public Direction direction() {
    return Direction.FORWARD;
  }

  @Override
  public BitSet alongEdge(Edge edge, BitSet state) {
    return ignored.test(edge) ? null : state;
  }

  @Override
  public void visitObligation(Effect.Obligation o, BitSet state) {
    int bit = bit(o.place());
    if (bit >= 0) {
      state.set(bit, o.creates());
    }
  }

  @Override
  public void visitInit(Effect.Init e, BitSet state) {
    clear(e.place(), state);
  }

  @Override
  public void visitMove(Effect.Move e, BitSet state) {
    clear(e.place(), state);
  }

  private void clear(Place p, BitSet state) {
    int bit = bit(p);
    if (bit >= 0) {
      state.clear(bit);
    }
  }

  // The rest leaves obligations as they are: a use or a borrow of the obliged value does not
  // meet its obligation, and a variable's scope ending is what the exits check.

  @Override
  public void visitUse(Effect.Use e, BitSet state) {}

  @Override
  public void visitBorrow(Effect.Borrow e, BitSet state) {}

  @Override
  public void visitActivate(Effect.Activate e, BitSet state) {}

  @Override
  public void visitEndLoans(Effect.EndLoans e, BitSet state) {}

  @Override
  public void visitHold(Effect.Hold e, BitSet state) {}

  @Override
  public void visitLend(Effect.Lend e, BitSet state) {}

  @Override
  public void visitKeep(Effect.Keep e, BitSet state) {}

  @Override
  public void visitReturnBorrow(Effect.ReturnBorrow e, BitSet state) {}

  @Override
  public void visitIllegalMove(Effect.IllegalMove e, BitSet state) {}

  @Override
  public void visitIllegalMutation(Effect.IllegalMutation e, BitSet state) {}

  @Override
  public void visitSpawnCapture(Effect.SpawnCapture e, BitSet state) {}

  @Override
  public void visitEscape(Effect.Escape e, BitSet state) {}

  @Override
  public void visitCarryOut(Effect.CarryOut e, BitSet state) {}

  @Override
  public void visitLeak(Effect.Leak e, BitSet state) {}

  @Override
  public void visitDrop(Effect.Drop e, BitSet state) {}
}
