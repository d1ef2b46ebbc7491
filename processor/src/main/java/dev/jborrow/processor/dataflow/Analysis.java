package dev.jborrow.processor.dataflow;

import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Node;
import java.util.List;

/**
 * A dataflow problem over a {@link ControlFlowGraph}: a lattice of states, a boundary state, and
 * transfer functions for nodes and edges. States are mutable for speed: the engine copies a
 * state before it hands it to a transfer function that may change it, and shares a state
 * between the points it is the same at until a join writes to one of them (so the states of a
 * {@link DataflowResult} are read only).
 *
 * @param <S> the state, one per program point
 */
public interface Analysis<S> {

  Direction direction();

  /** The state of a point no path reaches yet: the identity of {@link #join}. */
  S bottom();

  /** The state at the entry (forward) or at the exits (backward). */
  S boundary(ControlFlowGraph graph, Block block);

  S copy(S state);

  /** Joins {@code other} into {@code target}; true when {@code target} changed. */
  boolean joinInto(S target, S other);

  /** Applies one node to {@code state}, in place, in the analysis' direction. */
  void apply(Node node, S state);

  /** Applies the block's nodes to {@code state}, in place, in the analysis' direction. */
  default void apply(Block block, S state) {
    List<Node> nodes = block.nodes();
    if (direction() == Direction.FORWARD) {
      for (Node node : nodes) {
        apply(node, state);
      }
    } else {
      for (int i = nodes.size() - 1; i >= 0; i--) {
        apply(nodes.get(i), state);
      }
    }
  }

  /**
   * Whether applying the block's nodes may change a state. The solver passes the state through
   * blocks that cannot change it without copying it: most blocks of most bodies.
   */
  default boolean changes(Block block) {
    return true;
  }

  /**
   * The state carried along an edge, given the state at its origin (the source block's end
   * going forward, the target block's start going backward). Returns {@code state} itself when
   * the edge changes nothing, or {@code null} when nothing flows along it; never changes
   * {@code state}, which other points may share.
   */
  default S alongEdge(Edge edge, S state) {
    return state;
  }
}
