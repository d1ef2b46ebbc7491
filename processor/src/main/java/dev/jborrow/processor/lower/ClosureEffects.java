package dev.jborrow.processor.lower;

import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Loan;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Tracking;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The effects of making a closure, a lambda or a method reference: what it captures is borrowed
 * where it is made, or, for a closure that runs on another thread, moved into it (Rust's
 * {@code move ||}); a method reference is checked as the lambda it stands for. Split from
 * {@link EffectEmitter}, which calls it for each closure node.
 */
final class ClosureEffects {

  private final BodyContext body;
  private final Tracking tracking;
  private final ValueFlow flow;
  private final Roles roles;
  private final Permissions perms;
  private final LoanGathering loans;
  private final Carriers carriers;
  private final Closures closures;

  ClosureEffects(BodyContext body, ValueFlow flow, Roles roles, LoanGathering loans,
      Carriers carriers, Closures closures) {
    this.body = body;
    this.tracking = body.tracking();
    this.flow = flow;
    this.roles = roles;
    this.perms = roles.permissions();
    this.loans = loans;
    this.carriers = carriers;
    this.closures = closures;
  }

  /**
   * The effects of the node that makes {@code closure}; {@code spawn} is the call that runs it
   * on another thread, or null.
   */
  void emit(Node n, Tree closure, Tree spawn, List<Effect> out) {
    if (closure instanceof MemberReferenceTree ref) {
      referenceAsLambda(ref, spawn != null, out);
    }
    if (spawn != null && closure instanceof MemberReferenceTree ref) {
      leakThroughReference(ref, out);
    } else if (spawn != null) {
      spawnedCaptures(n, closure, spawn, out);
    } else {
      for (Captures.Capture c : body.captures().places(closure)) {
        if (c.place().root() instanceof VariableElement v && body.isTracked(v)) {
          Place p = c.place();
          // Mutating what is only lent shared is E0596 alone: no conflict besides.
          boolean illegal = c.mutable() && perms.isSharedRoot(p);
          out.add(new Effect.Use(p, n.tree(), c.mutable() && !illegal
              ? Effect.Access.MUT_BORROW : Effect.Access.BORROW));
          // A lambda's body reports its own mutations; a method reference has none.
          if (illegal && closure instanceof MemberReferenceTree) {
            out.add(new Effect.IllegalMutation(p, p.display(), n.tree(), false));
          }
        }
      }
      for (Loan l : loans.created(n)) {
        if (l.place().isThis()) {
          // What it uses of `this` is borrowed where the closure is made (rustc E0500/E0501).
          out.add(new Effect.Use(l.place(), n.tree(),
              l.mutable() ? Effect.Access.MUT_BORROW : Effect.Access.BORROW));
        }
      }
    }
  }

  /**
   * A closure that runs on another thread takes ownership of every owner it captures (Rust's
   * {@code move ||}); a borrow it captures would outlive what it borrows.
   */
  private void spawnedCaptures(Node n, Tree closure, Tree spawn, List<Effect> out) {
    if (closure instanceof MemberReferenceTree) {
      return; // `x::m` captures its qualifier, which was moved where it was evaluated
    }
    Set<VariableElement> whole = new HashSet<>(); // captured as one value, once each
    for (Captures.Capture c : body.captures().places(closure)) {
      if (!(c.place().root() instanceof VariableElement v)
          || (!body.isTracked(v) || roles.isBorrowHolder(v)) && !whole.add(v)) {
        continue;
      }
      if (!body.isTracked(v)) {
        if (carriers.isCarrier(v)) { // a list of borrows, a stream: its loans go too
          out.add(new Effect.SpawnCapture(v, n.tree(), spawn));
        }
        continue;
      }
      if (roles.isBorrowHolder(v)) {
        out.add(new Effect.Use(Place.of(v), n.tree(), Effect.Access.READ));
        out.add(new Effect.SpawnCapture(v, n.tree(), spawn));
        continue;
      }
      if (carriers.holdsLoans(v) && whole.add(v)) {
        // A cursor moved into the thread takes its loans there: they must outlive it.
        out.add(new Effect.SpawnCapture(v, n.tree(), spawn));
      }
      // A `move` closure takes the places it uses (`pair.left`), where they may be moved.
      Place p = c.place();
      Effect.Why why = perms.illegalMove(p);
      if (why != null && !p.isRoot()) {
        p = Place.of(v);
        why = perms.illegalMove(p);
      }
      if (why == null) {
        out.add(new Effect.Move(p, n.tree(), Effect.MoveKind.CAPTURE, null));
      } else {
        out.add(new Effect.IllegalMove(p, why.isBehindBorrow() ? spawn : n.tree(),
            why.isBehindBorrow() ? Effect.Why.ESCAPES : why));
        out.add(new Effect.Use(p, n.tree(), Effect.Access.READ));
      }
    }
    Element self = closures.enclosingClass();
    if (self != null && !body.ownsThis()
        && closures.reachesTrackedState(self, body.captures().thisUse(closure))) {
      out.add(new Effect.IllegalMove(Place.of(self), spawn, Effect.Why.ESCAPES));
    } else if (self != null && body.ownsThis()) {
      // The closure takes the tracked fields it uses with it (Rust 2021's disjoint `move`
      // captures of an owned `self`): they are its to release now (SPEC 3.9's owned fields).
      Captures.ThisUse use = body.captures().thisUse(closure);
      Set<VariableElement> fields = new java.util.LinkedHashSet<>(use.read());
      fields.addAll(use.written());
      for (VariableElement f : fields) {
        if (body.isTracked(f)) {
          out.add(new Effect.Move(Place.of(self).field(f), n.tree(), Effect.MoveKind.CAPTURE,
              null));
        }
      }
    }
  }

  /**
   * A method reference is checked as the lambda it stands for ({@code X::archive} as {@code
   * f -> X.archive(f)}, {@code Conn::close} as {@code c -> c.close()}): the functional method
   * lends its arguments unless its contract says otherwise, so a method that takes one
   * ({@code @Owned}, {@code @Consumes}: E0507) or mutates one ({@code @Mut}: E0596) cannot
   * stand for it; nor can a {@code @Mut} method of a shared {@code this} (E0596), nor a
   * {@code @Consumes} method of a qualifier the method may not move (E0507).
   */
  private void referenceAsLambda(MemberReferenceTree ref, boolean spawned, List<Effect> out) {
    TreePath path = body.captures().pathTo(ref);
    if (ref.getMode() != MemberReferenceTree.ReferenceMode.INVOKE || path == null
        || !(body.trees().getElement(path) instanceof ExecutableElement m)) {
      return;
    }
    Contract c = body.contracts().of(m);
    boolean unbound = !m.getModifiers().contains(Modifier.STATIC)
        && body.trees().getElement(new TreePath(path, ref.getQualifierExpression()))
            instanceof TypeElement;
    int shift = unbound ? 1 : 0;
    ExecutableElement functional = BodyContext.functionalMethod(
        body.trees().getTypeMirror(path), m.getParameters().size() + shift);
    Contract f = functional == null ? null : body.contracts().of(functional);
    if (unbound && c.receiver() == Contract.Receiver.CONSUMES
        && (f == null || f.param(0) != Contract.Param.OWNED)) {
      out.add(new Effect.IllegalMove(null, ref, Effect.Why.BEHIND_BORROW));
    } else if (unbound && c.receiver() == Contract.Receiver.MUT && f != null
        && f.param(0) == Contract.Param.SHARED) {
      out.add(new Effect.IllegalMutation(null, ref.toString(), ref, false));
    }
    for (int k = 0; f != null && k < m.getParameters().size(); k++) {
      if (c.param(k) == Contract.Param.OWNED && f.param(k + shift) != Contract.Param.OWNED
          && tracking.isTrackedType(m.getParameters().get(k).asType())) {
        out.add(new Effect.IllegalMove(null, ref, Effect.Why.BEHIND_BORROW));
        break;
      }
    }
    if (unbound || !(flow.node(flow.strip(ref.getQualifierExpression())) instanceof Node.Ref r)) {
      return;
    }
    Place q = r.place();
    if (!spawned && c.receiver() == Contract.Receiver.CONSUMES && perms.isFollowed(q)
        && perms.holdsTrackedValue(q)) {
      // `c::close` keeps c's value and consumes it when run: c must be the method's to give,
      // and even an owned local is only lent to the reference, as to `() -> c.close()`.
      Effect.Why why = perms.illegalMove(q);
      if (why == null && q.root() instanceof VariableElement v && Tracking.isLocal(v)) {
        why = Effect.Why.CAPTURED;
      }
      if (why != null) {
        out.add(new Effect.IllegalMove(q, r.tree(), why));
      }
    } else if (c.receiver() == Contract.Receiver.MUT && q.isThis() && perms.isSharedRoot(q)) {
      out.add(new Effect.IllegalMutation(q, "this", ref, false));
    }
  }

  /**
   * {@code pool.execute(conn::ping)}: the task owns {@code conn} and only calls {@code ping},
   * so nothing ever closes it.
   */
  private void leakThroughReference(MemberReferenceTree ref, List<Effect> out) {
    if (!(flow.node(flow.strip(ref.getQualifierExpression())) instanceof Node.Ref r)
        || !r.place().isRoot() || !(r.place().root() instanceof VariableElement v)
        || !tracking.isOwner(v) || !tracking.mustBeClosed(v.asType())
        || perms.illegalMove(r.place()) != null) {
      return;
    }
    var path = body.captures().pathTo(ref);
    if (path != null && body.trees().getElement(path) instanceof ExecutableElement m
        && body.contracts().of(m).receiver() != Contract.Receiver.CONSUMES) {
      out.add(new Effect.Leak(v, ref));
    }
  }
}
