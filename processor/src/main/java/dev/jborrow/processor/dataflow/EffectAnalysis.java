package dev.jborrow.processor.dataflow;

import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.dataflow.Analysis;
import dev.jborrow.processor.dataflow.Direction;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import java.util.List;

/**
 * A dataflow analysis over the effects of a body: a node's transfer is its effects' transfers,
 * in the analysis' direction, and blocks without effects pass their state through untouched.
 * Every state starts empty, at the boundary as everywhere else. A subclass says what each kind
 * of effect does (see {@link Effect.Visitor}), nothing being a choice it writes down.
 */
public abstract class EffectAnalysis<S> implements Analysis<S>, Effect.Visitor<S> {

  protected final BodyEffects body;

  protected EffectAnalysis(BodyEffects body) {
    this.body = body;
  }

  /** The state that knows nothing: no move, no loan, no live variable. */
  protected abstract S empty();

  /**
   * One effect's transfer, by the visitor method of its kind; checks call it between the
   * checks of a node's effects.
   */
  public final void apply(Effect effect, S state) {
    effect.accept(this, state);
  }

  @Override
  public final S bottom() {
    return empty();
  }

  @Override
  public final S boundary(ControlFlowGraph graph, Block block) {
    return empty();
  }

  @Override
  public final boolean changes(Block block) {
    return body.hasEffects(block);
  }

  /** The block's effects, from one array: no lookup per node. */
  @Override
  public final void apply(Block block, S state) {
    Effect[] effects = body.of(block);
    if (direction() == Direction.FORWARD) {
      for (Effect e : effects) {
        e.accept(this, state);
      }
    } else {
      for (int i = effects.length - 1; i >= 0; i--) {
        effects[i].accept(this, state);
      }
    }
  }

  @Override
  public final void apply(Node node, S state) {
    List<Effect> effects = body.of(node);
    if (direction() == Direction.FORWARD) {
      for (Effect e : effects) {
        apply(e, state);
      }
    } else {
      for (int i = effects.size() - 1; i >= 0; i--) {
        apply(effects.get(i), state);
      }
    }
  }
}
