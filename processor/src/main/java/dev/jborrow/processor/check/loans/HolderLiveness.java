package dev.jborrow.processor.check.loans;

import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.check.BodyEffects;
import dev.jborrow.processor.check.Effect;
import dev.jborrow.processor.check.EffectAnalysis;
import dev.jborrow.processor.dataflow.Direction;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * Live variables, backward: a variable is live where a later use may read its current value.
 * A loan held by a variable lives exactly as long as the variable is live; this is what makes
 * the lifetimes non-lexical (rustc's liveness constraints).
 */
public final class HolderLiveness extends EffectAnalysis<Set<Object>> {

  public HolderLiveness(BodyEffects body) {
    super(body);
  }

  @Override
  protected Set<Object> empty() {
    return new HashSet<>();
  }

  @Override
  public Direction direction() {
    return Direction.BACKWARD;
  }

  @Override
  public Set<Object> copy(Set<Object> state) {
    return new HashSet<>(state);
  }

  @Override
  public boolean joinInto(Set<Object> target, Set<Object> other) {
    return target.addAll(other);
  }

  @Override
  public void apply(Effect e, Set<Object> live) {
    if (e instanceof Effect.Hold h) {
      live.remove(h.holder());
      live.addAll(h.copies());
    } else if (e instanceof Effect.Init i) {
      if (i.place().isRoot() && i.place().root() instanceof VariableElement v) {
        live.remove(v);
      } else {
        read(i.place(), live);
      }
    } else if (e instanceof Effect.Drop d) {
      live.remove(d.variable());
    } else if (e instanceof Effect.Keep k) {
      live.add(k.holder());
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

  private static void read(Place p, Set<Object> live) {
    if (p.root() instanceof VariableElement v) {
      live.add(v);
    }
  }
}
