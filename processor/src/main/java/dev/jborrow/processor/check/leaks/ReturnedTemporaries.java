package dev.jborrow.processor.check.leaks;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.errors.LeakErrors;
import dev.jborrow.processor.errors.Spans;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.lower.BodyContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * J0001 for a resource a {@code return} hands back without any variable holding it
 * ({@code return new FileInputStream(f);}, {@code return open();}) when a {@code finally} block
 * or a try-with-resources close on the way out may throw a checked exception: Java then drops
 * the value being returned (JLS 14.20.2), open. The variables' case is {@link LeakChecker}'s; no
 * dataflow is needed here, since each {@code return} has its own copy of the code it runs on the
 * way out (the graph inlines cleanups per jump).
 */
final class ReturnedTemporaries {

  private ReturnedTemporaries() {}

  static void check(BodyContext context, BodyEffects body, Spans spans, OwnedFields owned,
      Predicate<Edge> unchecked, DiagnosticSink sink) {
    LeakErrors errors = null;
    for (Block b : body.graph().blocks()) {
      List<Node> nodes = b.nodes();
      int at = nodes.size() - 1;
      while (at >= 0 && !(nodes.get(at) instanceof Node.Return)) {
        at--;
      }
      if (at < 0 || ((Node.Return) nodes.get(at)).expression() == null) {
        continue;
      }
      Node.Return r = (Node.Return) nodes.get(at);
      Tree thrower = throwingOnTheWayOut(body, b, at == nodes.size() - 1, unchecked);
      if (thrower == null) {
        continue; // as a rule: nothing runs between a return and the exit
      }
      ExpressionTree value = r.expression();
      TreePath path = TreePath.getPath(context.path(), value);
      if (path != null && owned.acquires(path, true)) {
        errors = errors == null ? new LeakErrors(spans) : errors;
        sink.report(errors.returnedTemporaryLost(value, thrower,
            context.tracking().disposalNames(context.trees().getTypeMirror(path))));
      }
    }
  }

  /**
   * The first call or close after the return, on its way to the exit, that may throw a checked
   * exception; null when none may.
   */
  private static Tree throwingOnTheWayOut(BodyEffects body, Block from, boolean returnIsLast,
      Predicate<Edge> unchecked) {
    Deque<Block> work = new ArrayDeque<>(List.of(from));
    Set<Block> seen = new HashSet<>();
    while (!work.isEmpty()) {
      Block b = work.poll();
      if (!seen.add(b) || b == body.graph().exit()) {
        continue;
      }
      for (Edge e : b.successors()) {
        if (!e.isExceptional()) {
          work.add(e.target());
        } else if ((b != from || !returnIsLast) && !unchecked.test(e) && !b.nodes().isEmpty()) {
          // a block's exceptions come from its last node: the return's own block throws only
          // if code of the way out follows the return in it
          return b.nodes().get(b.nodes().size() - 1).tree();
        }
      }
    }
    return null;
  }
}
