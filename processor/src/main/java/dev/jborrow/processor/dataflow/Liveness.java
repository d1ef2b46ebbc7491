package dev.jborrow.processor.dataflow;

import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.dataflow.Direction;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import java.util.BitSet;
import javax.lang.model.element.VariableElement;

/**
 * Live variables, backward: a variable is live where a later use may read its current value.
 * A loan held by a variable lives exactly as long as the variable is live, which is what makes
 * lifetimes non-lexical (rustc's liveness constraints); a moved variable that is dead can no
 * longer be used after its move. Only the variables a check asks about are numbered: the
 * liveness of the others decides nothing.
 */
public final class Liveness extends BitSetAnalysis {

  private final LiveHolders index;

  /**
   * @param index the numbers of the holders whose liveness is asked
   */
  Liveness(BodyEffects body, LiveHolders index) {
    super(body);
    this.index = index;
  }

  @Override
  public Direction direction() {
    return Direction.BACKWARD;
  }

  @Override
  public void visitHold(Effect.Hold h, BitSet live) {
    clear(h.holder(), live);
    for (Holder c : h.copies()) {
      set(c, live);
    }
  }

  @Override
  public void visitInit(Effect.Init i, BitSet live) {
    if (i.place().isRoot() && i.place().root() instanceof VariableElement v) {
      clear(index.indexOf(v), live);
    } else {
      read(i.place(), live);
    }
  }

  @Override
  public void visitDrop(Effect.Drop d, BitSet live) {
    clear(index.indexOf(d.variable()), live);
  }

  @Override
  public void visitKeep(Effect.Keep k, BitSet live) {
    set(k.holder(), live);
  }

  @Override
  public void visitLend(Effect.Lend l, BitSet live) {
    set(l.holder(), live);
  }

  @Override
  public void visitUse(Effect.Use u, BitSet live) {
    read(u.place(), live);
  }

  @Override
  public void visitMove(Effect.Move m, BitSet live) {
    read(m.place(), live);
  }

  @Override
  public void visitIllegalMove(Effect.IllegalMove m, BitSet live) {
    if (m.place() != null) {
      read(m.place(), live);
    }
  }

  @Override
  public void visitReturnBorrow(Effect.ReturnBorrow r, BitSet live) {
    for (Place p : r.places()) {
      read(p, live);
    }
  }

  // The loan effects and the reports read no variable: their places were used where read.

  @Override
  public void visitBorrow(Effect.Borrow b, BitSet live) {}

  @Override
  public void visitActivate(Effect.Activate a, BitSet live) {}

  @Override
  public void visitEndLoans(Effect.EndLoans e, BitSet live) {}

  @Override
  public void visitIllegalMutation(Effect.IllegalMutation m, BitSet live) {}

  @Override
  public void visitSpawnCapture(Effect.SpawnCapture s, BitSet live) {}

  @Override
  public void visitEscape(Effect.Escape e, BitSet live) {}

  @Override
  public void visitCarryOut(Effect.CarryOut e, BitSet live) {}

  @Override
  public void visitLeak(Effect.Leak l, BitSet live) {}

  @Override
  public void visitObligation(Effect.Obligation o, BitSet live) {}

  private void read(Place p, BitSet live) {
    if (p.root() instanceof VariableElement v) {
      set(index.indexOf(v), live);
    }
  }

  private void set(Holder holder, BitSet live) {
    set(index.indexOf(holder), live);
  }

  private void clear(Holder holder, BitSet live) {
    clear(index.indexOf(holder), live);
  }

  /** Sets holder number {@code i}; -1, a holder whose liveness is not asked, changes nothing. */
  private static void set(int i, BitSet live) {
    if (i >= 0) {
      live.set(i);
    }
  }

  private static void clear(int i, BitSet live) {
    if (i >= 0) {
      live.clear(i);
    }
  }
}
