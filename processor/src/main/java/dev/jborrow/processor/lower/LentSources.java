package dev.jborrow.processor.lower;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Tracking;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * Locals whose values hold borrows of a parameter the checker does not follow (an unannotated
 * {@code List<Session> sessions}: the caller's, lent for the call). No loan records such a
 * borrow, since the parameter is not tracked, yet a value made of it must not outlive the call
 * either: a list of its elements stored in a static, or a stream over it handed to another
 * thread, is E0521 (SPEC 3.8). Flow-insensitive, as {@link Roles}' lent locals are: a local
 * once given such a borrow is taken to hold it.
 */
final class LentSources {

  private final BodyContext body;
  private final Tracking tracking;
  private final ValueFlow flow;
  private final Roles roles;
  private final Permissions perms;
  /** Each local that holds a borrow of a lent parameter, with that parameter. */
  private final Map<VariableElement, VariableElement> lentTo = new HashMap<>();

  LentSources(BodyContext body, ValueFlow flow, Roles roles) {
    this.body = body;
    this.tracking = body.tracking();
    this.flow = flow;
    this.roles = roles;
    this.perms = roles.permissions();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Node n : flow.nodes()) {
        changed |= record(n);
      }
    }
  }

  /** The locals found to hold borrows of lent parameters. */
  Set<VariableElement> holders() {
    return lentTo.keySet();
  }

  /** The lent parameter whose borrows {@code value} holds, or null. */
  VariableElement of(ExpressionTree value) {
    if (value == null) {
      return null;
    }
    for (Tree leaf : flow.leaves(value)) {
      VariableElement source = ofValue(leaf);
      if (source != null) {
        return source;
      }
    }
    return null;
  }

  private VariableElement ofValue(Tree leaf) {
    if (leaf instanceof NewArrayTree na && na.getInitializers() != null) {
      for (ExpressionTree element : na.getInitializers()) {
        VariableElement source = of(element);
        if (source != null) {
          return source;
        }
      }
      return null;
    }
    Node n = flow.node(leaf);
    if (n instanceof Node.Ref r && r.place().isRoot()
        && r.place().root() instanceof VariableElement v) {
      return perms.isLentParameter(Place.of(v)) && tracking.mayHoldTracked(v.asType()) ? v
          : lentTo.get(v);
    }
    // A String looked up in a lent map holds nothing borrowed.
    if (n instanceof Node.Invoke i && body.resultBorrows(i) && tracking.mayHoldTracked(i.type())) {
      for (int source : body.contracts().of(i.method()).borrowSources()) {
        ExpressionTree from = source == Contract.THIS
            ? i.tree().getMethodSelect() instanceof MemberSelectTree m ? m.getExpression() : null
            : source < i.tree().getArguments().size() ? i.tree().getArguments().get(source)
                : null;
        VariableElement lent = of(from);
        if (lent != null) {
          return lent;
        }
      }
    }
    return null;
  }

  /** Whether {@code n} gives a local a borrow of a lent parameter it was not known to hold. */
  private boolean record(Node n) {
    VariableElement target = null;
    VariableElement source = null;
    ValueFlow.LocalStore store = flow.store(n);
    if (n instanceof Node.Declare d && d.kind() == Node.DeclKind.FOREACH && d.source() != null) {
      target = d.variable();
      source = of(d.source());
    } else if (store != null) {
      target = store.target();
      source = of(store.value());
    } else if (n instanceof Node.Invoke i && roles.localKeeper(i) != null) {
      target = roles.localKeeper(i);
      Contract c = body.contracts().of(i.method());
      List<? extends ExpressionTree> args = i.tree().getArguments();
      for (int k = 0; k < args.size() && source == null; k++) {
        source = c.param(k) == Contract.Param.OWNED ? of(args.get(k)) : null;
      }
    } else if (n instanceof Node.Assign a && a.place() == null) {
      target = roles.localArray(a.target());
      source = target == null ? null : of(a.value());
    }
    if (target == null || source == null
        || body.isTracked(target) && !roles.isBorrowHolder(target)) {
      return false; // a tracked owner given a lent value is checked as a move (E0507)
    }
    return lentTo.putIfAbsent(target, source) == null;
  }
}
