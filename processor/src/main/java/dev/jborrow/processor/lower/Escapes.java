package dev.jborrow.processor.lower;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import dev.jborrow.processor.ir.Loan;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Tracking;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/**
 * What leaves the method with borrows in it, beyond a tracked value's own move: borrowed
 * results stored in fields, closures stored or returned with their captures, and values the
 * checker does not track that carry loans (SPEC 3.8: a list of borrows, the {@code Optional}
 * of {@code findFirst()}).
 */
final class Escapes {

  private final BodyContext body;
  private final Tracking tracking;
  private final ValueFlow flow;
  private final Roles roles;
  private final Consumers consumers;
  private final LoanGathering loans;
  private final Carriers carriers;
  private final Closures closures;
  /** Instances of borrowing classes that leave the method (SPEC 3.8). */
  private final ViewEscapes views;

  Escapes(BodyContext body, ValueFlow flow, Roles roles, Consumers consumers,
      LoanGathering loans, Carriers carriers, Closures closures) {
    this.body = body;
    this.tracking = body.tracking();
    this.flow = flow;
    this.roles = roles;
    this.consumers = consumers;
    this.loans = loans;
    this.carriers = carriers;
    this.closures = closures;
    this.views = new ViewEscapes(body, flow, roles.permissions(), consumers, carriers);
  }

  /**
   * An untracked value that carries loans leaves the method at {@code consumer}: returned, or
   * stored in a field, a static or an array element. It takes the loans of the temporaries it
   * was made from ({@code conns.stream().findFirst()}) and those of the holders among its
   * values ({@code return dead;}).
   */
  void carriedOut(ExpressionTree value, Node consumer, boolean returned, List<Effect> out) {
    if (value == null) {
      return;
    }
    List<Holder> holders = new ArrayList<>();
    boolean temporary = false;
    for (Tree leaf : flow.leaves(value)) {
      Node n = flow.node(leaf);
      if (n instanceof Node.Ref r && r.place().isRoot()
          && r.place().root() instanceof VariableElement v && Tracking.isLocal(v)
          && !body.isTracked(v) && (carriers.isCarrier(v) || roles.isBorrowHolder(v))) {
        holders.add(Holder.of(v));
      } else if (n instanceof Node.Invoke i && !tracking.isTrackedType(i.type())
          && tracking.mayHoldTracked(i.type()) && body.resultBorrows(i)) {
        // A String from `config.get(k)` holds nothing borrowed; a tracked result is a borrow
        // checked as one (borrowStored, ReturnBorrow).
        temporary = true;
      }
    }
    List<Loan> carried = temporary ? loans.consumed(consumer) : List.of();
    VariableElement lent = carriers.lentSource(value);
    if (!holders.isEmpty() || !carried.isEmpty() || lent != null) {
      out.add(new Effect.CarryOut(carried, holders, lent == null ? List.of() : List.of(lent),
          consumer.tree(), returned));
    }
  }

  /**
   * A borrow returned by a call and stored in a field, static or array element: E0521 where it
   * would outlive the method, E0507 into a tracked field. Borrowed places are caught where they
   * are read.
   */
  void borrowStored(Node.Assign a, Place target, List<Effect> out) {
    if (a.value() == null || !(a.tree() instanceof AssignmentTree)) {
      return;
    }
    for (Tree leaf : flow.leaves(a.value())) {
      if (isTemporaryBorrow(flow.node(leaf))) {
        boolean tracked = target != null && consumers.storeContext(target) == Take.MOVE_STORE;
        out.add(tracked ? new Effect.IllegalMove(null, leaf, Effect.Why.BEHIND_BORROW)
            : new Effect.IllegalMove(null, a.tree(), Effect.Why.ESCAPES));
        return;
      }
    }
  }

  /**
   * A borrow that no variable holds yet: the tracked result of a {@code @Borrowed} call (a
   * {@code String} from {@code Map.get} is no borrow to keep), or a decorator over a borrow.
   */
  boolean isTemporaryBorrow(Node n) {
    return n instanceof Node.Invoke i
        && body.contracts().of(i.method()).result() == Contract.Result.BORROWED
        && tracking.isTrackedType(i.type()) && !Tracking.isBorrowingType(i.type())
        || n instanceof Node.New nw && !roles.wrappedBorrows(nw).isEmpty();
  }

  /**
   * Closures among the values of {@code value} (lambdas, method references, anonymous classes
   * that are not handed to another thread) leave the method with their captures: stored where
   * they outlive it, or returned. So do instances of borrowing classes, with their loans.
   */
  void closures(ExpressionTree value, Tree at, boolean returned,
      boolean intoThis, List<Effect> out) {
    if (value == null) {
      return;
    }
    for (Tree leaf : flow.leaves(value)) {
      views.escaping(leaf, at, returned, out);
      Tree closure = closures.closureOf(flow.node(leaf));
      if (closure == null || consumers.isSpawned(leaf)) {
        continue;
      }
      for (VariableElement v : body.captures().of(closure)) {
        if (body.isTracked(v)) {
          out.add(new Effect.Escape(v, leaf, at, returned));
        }
      }
      Element self = closures.enclosingClass();
      if (self != null && tracking.isTrackedThis(self) && !body.ownsThis() && !intoThis
          && body.captures().thisUse(closure).any()) {
        out.add(new Effect.Escape(self, leaf, at, returned));
      }
    }
  }

  /**
   * A closure given to an {@code @Owned} parameter of a call on a field, a static or a
   * parameter ({@code listeners.add(() -> c.send())}) is kept where it outlives the method, as
   * one stored there directly is. Listeners over {@code this} are left to the class, as those
   * stored in its fields are.
   */
  void keptOutside(Node.Invoke i, List<Effect> out) {
    if (!flow.onThis(i) && (!(i.tree().getMethodSelect() instanceof MemberSelectTree m)
        || !(flow.node(flow.strip(m.getExpression())) instanceof Node.Ref r)
        || r.place().root() instanceof VariableElement v && Tracking.isLocal(v)
            && v.getKind() != ElementKind.PARAMETER)) {
      return;
    }
    Contract c = body.contracts().of(i.method());
    List<? extends ExpressionTree> args = i.tree().getArguments();
    for (int k = 0; k < args.size(); k++) {
      if (c.param(k) == Contract.Param.OWNED) {
        closures(args.get(k), i.tree(), false, true, out);
      }
    }
  }
}
