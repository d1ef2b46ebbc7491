package dev.jborrow.processor.lower;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.model.Tracking;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The calls of a body whose result must be closed whatever its type says (issue 17): a
 * {@code @MustBeClosed} call ({@code Files.walk(p)}), and a stream operation called on such a
 * result ({@code Files.walk(p).filter(f)}), since closing a stream pipeline closes the stream it
 * was built from: the obligation moves on to the operation's result. A result that goes on that
 * way is not dropped where it is made.
 */
final class ClosingResults {

  /** Most bodies call no such method: they share this one, and make no set. */
  private static final ClosingResults NONE = new ClosingResults(Set.of(), Set.of());

  private final Set<Tree> results;
  private final Set<Tree> continued;

  private ClosingResults(Set<Tree> results, Set<Tree> continued) {
    this.results = results;
    this.continued = continued;
  }

  static ClosingResults of(Tracking tracking, List<Node> nodes) {
    if (!callsOne(tracking, nodes)) {
      return NONE;
    }
    ClosingResults c = new ClosingResults(Collections.newSetFromMap(new IdentityHashMap<>()),
        Collections.newSetFromMap(new IdentityHashMap<>()));
    boolean changed = true;
    while (changed) { // a pipeline's receiver is as a rule evaluated first: one round, or two
      changed = false;
      for (Node n : nodes) {
        if (!(n instanceof Node.Invoke i) || i.method() == null || c.results.contains(i.tree())) {
          continue;
        }
        if (tracking.mustBeClosedResult(i.method())) {
          changed |= c.results.add(i.tree());
        } else if (i.tree().getMethodSelect() instanceof MemberSelectTree select
            && c.results.contains(strip(select.getExpression()))
            && tracking.isStream(i.type())) {
          c.continued.add(strip(select.getExpression()));
          changed |= c.results.add(i.tree());
        }
      }
    }
    return c;
  }

  private static boolean callsOne(Tracking tracking, List<Node> nodes) {
    for (Node n : nodes) {
      if (n instanceof Node.Invoke i && i.method() != null
          && tracking.mustBeClosedResult(i.method())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the call's result is a resource its receiver must close. */
  boolean isResource(Tree call) {
    return !results.isEmpty() && results.contains(call);
  }

  /** Whether the result goes on into a stream operation, whose result carries the duty. */
  boolean goesOn(Tree call) {
    return !continued.isEmpty() && continued.contains(call);
  }

  private static ExpressionTree strip(ExpressionTree e) {
    while (e instanceof ParenthesizedTree p) {
      e = p.getExpression();
    }
    return e;
  }
}
