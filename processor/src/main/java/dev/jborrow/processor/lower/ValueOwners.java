package dev.jborrow.processor.lower;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Tracking;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * The locals that own a resource by the value they receive, not by their declared type (issue
 * 17): {@code Object o = new Socket(h, p)}, {@code Closeable c = new FileInputStream(f)},
 * {@code Stream<String> s = Files.lines(p)}. A local of a type that is not tracked, or holds no
 * resource, becomes an owner when some declaration or assignment gives it a resource: a
 * {@code new} of a tracked closeable class, or a call whose result is one (by its declared
 * type, or by {@code @MustBeClosed} on the method or in a model, or a stream operation on such
 * a result: {@link ClosingResults}). From then on it is followed
 * in the whole body as a variable of a tracked type is, exactly as Rust types a binding by the
 * value it is initialised with. Found before the body is lowered, since every pass asks
 * {@link Tracking#isTracked}.
 */
final class ValueOwners {

  private ValueOwners() {}

  static void adopt(BodyContext body, ValueFlow flow, ClosingResults closing) {
    Tracking tracking = body.tracking();
    Map<Tree, Node> acquisitions = null;
    for (Node n : flow.nodes()) {
      VariableElement target = null;
      ExpressionTree value = null;
      if (n instanceof Node.Declare d && d.kind() == Node.DeclKind.LOCAL) {
        target = d.variable();
        value = d.source();
      } else if (n instanceof Node.Assign a && a.place() != null && a.place().isRoot()
          && a.place().root() instanceof VariableElement v) {
        target = v;
        value = a.value();
      }
      if (target == null || value == null || target.getKind() != ElementKind.LOCAL_VARIABLE
          || tracking.isTracked(target) && tracking.mustBeClosed(target.asType())) {
        continue;
      }
      if (acquisitions == null) {
        acquisitions = acquisitions(body, flow.nodes(), closing);
        if (acquisitions.isEmpty()) {
          return;
        }
      }
      if (acquisitions.containsKey(strip(value))) {
        tracking.adoptOwnerByValue(target);
      }
    }
  }

  /** The {@code new}s and calls of the body whose value is a resource its receiver owns. */
  private static Map<Tree, Node> acquisitions(BodyContext body, List<Node> nodes,
      ClosingResults closing) {
    Tracking tracking = body.tracking();
    Map<Tree, Node> found = new IdentityHashMap<>();
    for (Node n : nodes) {
      if (n instanceof Node.New nw && nw.constructor() != null
          && isResource(tracking, nw.constructor().getEnclosingElement().asType())) {
        found.put(nw.tree(), n);
      } else if (n instanceof Node.Invoke i && i.method() != null
          && (closing.isResource(i.tree())
              || isResource(tracking, i.method().getReturnType())
                  && body.contracts().of(i.method()).result() != Contract.Result.BORROWED)) {
        found.put(i.tree(), n);
      }
    }
    return found;
  }

  private static boolean isResource(Tracking tracking, TypeMirror t) {
    return tracking.isTrackedType(t) && tracking.mustBeClosed(t);
  }

  private static ExpressionTree strip(ExpressionTree e) {
    while (true) {
      if (e instanceof ParenthesizedTree p) {
        e = p.getExpression();
      } else if (e instanceof TypeCastTree t) {
        e = t.getExpression();
      } else {
        return e;
      }
    }
  }
}
