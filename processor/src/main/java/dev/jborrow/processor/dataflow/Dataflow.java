package dev.jborrow.processor.dataflow;

import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Edge;
import java.util.BitSet;
import java.util.List;

/**
 * The worklist solver: iterates an {@link Analysis} to its fixpoint. Blocks are visited in
 * reverse postorder (forward) or postorder (backward), so that acyclic code converges in one
 * pass and each loop in a few.
 */
public final class Dataflow {

  private Dataflow() {}

  public static <S> DataflowResult<S> solve(ControlFlowGraph graph, Analysis<S> analysis) {
    boolean forward = analysis.direction() == Direction.FORWARD;
    List<Block> order = graph.blocks();
    int n = order.size();
    int[] position = new int[graph.idLimit()];
    java.util.Arrays.fill(position, -1);
    for (int i = 0; i < n; i++) {
      position[order.get(i).id()] = forward ? i : n - 1 - i;
    }
    @SuppressWarnings("unchecked")
    S[] start = (S[]) new Object[n];
    @SuppressWarnings("unchecked")
    S[] end = (S[]) new Object[n];
    Block[] byPosition = new Block[n];
    boolean[] changes = new boolean[n];
    // Whether a block's start state is its own. A block's start stays null (bottom) until
    // something flows into it; the first state to reach it is shared with where it came from
    // (the end of a block, or the start of one that passes its state through), never written,
    // and copied only when a second path joins into it: most blocks of a body are reached
    // once, and states are copied per join, not per edge. Blocks that pass states through
    // share one bottom, never written.
    boolean[] owned = new boolean[n];
    S bottom = analysis.bottom();
    for (Block b : order) {
      int p = position[b.id()];
      byPosition[p] = b;
      changes[p] = analysis.changes(b);
      if (isBoundary(graph, b, forward)) {
        start[p] = analysis.boundary(graph, b);
        owned[p] = true;
      }
    }

    // A bit set ordered by position: the lowest pending block is always taken next.
    BitSet pending = new BitSet(n);
    pending.set(0, n);
    while (!pending.isEmpty()) {
      int p = pending.nextSetBit(0);
      pending.clear(p);
      Block b = byPosition[p];
      S state;
      if (!changes[p]) {
        state = start[p] != null ? start[p] : bottom; // shared: nothing here writes to it
        owned[p] = false; // its successors may now share it
      } else {
        state = start[p] != null ? analysis.copy(start[p]) : analysis.bottom();
        analysis.apply(b, state);
      }
      end[p] = state;
      List<Edge> edges = forward ? b.successors() : b.predecessors();
      for (int k = 0; k < edges.size(); k++) { // no iterator per block
        Edge e = edges.get(k);
        Block next = forward ? e.target() : e.source();
        int q = next.id() < position.length ? position[next.id()] : -1;
        if (q < 0) {
          continue; // unreachable from the entry
        }
        S carried = analysis.alongEdge(e, state);
        if (carried == null) {
          continue;
        }
        if (start[q] == null) {
          start[q] = carried;
          pending.set(q);
        } else {
          if (!owned[q]) {
            start[q] = analysis.copy(start[q]);
            owned[q] = true;
          }
          if (analysis.joinInto(start[q], carried)) {
            pending.set(q);
          }
        }
      }
    }
    // By block id, so that asking for a block's state is an array access.
    @SuppressWarnings("unchecked")
    S[] before = (S[]) new Object[graph.idLimit()];
    @SuppressWarnings("unchecked")
    S[] after = (S[]) new Object[graph.idLimit()];
    for (int p = 0; p < n; p++) {
      before[byPosition[p].id()] = start[p] != null ? start[p] : bottom;
      after[byPosition[p].id()] = end[p];
    }
    return new DataflowResult<>(analysis, before, after);
  }

  private static boolean isBoundary(ControlFlowGraph graph, Block b, boolean forward) {
    if (forward) {
      return b == graph.entry();
    }
    return b == graph.exit() || b == graph.exceptionalExit();
  }
}
