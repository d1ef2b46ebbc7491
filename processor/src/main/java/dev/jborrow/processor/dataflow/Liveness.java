package dev.jborrow.processor.dataflow;

import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.BodyEffects;

import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.dataflow.Direction;
import java.util.BitSet;
import java.util.function.ToIntFunction;
import javax.lang.model.element.VariableElement;

/**
 * Live variables, backward: a variable is live where a later use may read its current value.
 * A loan held by a variable lives exactly as long as the variable is live, which is what makes
 * lifetimes non-lexical (rustc's liveness constraints); a moved variable that is dead can no
 * longer be used after its move. Only the variables a check asks about are numbered: the
 * liveness of the others decides nothing.
 */
public final class Liveness extends BitSetAnalysis {

  private final ToIntFunction<Object> index;

  /**
   * @param index the number of a variable (or of a for-each loop's hidden iterator), or -1 for
   *     one whose liveness is not asked
   */
  public Liveness(BodyEffects body, ToIntFunction<Object> index) {
    super(body);
    this.index = index;
  }


  @Override
  public Direction direction() {
    return Direction.BACKWARD;
  }



  @Override
  public void apply(Effect e, BitSet live) {
    if (e instanceof Effect.Hold h) {
      clear(h.holder(), live);
      for (Object c : h.copies()) {
        set(c, live);
      }
    } else if (e instanceof Effect.Init i) {
      if (i.place().isRoot() && i.place().root() instanceof VariableElement v) {
        clear(v, live);
      } else {
        read(i.place(), live);
      }
    } else if (e instanceof Effect.Drop d) {
      clear(d.variable(), live);
    } else if (e instanceof Effect.Keep k) {
      set(k.holder(), live);
    } else if (e instanceof Effect.Lend l) {
      set(l.holder(), live);
    } else if (e instanceof Effect.Use u) {
      read(u.place(), live);
    } else if (e instanceof Effect.Move m) {
      read(m.place(), live);
    } else if (e instanceof Effect.IllegalMove m && m.place() != null) {
      read(m.place(), live);
    } else if (e instanceof Effect.ReturnBorrow r) {
      for (Place p : r.places()) {
        read(p, live);
      }
    }
  }

  private void read(Place p, BitSet live) {
    if (p.root() instanceof VariableElement v) {
      set(v, live);
    }
  }

  private void set(Object variable, BitSet live) {
    int i = index.applyAsInt(variable);
    if (i >= 0) {
      live.set(i);
    }
  }

  private void clear(Object variable, BitSet live) {
    int i = index.applyAsInt(variable);
    if (i >= 0) {
      live.clear(i);
    }
  }
}
