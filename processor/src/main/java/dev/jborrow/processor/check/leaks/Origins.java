package dev.jborrow.processor.check.leaks;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a fact found at a point comes from: the acquisition of a resource left open, the store
 * of a field never closed, the call whose obligation is still pending. A walk back from the
 * point, along the edges the fact holds on, that stops on each path at the last effect deciding
 * it (reaching definitions, asked only when a finding needs its origins). A finding reports
 * each origin, so the walk costs nothing on code without findings.
 */
final class Origins {

  /** What one effect says of the fact the walk looks for. */
  @FunctionalInterface
  interface Decides {
    /**
     * Whether {@code e} decides the fact on the path walked, so that the walk stops there; it
     * adds to {@code found} what it found, if anything (a path may end at a decision that is no
     * origin: a value that was closed, then replaced by one that is not a resource).
     */
    boolean decides(Effect e, Set<Tree> found);
  }

  private Origins() {}

  /**
   * The origins of a fact that holds before node {@code end} of {@code from} ({@code end} the
   * block's node count for its end), in the order the walk finds them.
   *
   * @param follow whether the walk goes on back along an edge into its source block
   * @param atEntry what the fact comes from when a path reaches the body's entry undecided (a
   *     field's initialiser, run before a constructor's first statement); null for nothing
   */
  static Set<Tree> of(BodyEffects body, Block from, int end, Decides decides,
      Predicate<Edge> follow, Tree atEntry) {
    Set<Tree> found = new LinkedHashSet<>();
    Deque<Block> work = new ArrayDeque<>();
    // The block walked from is not marked seen: a loop back into it walks it whole.
    if (!walkBack(body, from, end, decides, found, atEntry)) {
      enqueue(from, follow, work);
    }
    Set<Block> seen = new HashSet<>();
    while (!work.isEmpty()) {
      Block b = work.poll();
      if (seen.add(b) && !walkBack(body, b, b.nodes().size(), decides, found, atEntry)) {
        enqueue(b, follow, work);
      }
    }
    return found;
  }

  /** Scans the nodes before {@code end} backwards; true when the path's fact is decided there. */
  private static boolean walkBack(BodyEffects body, Block b, int end, Decides decides,
      Set<Tree> found, Tree atEntry) {
    List<Node> nodes = b.nodes();
    for (int i = Math.min(end, nodes.size()) - 1; i >= 0; i--) {
      List<Effect> es = body.of(nodes.get(i));
      for (int k = es.size() - 1; k >= 0; k--) {
        if (decides.decides(es.get(k), found)) {
          return true;
        }
      }
    }
    if (b == body.graph().entry() && atEntry != null) {
      found.add(atEntry);
    }
    return false;
  }

  private static void enqueue(Block b, Predicate<Edge> follow, Deque<Block> work) {
    for (Edge e : b.predecessors()) {
      if (follow.test(e)) {
        work.add(e.source());
      }
    }
  }
}
