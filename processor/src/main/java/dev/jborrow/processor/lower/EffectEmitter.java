package dev.jborrow.processor.lower;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Emits each node's {@link Effect effects} from what the passes before it found: the only
 * place that dispatches on node kinds. This is where Java syntax meets ownership (rustc's MIR
 * building); everything after it works on effects alone.
 */
final class EffectEmitter {

  private final BodyContext body;
  private final Tracking tracking;
  private final ValueFlow flow;
  private final Roles roles;
  private final Permissions perms;
  private final Consumers consumers;
  private final LoanGathering loans;
  private final Carriers carriers;
  private final Closures closures;
  private final Escapes escapes;
  private final ClosureEffects closureEffects;

  EffectEmitter(BodyContext body, ValueFlow flow, Roles roles, Consumers consumers,
      LoanGathering loans, Carriers carriers, Closures closures) {
    this.body = body;
    this.tracking = body.tracking();
    this.flow = flow;
    this.roles = roles;
    this.perms = roles.permissions();
    this.consumers = consumers;
    this.loans = loans;
    this.carriers = carriers;
    this.closures = closures;
    this.escapes = new Escapes(body, flow, roles, consumers, loans, carriers, closures);
    this.closureEffects = new ClosureEffects(body, flow, roles, loans, carriers, closures);
  }

  /** The effects of {@code n}, in the order they happen. */
  List<Effect> effectsOf(Node n) {
    List<Effect> out = new ArrayList<>();
    // Most nodes start no loan: the loops over them below are skipped, not iterated empty.
    List<Loan> created = loans.created(n);
    Tree closure = closures.closureOf(n);
    if (n instanceof Node.Ref r) {
      reference(r, out);
    } else if (n instanceof Node.Declare d) {
      if (d.kind() == Node.DeclKind.BINDING) {
        // A binding borrows where it is declared: its loan starts before it holds it.
        for (int k = 0; k < created.size(); k++) {
          out.add(new Effect.Borrow(created.get(k)));
        }
      }
      declaration(d, out);
    } else if (n instanceof Node.Assign a) {
      assignment(a, out);
    } else if (n instanceof Node.ArrayRead a) {
      Take c = consumers.takeOrNull(a.tree());
      if (c != null && c.moveKind() != null && tracking.isTrackedType(a.elementType())) {
        out.add(new Effect.IllegalMove(null, a.tree(), Effect.Why.ARRAY_ELEMENT));
      } else if (isLentCastIntoMove(a.tree())) {
        out.add(new Effect.IllegalMove(null, a.tree(), Effect.Why.BEHIND_BORROW));
      }
    } else if (closure != null) {
      closureEffects.emit(n, closure, consumers.spawnOf(n.tree()), out);
    } else if (n instanceof Node.LoopIterator it) {
      if (it.advance()) {
        out.add(new Effect.Keep(Holder.of(it.tree()), it.tree()));
      } else {
        out.add(new Effect.Hold(Holder.of(it.tree()), loans.consumed(n),
            carriers.holderCopies(it.tree().getExpression()), it.tree()));
      }
    } else if (n instanceof Node.ResourceClose rc) {
      resourceClose(rc, out);
    } else if (n instanceof Node.ComponentStore store
        && perms.isFollowed(Place.of(store.parameter()))
        && !Tracking.isBorrowField(store.field())) { // a borrowing record keeps the borrow
      Place p = Place.of(store.parameter());
      Effect.Why why = perms.illegalMove(p);
      out.add(why == null ? new Effect.Move(p, store.tree(), Effect.MoveKind.STORE, null)
          : new Effect.IllegalMove(p, store.tree(), why));
    } else if (n instanceof Node.ScopeEnd s) {
      for (VariableElement v : s.variables()) {
        out.add(new Effect.Drop(v, s.tree()));
      }
    } else if (n instanceof Node.Return r && r.expression() != null && body.returnsBorrow()) {
      returnBorrow(r, out);
    } else if (n instanceof Node.Return r && r.expression() != null) {
      escapes.closures(r.expression(), r.tree(), true, false, out);
      escapes.carriedOut(r.expression(), n, true, out);
    }
    if (n instanceof Node.Invoke i) {
      movedBorrow(i, out);
      invocation(i, out);
      if (roles.closingResults().isResource(i.tree())
          && !roles.closingResults().goesOn(i.tree())) {
        droppedTemporary(i.tree(), true, out); // `Files.lines(p).count()`
      }
    } else if (n instanceof Node.New nw) {
      movedBorrow(nw, out);
      keepArguments(nw.tree().getArguments(), n, out);
      if (nw.constructor() != null) {
        TypeMirror type = nw.constructor().getEnclosingElement().asType();
        droppedTemporary(nw.tree(), tracking.isTrackedType(type) && tracking.mustBeClosed(type),
            out);
      }
    }
    if (!created.isEmpty() && !(n instanceof Node.Declare d
        && d.kind() == Node.DeclKind.BINDING)) {
      for (Loan l : created) {
        out.add(new Effect.Borrow(l));
        reborrowLend(n, l, out);
      }
    }
    List<Effect.Lend> lends = carriers.lendsAt(n.tree());
    if (!lends.isEmpty()) {
      out.addAll(lends);
    }
    List<Loan> endingHere = List.of(); // most nodes end no loan: nothing is allocated then
    List<Loan> consumed = loans.consumed(n);
    if (!consumed.isEmpty()) {
      Set<Loan> handedOver = Set.of(); // made only where a holder takes loans
      for (Effect e : out) {
        if (e instanceof Effect.Hold h && !h.loans().isEmpty()) {
          if (handedOver.isEmpty()) {
            handedOver = new HashSet<>();
          }
          handedOver.addAll(h.loans());
        }
      }
      for (Loan l : consumed) {
        if (!handedOver.contains(l)) {
          endingHere = LoanGathering.with(endingHere, l);
        }
      }
    }
    // A loan nobody consumes (a value discarded by an expression statement) ends at once.
    for (int k = 0; k < created.size(); k++) {
      if (created.get(k).consumer() == null) {
        endingHere = LoanGathering.with(endingHere, created.get(k));
      }
    }
    if (!endingHere.isEmpty()) {
      out.add(new Effect.EndLoans(endingHere, n.tree()));
    }
    return out.isEmpty() ? List.of() : out;
  }

  /**
   * A reborrow through a holder on its way into a local ({@code r = c ? m.s : m.r}) carries
   * what the holder borrows from where it is taken: the holder may be dead by the time the
   * arms join.
   */
  private void reborrowLend(Node n, Loan l, List<Effect> out) {
    if (l.place().root() instanceof VariableElement via && Tracking.isLocal(via)
        && roles.isBorrowHolder(via) && l.consumer() != null
        && flow.store(l.consumer()) != null) {
      out.add(new Effect.Lend(Holder.of(via), l.consumer().tree(), n.tree()));
    }
  }

  /** The method a moved value goes into, named as users know it: {@code Vec.free}. */
  private String callee(Node.Ref r) {
    Node consumer = consumers.consumerOf(r);
    javax.lang.model.element.ExecutableElement m = consumer instanceof Node.Invoke i ? i.method()
        : consumer instanceof Node.New nw ? nw.constructor() : null;
    if (m == null) {
      return null;
    }
    String owner = m.getEnclosingElement().getSimpleName().toString();
    return m.getKind() == ElementKind.CONSTRUCTOR ? "new " + owner
        : owner + "." + m.getSimpleName();
  }

  private void reference(Node.Ref r, List<Effect> out) {
    Take c = consumers.take(r.tree());
    if (r.tree() instanceof IdentifierTree id && r.place().isRoot() && r.place().isThis()
        && c != Take.MOVE_CAPTURE && c != Take.MOVE_ESCAPE && c != Take.PREFIX
        && id.getName().contentEquals("super")) { // last: it decodes the name
      // `super.close()` reaches the superclass's part of `this`, not the fields declared
      // here: those may already be closed, or be closed after it. (`super::m` handed to
      // another thread still lends all of `this`. The `super` of `super.f = x` only leads
      // to `this.f`, as `this` does.)
      for (Place part : superclassPart(r.place())) {
        reference(r, part, out);
      }
      return;
    }
    reference(r, r.place(), out);
  }

  /** The tracked instance fields that {@code this}'s superclasses declare, as places. */
  private List<Place> superclassPart(Place self) {
    List<Place> parts = new ArrayList<>();
    if (self.root() instanceof TypeElement cls) {
      for (TypeElement s = Tracking.superclass(cls); s != null; s = Tracking.superclass(s)) {
        for (VariableElement f : ElementFilter.fieldsIn(s.getEnclosedElements())) {
          if (!f.getModifiers().contains(Modifier.STATIC) && body.isTracked(f)) {
            parts.add(self.field(f));
          }
        }
      }
    }
    return parts;
  }

  /** The effects of reading {@code place} where {@code r} reads (a part of) it. */
  private void reference(Node.Ref r, Place place, List<Effect> out) {
    if (!perms.isFollowed(place)) {
      if (place.root() instanceof VariableElement v && carriers.isCarrier(v)) {
        out.add(new Effect.Keep(Holder.of(v), r.tree()));
      }
      if (isLentCastIntoMove(r.tree())) {
        out.add(new Effect.IllegalMove(place, r.tree(), Effect.Why.BEHIND_BORROW));
      } else if (place.isRoot() && isWrapperGivenAway(r)) {
        out.add(new Effect.IllegalMove(place, r.tree(), Effect.Why.BEHIND_MUT_BORROW));
      }
      return;
    }
    Take c = consumers.take(r.tree());
    if (c.moveKind() != null && perms.holdsTrackedValue(place)) {
      if (c == Take.MOVE_ASSIGN && (place.isRoot() && roles.isBorrowHolder(place.root())
          || Permissions.isStatic(place))) {
        // copies the borrow; a static or an enum constant is lent to the local for good
        out.add(new Effect.Use(place, r.tree(), Effect.Access.READ));
        return;
      }
      Effect.Why why = perms.illegalMove(place);
      if (why != null && why.isBehindBorrow()
          && (c == Take.MOVE_ESCAPE || c == Take.MOVE_CAPTURE)) {
        why = Effect.Why.ESCAPES;
      }
      if (why == Effect.Why.BEHIND_MUT_BORROW && !place.isRoot()
          && Permissions.behindBorrowField(place) == null
          && (place.isThis() || Tracking.isLocal(place.root())
              && ((VariableElement) place.root()).getKind() == ElementKind.PARAMETER)) {
        // Out of a field of `this` or of a @Mut parameter: allowed if the field gets a new
        // value before the method returns (`Conn old = conn; conn = fresh; old.close();`).
        out.add(new Effect.Move(place, r.tree(), c.moveKind(), callee(r), true));
        return;
      }
      if (why != null) {
        out.add(new Effect.IllegalMove(place, r.tree(), why));
        out.add(new Effect.Use(place, r.tree(), Effect.Access.READ));
        return;
      }
      out.add(new Effect.Move(place, r.tree(), c.moveKind(), callee(r)));
      return;
    }
    Effect.Access access = c.access();
    if (access == Effect.Access.BORROW && !perms.holdsTrackedValue(place)) {
      access = Effect.Access.READ; // passing an int field copies it
    }
    if (access.isMutable() && perms.isSharedRoot(place)) {
      // A mutable borrow of what is only lent shared is E0596 alone: rustc does not also
      // report it as a conflict with the shared borrows of the place (one mistake, one error).
      out.add(new Effect.Use(place, r.tree(), Effect.Access.BORROW));
      out.add(new Effect.IllegalMutation(place, place.display(), r.tree(), false));
      return;
    }
    out.add(new Effect.Use(place, r.tree(), access));
  }

  private void declaration(Node.Declare d, List<Effect> out) {
    VariableElement v = d.variable();
    if (body.isTracked(v)) {
      Effect.Origin origin = switch (d.kind()) {
        case PARAMETER -> body.ownsParameter(v)
            ? Effect.Origin.OWNED : Effect.Origin.BORROWED;
        case FOREACH -> Effect.Origin.BORROWED;
        case BINDING -> roles.isBorrowHolder(v) ? Effect.Origin.BORROWED : Effect.Origin.OWNED;
        case CATCH, RESOURCE -> Effect.Origin.OWNED;
        case LOCAL -> d.source() == null ? Effect.Origin.NONE
            : roles.isBorrowHolder(v) ? Effect.Origin.BORROWED : roles.origin(d.source());
      };
      out.add(new Effect.Init(Place.of(v), d.tree(), origin));
    }
    if (d.kind() == Node.DeclKind.RESOURCE && d.source() != null
        && roles.origin(d.source()) == Effect.Origin.BORROWED) {
      // `try (PrintWriter pw = new PrintWriter(out))`, `try (Conn c = pool.get(k))`: the
      // statement closes what the method only borrows.
      out.add(new Effect.IllegalMove(null, flow.strip(d.source()), roles.isMutableBorrow(d.source())
          ? Effect.Why.BEHIND_MUT_BORROW : Effect.Why.BEHIND_BORROW));
    }
    if (d.source() != null && (d.kind() == Node.DeclKind.LOCAL
        || d.kind() == Node.DeclKind.RESOURCE && carriers.holdsLoans(v))) {
      hold(v, d.source(), d, out); // a guard in try-with-resources holds its loans too
    } else if (d.kind() == Node.DeclKind.BINDING && loans.hasCreated(d)) {
      out.add(new Effect.Hold(Holder.of(v), loans.created(d), List.of(), d.tree()));
    } else if (d.kind() == Node.DeclKind.FOREACH && d.source() != null) {
      EnhancedForLoopTree loop = flow.loopOf(d.source());
      if (loop != null) {
        out.add(new Effect.Hold(Holder.of(v), List.of(), List.of(Holder.of(loop)), d.tree()));
      }
    }
  }

  private void assignment(Node.Assign a, List<Effect> out) {
    Place place = a.place();
    if (receiverThroughSharedBorrow(a.target())) {
      out.add(new Effect.IllegalMutation(null, a.target().toString(), a.tree(), true));
    }
    VariableElement array = roles.localArray(a.target());
    if (place == null && array != null && a.value() != null) {
      // An element of the method's own array: the array keeps the borrow while it lives.
      List<Holder> held = new ArrayList<>(carriers.holderCopies(a.value()));
      held.add(0, Holder.of(array));
      out.add(new Effect.Hold(Holder.of(array), loans.consumed(a), held, a.tree()));
      return;
    }
    if (place == null) {
      escapes.borrowStored(a, null, out); // an array element
      escapes.closures(a.value(), a.tree(), false, false, out);
      escapes.carriedOut(a.value(), a, false, out);
      return;
    }
    boolean local = place.isRoot() && Tracking.isLocal(place.root());
    if (!local) {
      escapes.borrowStored(a, place, out);
      // A closure kept in a field of `this` lives with `this`: using `this` does not escape.
      escapes.closures(a.value(), a.tree(), false, place.isThis(), out);
      escapes.carriedOut(a.value(), a, false, out);
    }
    if (perms.isFollowed(place)) {
      if (a.value() == null || !(a.tree() instanceof AssignmentTree)) {
        out.add(new Effect.Init(place, a.tree(), Effect.Origin.NONE));
        mutation(place, a.tree(), out);
        return;
      }
      Effect.Origin origin = local && roles.isBorrowHolder(place.root())
          ? Effect.Origin.BORROWED : roles.origin(a.value());
      if (!local) {
        mutation(place, a.tree(), out);
      }
      out.add(new Effect.Init(place, a.tree(), origin));
    }
    if (local && a.value() != null && a.tree() instanceof AssignmentTree) {
      hold((VariableElement) place.root(), a.value(), a, out);
    }
  }

  /**
   * A borrow returned by a call, or a decorator wrapping one, moved at once: passed to an
   * {@code @Owned} parameter, returned as an owned value, consumed or thrown ({@code
   * take(v.get(0))}, {@code return new PrintWriter(out)}). E0507, as the
   * same move out of a {@code @Borrowed} local would be. Stores are {@link Escapes#borrowStored}.
   */
  private void movedBorrow(Node n, List<Effect> out) {
    Take c = consumers.takeOrNull(n.tree());
    if (c != null && c.handsOver() && escapes.isTemporaryBorrow(n)) {
      out.add(new Effect.IllegalMove(null, n.tree(), n instanceof Node.New
          ? Effect.Why.BEHIND_MUT_BORROW : Effect.Why.BEHIND_BORROW)); // decorators write
    }
  }

  /** {@code v.get(0).x = 1}: a field assigned through the shared result of a call. */
  private boolean receiverThroughSharedBorrow(ExpressionTree target) {
    return target instanceof MemberSelectTree m && isSharedResult(m.getExpression());
  }

  /**
   * Whether {@code e} is the shared result of a {@code @Borrowed} call, of a tracked type, so
   * that mutating it is E0596/E0594. Untracked values are never checked: the views a library
   * model lends ({@code values()}, {@code subList()}) or a {@code StringBuilder} taken from a
   * map may be changed as Java allows.
   */
  private boolean isSharedResult(ExpressionTree e) {
    if (flow.node(flow.strip(e)) instanceof Node.Invoke i) {
      Contract c = body.contracts().of(i.method());
      return c.result() == Contract.Result.BORROWED && c.receiver() != Contract.Receiver.MUT
          && tracking.isTrackedType(i.type()) && !Tracking.isBorrowingType(i.type());
    }
    return false;
  }

  /** E0594 when a field is assigned through a shared borrow. */
  private void mutation(Place place, Tree at, List<Effect> out) {
    // Assigning a field that holds a borrow replaces the reference: what decides is whether
    // the object holding the field is reached through a shared borrow.
    if (!place.isRoot() && perms.isSharedRoot(place.parent())) {
      out.add(new Effect.IllegalMutation(place, place.display(), at, true));
    }
  }

  /**
   * The loans a local takes over from its new value; what it copies from other holders arrives
   * through the {@link Effect.Lend}s where their values were taken.
   */
  private void hold(VariableElement v, ExpressionTree value, Node consumer, List<Effect> out) {
    out.add(new Effect.Hold(Holder.of(v), loans.consumed(consumer), List.of(),
        consumer.tree()));
  }

  private void invocation(Node.Invoke i, List<Effect> out) {
    ExpressionTree sel = i.tree().getMethodSelect();
    if (sel instanceof MemberSelectTree ms && isSharedResult(ms.getExpression())
        && body.contracts().of(i.method()).receiver() == Contract.Receiver.MUT) {
      out.add(new Effect.IllegalMutation(null, ms.getExpression().toString(),
          ms.getExpression(), false));
    }
    for (Loan l : loans.consumed(i)) {
      if (l.twoPhase()) {
        out.add(new Effect.Activate(l, i.tree()));
      }
    }
    List<Loan> kept = carriers.keptLoans(i);
    List<Holder> copies = carriers.keptCopies(i);
    if (!kept.isEmpty() || !copies.isEmpty()) {
      Holder keeper = Holder.of(carriers.keeper(i));
      List<Holder> held = new ArrayList<>(copies);
      held.add(0, keeper); // added to what the keeper holds already
      out.add(new Effect.Hold(keeper, kept, held, i.tree()));
    }
    escapes.keptOutside(i, out);
    keepArguments(i.tree().getArguments(), i, out);
    ExpressionTree select = i.tree().getMethodSelect();
    if (select instanceof MemberSelectTree m) {
      keepArguments(List.of(m.getExpression()), i, out);
      obligation(i, m, out);
    }
  }

  /**
   * A resource made by {@code new} that no variable ever holds and nothing takes over: discarded
   * ({@code new FileInputStream(f);}), only called ({@code new FileInputStream(f).read()}) or
   * only lent ({@code count(new FileInputStream(f))}). Rust drops such a temporary at the end of
   * its statement; Java leaves it open (issue 17): J0001 there. A temporary that holds no
   * resource, or wraps a borrow ({@code new Scanner(System.in)}), is no owner (CONTRIBUTING). A
   * call's discarded result is not one either: {@code map.put(k, v)} hands back the previous
   * value, null as a rule, and {@code requireNonNull(c);} hands back its argument; but one
   * whose result must be closed ({@code @MustBeClosed}: {@code Files.lines(p).count()}) is.
   */
  private void droppedTemporary(ExpressionTree tree, boolean resource, List<Effect> out) {
    if (!resource) {
      return;
    }
    Take taken = consumers.takeOrNull(tree);
    boolean dropped = taken == null || taken == Take.BORROW || taken == Take.MUT_BORROW
        || taken == Take.RESERVE;
    if (dropped && roles.origin(tree) == Effect.Origin.OWNED) {
      out.add(new Effect.Leak(null, tree));
    }
  }

  /**
   * {@code lock.lock()} obliges {@code lock}, {@code lock.unlock()} or
   * {@code executor.shutdown()} meets an obligation (SPEC 3.9), whether or not the receiver is
   * tracked: the obligation is the caller's, the value stays where it is.
   */
  private void obligation(Node.Invoke i, MemberSelectTree select, List<Effect> out) {
    if (i.method() == null) {
      return;
    }
    boolean creates = tracking.obliges(i.method());
    if ((creates || tracking.discharges(i.method()))
        && flow.node(flow.strip(select.getExpression())) instanceof Node.Ref r) {
      out.add(new Effect.Obligation(r.place(), i.tree(), creates));
    }
  }

  /**
   * Holders passed into a call stay live until the call: their borrows cover it. So do those
   * a borrowed result passed in reborrows ({@code a.merge(r.me())}, {@code a.merge(pick(r))}):
   * the result carries the holder's borrows to the call, as rustc's reborrow does.
   */
  private void keepArguments(List<? extends ExpressionTree> args, Node call, List<Effect> out) {
    for (ExpressionTree arg : args) {
      for (Tree leaf : flow.leaves(arg)) {
        Node n = flow.node(leaf);
        if (n instanceof Node.Ref r && r.place().root() instanceof VariableElement v
            && Tracking.isLocal(v) && !carriers.isLentTo(leaf, call.tree())
            && !carriers.isCarriedThrough(leaf, arg)) {
          out.add(new Effect.Keep(Holder.of(v), call.tree()));
        } else if (n instanceof Node.Invoke i && body.resultBorrows(i)) {
          keepArguments(borrowSources(i), call, out);
        }
      }
    }
  }

  /** The expressions a {@code @Borrowed} call's result borrows from. */
  private List<ExpressionTree> borrowSources(Node.Invoke i) {
    List<ExpressionTree> sources = new ArrayList<>();
    List<? extends ExpressionTree> args = i.tree().getArguments();
    for (int source : body.contracts().of(i.method()).borrowSources()) {
      if (source == Contract.THIS) {
        if (i.tree().getMethodSelect() instanceof MemberSelectTree m) {
          sources.add(m.getExpression());
        }
      } else if (source < args.size()) {
        sources.add(args.get(source));
      }
    }
    return sources;
  }

  private void resourceClose(Node.ResourceClose rc, List<Effect> out) {
    Place p = rc.resource();
    if (p.root() instanceof VariableElement v && v.getKind() == ElementKind.RESOURCE_VARIABLE) {
      if (carriers.holdsLoans(v)) {
        // A guard's loans last until it is closed, as a Rust guard's last until its drop.
        out.add(new Effect.Keep(Holder.of(v), rc.tree()));
      }
      out.add(new Effect.Drop(v, rc.tree())); // closed: borrows of it end with it
    } else if (perms.isFollowed(p) && perms.holdsTrackedValue(p)) {
      // `try (conn)` consumes an existing variable: it cannot be used afterwards, and it must
      // be the method's to close.
      Effect.Why why = perms.illegalMove(p);
      out.add(why == null ? new Effect.Move(p, rc.tree(), Effect.MoveKind.CONSUME, null)
          : new Effect.IllegalMove(p, rc.tree(), why));
    } else if (p.isRoot() && carriers.isWrapperCarrier(p.root())) {
      out.add(new Effect.IllegalMove(p, rc.tree(), Effect.Why.BEHIND_MUT_BORROW));
    }
  }

  private void returnBorrow(Node.Return r, List<Effect> out) {
    if (body.contracts().of(body.method()).borrowSources().isEmpty()) {
      return; // E0106 or J0004 on the declaration: no contract to check against
    }
    List<Place> places = new ArrayList<>();
    List<Loan> returned = new ArrayList<>(loans.consumed(r));
    boolean temporary = false;
    for (Tree leaf : flow.leaves(r.expression())) {
      Node n = flow.node(leaf);
      if (n instanceof Node.Ref ref) {
        if (carriers.isLentTo(leaf, r.tree())) {
          continue; // a holder returned on one arm: its borrows come with the Lend there
        }
        if (perms.isFollowed(ref.place())) {
          places.add(ref.place());
          if (ref.place().isRoot() && ref.place().root() instanceof VariableElement v
              && flow.isDeclared(v) && !roles.isBorrowHolder(v)
              && v.getKind() != ElementKind.PARAMETER) {
            // E0515 is the error; the value leaves with the return, it does not leak too. Once:
            // `cond() ? a : a` returns one value.
            if (places.indexOf(ref.place()) == places.size() - 1) {
              out.add(new Effect.Move(ref.place(), ref.tree(), Effect.MoveKind.RETURN, null));
            }
          }
        }
      } else if (n instanceof Node.Invoke i) {
        temporary |= borrowsTemporary(i);
      } else if (n instanceof Node.New nw && closures.closureOf(n) == null
          && !Consumers.isBorrowingConstructor(nw)) {
        // An instance of an anonymous or local class is a closure, not that; one of a
        // borrowing class returns the borrows it keeps, among the loans the return consumes.
        temporary = true;
      }
    }
    out.add(new Effect.ReturnBorrow(places, returned, temporary, r.tree()));
  }

  /** Whether a call's result is, or borrows from, a value created in the expression. */
  private boolean borrowsTemporary(Node.Invoke i) {
    Contract c = body.contracts().of(i.method());
    if (c.result() != Contract.Result.BORROWED) {
      return tracking.isTrackedType(i.method().getReturnType());
    }
    for (int source : c.borrowSources()) {
      Tree t;
      if (source == Contract.THIS) {
        t = i.tree().getMethodSelect() instanceof MemberSelectTree m ? m.getExpression() : null;
      } else {
        t = source < i.tree().getArguments().size() ? i.tree().getArguments().get(source) : null;
      }
      if (t == null) {
        continue;
      }
      Node n = flow.node(flow.strip((ExpressionTree) t));
      if (n instanceof Node.New || n instanceof Node.Invoke inner && borrowsTemporary(inner)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A decorator over a borrow closed, returned, thrown, or passed to an {@code @Owned}
   * parameter of the user's own code (a collection that keeps it only borrows it as well).
   */
  private boolean isWrapperGivenAway(Node.Ref r) {
    if (!carriers.isWrapperCarrier(r.place().root())) {
      return false;
    }
    Take c = consumers.take(r.tree());
    if (c == Take.MOVE_ARGUMENT) {
      Node consumer = consumers.consumerOf(r);
      ExecutableElement callee = consumer instanceof Node.Invoke i ? i.method()
          : consumer instanceof Node.New nw ? nw.constructor() : null;
      return callee != null && !body.contracts().isModelled(callee);
    }
    return c.handsOver();
  }

  /**
   * A lent value cast and moved at once ({@code keep((Conn) o)}, {@code return (Conn) o;}
   * from a method returning a tracked type): E0507, as the same move through a binding is.
   */
  private boolean isLentCastIntoMove(Tree value) {
    if (!consumers.isCastIntoMove(value) || !(value instanceof ExpressionTree e)
        || !roles.isLent(e)) {
      return false;
    }
    Take c = consumers.takeOrNull(value);
    return c != null && c.handsOver() && (c != Take.MOVE_RETURN
        || body.method() != null && tracking.isTrackedType(body.method().getReturnType()));
  }
}
