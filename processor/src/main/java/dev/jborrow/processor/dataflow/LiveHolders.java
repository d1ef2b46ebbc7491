package dev.jborrow.processor.dataflow;

import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.VariableElement;

/**
 * The liveness of one body's holders, numbered densely and solved once for every check that
 * asks (rustc computes liveness once per body, for the borrow checker and the move paths
 * alike): the holders of borrows, for the loans they carry, and the variables that are moved,
 * whose moves a dead variable no longer needs.
 */
public final class LiveHolders {

  private final BodyEffects body;
  private final Map<Holder, Integer> index = new HashMap<>();
  private DataflowResult<BitSet> result;

  public LiveHolders(BodyEffects body) {
    this.body = body;
    for (Block b : body.graph().blocks()) {
      for (Node n : b.nodes()) {
        for (Effect e : body.of(n)) {
          if (e instanceof Effect.Hold h) {
            number(h.holder());
            h.copies().forEach(this::number);
          } else if (e instanceof Effect.Keep k) {
            number(k.holder());
          } else if (e instanceof Effect.Lend l) {
            number(l.holder());
          } else if (e instanceof Effect.Move m && m.place().root() instanceof VariableElement v) {
            number(Holder.of(v));
          }
        }
      }
    }
  }

  private void number(Holder h) {
    index.putIfAbsent(h, index.size());
  }

  /** The holder's number, or -1 for one that neither holds a borrow nor is ever moved. */
  public int indexOf(Holder holder) {
    Integer i = index.get(holder);
    return i == null ? -1 : i;
  }

  /** The fixpoint, solved on the first request. */
  public DataflowResult<BitSet> solve() {
    if (result == null) {
      result = Dataflow.solve(body.graph(), analysis());
    }
    return result;
  }

  /** The transfer function, for a check that replays a block backward. */
  public Liveness analysis() {
    return new Liveness(body, this::indexOf);
  }
}
