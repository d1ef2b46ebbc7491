package dev.jborrow.processor.lower;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.model.Tracking;
import java.util.List;
import javax.lang.model.element.VariableElement;

/**
 * Instances of borrowing classes (SPEC 3.8) that leave the method: one stored where it outlives
 * the method takes its borrows there, as a closure takes its captures ({@code last = new
 * Cursor(b)} keeps {@code b} borrowed, {@code last = c} what the cursor {@code c} borrows). So
 * does one returned from a method whose result borrows nothing (no borrowed input to elide it
 * to). The loan analysis judges each {@link Effect.Escape} by what it borrows.
 */
final class ViewEscapes {

  private final BodyContext body;
  private final ValueFlow flow;
  private final Permissions perms;
  private final Consumers consumers;
  private final Carriers carriers;

  ViewEscapes(BodyContext body, ValueFlow flow, Permissions perms, Consumers consumers,
      Carriers carriers) {
    this.body = body;
    this.flow = flow;
    this.perms = perms;
    this.consumers = consumers;
    this.carriers = carriers;
  }

  /** The escapes of {@code leaf}, one of the values stored or returned at {@code at}. */
  void escaping(Tree leaf, Tree at, boolean returned, List<Effect> out) {
    if (returned && body.path().getLeaf() instanceof LambdaExpressionTree) {
      return; // a lambda's result goes to its caller, inside the method that owns its borrows
    }
    Node n = flow.node(leaf);
    if (n instanceof Node.Ref r && r.place().isRoot()
        && r.place().root() instanceof VariableElement v && Tracking.isLocal(v)
        && carriers.holdsLoans(v)) {
      out.add(new Effect.Escape(v, leaf, at, returned));
    } else if (n instanceof Node.New nw && Consumers.isBorrowingConstructor(nw)) {
      for (ExpressionTree arg : nw.tree().getArguments()) {
        for (Tree kept : flow.leaves(arg)) {
          if (!consumers.keepsBorrow(nw, kept)) {
            continue;
          }
          if (flow.node(kept) instanceof Node.Ref r && perms.isFollowed(r.place())) {
            if (returned && r.place().root() instanceof VariableElement v
                && Tracking.isLocal(v) && !flow.isDeclared(v)) {
              continue; // captured: the enclosing method owns it, and outlives this body
            }
            out.add(new Effect.Escape(r.place().root(), kept, at, returned));
          } else {
            escaping(kept, at, returned, out); // a view of a view
          }
        }
      }
    }
  }
}
