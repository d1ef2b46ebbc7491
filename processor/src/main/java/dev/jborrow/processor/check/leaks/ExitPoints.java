package dev.jborrow.processor.check.leaks;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.dataflow.DataflowResult;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/** Where a path that still holds a duty (an open field, an unmet obligation) leaves the body. */
final class ExitPoints {

  private ExitPoints() {}

  /**
   * The return that ends a path reaching the normal {@code exit} with {@code bit} set, or the
   * throw, call or {@code new} that ends one reaching the exceptional exit; null when control
   * falls off the end.
   */
  static Tree of(DataflowResult<BitSet> result, Predicate<Edge> ignored, Block exit, int bit) {
    for (Edge e : exit.predecessors()) {
      BitSet s = result.exitState(e.source());
      List<Node> nodes = e.source().nodes();
      if (s != null && s.get(bit) && !ignored.test(e) && !nodes.isEmpty()) {
        Node last = nodes.get(nodes.size() - 1);
        boolean normal = exit.kind() == Block.Kind.EXIT;
        if (normal ? last instanceof Node.Return : last instanceof Node.Throw
            || last instanceof Node.Invoke || last instanceof Node.New) {
          return last.tree();
        }
      }
    }
    return null;
  }
}
