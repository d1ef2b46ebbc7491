package dev.jborrow.processor.dataflow;

import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.Node;
import java.util.List;

/**
 * The fixpoint of an analysis: the state at both ends of every block, and a replay that gives
 * the state at every node, which is where the checks look.
 */
public final class DataflowResult<S> {

  private final Analysis<S> analysis;
  /** By block id; null for a block no path reaches. Read only: blocks may share a state. */
  private final S[] start;
  private final S[] end;

  DataflowResult(Analysis<S> analysis, S[] start, S[] end) {
    this.analysis = analysis;
    this.start = start;
    this.end = end;
  }

  /**
   * The state where the analysis enters the block: its first node going forward, its last
   * going backward.
   */
  public S entryState(Block b) {
    return b.id() < start.length ? start[b.id()] : null;
  }

  /** The state where the analysis leaves the block. */
  public S exitState(Block b) {
    return b.id() < end.length ? end[b.id()] : null;
  }

  /** Receives the state just before a node in the analysis' direction. */
  @FunctionalInterface
  public interface NodeVisitor<S> {
    void visit(Node node, S stateBefore);
  }

  /**
   * Replays the block in the analysis' direction, calling the visitor with the state before
   * each node. The visitor may change the state; the change flows to the nodes after it (a
   * check uses this to report one error, not a cascade).
   */
  public void replay(Block b, NodeVisitor<S> visitor) {
    S state = analysis.copy(entryState(b));
    List<Node> nodes = b.nodes();
    if (analysis.direction() == Direction.FORWARD) {
      for (Node node : nodes) {
        visitor.visit(node, state);
        analysis.apply(node, state);
      }
    } else {
      for (int i = nodes.size() - 1; i >= 0; i--) {
        visitor.visit(nodes.get(i), state);
        analysis.apply(nodes.get(i), state);
      }
    }
  }
}
