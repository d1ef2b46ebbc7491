package dev.jborrow.processor.lower;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.model.Annotations;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Contracts;
import dev.jborrow.processor.model.Tracking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * The roles of the body's locals, found once before any effect: which hold borrows rather
 * than owned values (annotated, for-each variables, bindings, locals given a borrow), which of
 * those are mutable, and which untracked locals take lent values. Also what the holder of a
 * value owns ({@link #origin}).
 */
final class Roles {

  private final BodyContext body;
  private final Tracking tracking;
  private final ValueFlow flow;
  private final ClosingResults closing;
  private final Permissions perms;
  private final Set<VariableElement> borrowHolders = new HashSet<>();
  private final Set<VariableElement> mutableHolders = new HashSet<>();
  /** Untracked locals whose values the method does not own: elements and aliases of loans. */
  private final Set<VariableElement> lentLocals = new HashSet<>();
  /** By node index, the {@link #keeper} of each call asked about: every pass asks, often. */
  private final VariableElement[] keepers;
  private final boolean[] keeperKnown;
  /** {@link #returnedAsOwned} of each local asked about: each answer walks the whole body. */
  private final Map<VariableElement, Boolean> returnedAsOwned = new HashMap<>();

  Roles(BodyContext body, ValueFlow flow, ClosingResults closing) {
    this.body = body;
    this.tracking = body.tracking();
    this.flow = flow;
    this.closing = closing;
    this.perms = new Permissions(body, flow, borrowHolders, mutableHolders);
    this.keepers = new VariableElement[flow.nodeCount()];
    this.keeperKnown = new boolean[flow.nodeCount()];
    findBorrowHolders(flow.nodes());
  }

  Permissions permissions() {
    return perms;
  }

  boolean isBorrowHolder(Element v) {
    return borrowHolders.contains(v);
  }

  boolean isMutableHolder(Element v) {
    return mutableHolders.contains(v);
  }

  /** The variables found to hold borrows, for the checks that treat them as references. */
  Set<VariableElement> holders() {
    return Set.copyOf(borrowHolders);
  }

  /**
   * Locals whose values are borrows, not owned values: annotated ones, for-each variables,
   * bindings of a tracked place, and locals given a borrowed value (a {@code @Borrowed}
   * method's result, or another holder's value). A fixpoint, since holders copy each other.
   */
  private void findBorrowHolders(List<Node> all) {
    findLentLocals(all);
    for (Node n : all) {
      // Parameters are borrowed inputs, not local holders: what they borrow is the caller's.
      if (n instanceof Node.Declare d && d.kind() != Node.DeclKind.PARAMETER) {
        VariableElement v = d.variable();
        if (Annotations.has(v, Annotations.MUT)) {
          borrowHolders.add(v);
          mutableHolders.add(v);
        } else if (Annotations.has(v, Annotations.BORROWED) || d.kind() == Node.DeclKind.FOREACH
            || d.kind() == Node.DeclKind.BINDING && d.source() != null
                && (flow.node(flow.strip(d.source())) instanceof Node.Ref r
                    && perms.isFollowed(r.place())
                    || isLent(d.source()))) {
          borrowHolders.add(v);
          if (d.kind() == Node.DeclKind.BINDING && isMutableReference(d.source())) {
            mutableHolders.add(v); // `s instanceof Circle c` of a @Mut `s`: a mutable reborrow
          }
        } else if (d.kind() == Node.DeclKind.LOCAL && d.source() != null
            && borrowingCast(d.source()) != null) {
          borrowHolders.add(v);
          if (borrowingCast(d.source()) == Effect.Why.BEHIND_MUT_BORROW) {
            mutableHolders.add(v);
          }
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Node n : all) {
        ValueFlow.LocalStore store = flow.store(n);
        if (store != null && body.isTracked(store.target())
            && !borrowHolders.contains(store.target())
            && (origin(store.value()) == Effect.Origin.BORROWED || readsStatic(store.value())
                || aliasedBorrow(store.value()) != null)) {
          borrowHolders.add(store.target());
          if (isMutableBorrow(store.value())
              || aliasedBorrow(store.value()) == Effect.Why.BEHIND_MUT_BORROW) {
            mutableHolders.add(store.target());
          }
          changed = true;
        }
      }
    }
  }

  /**
   * The untracked local whose call takes ownership of an argument ({@code tasks.add(..)}, an
   * {@code @Owned} parameter): it keeps the value, so it keeps what the value borrows. Null
   * for any other call.
   */
  VariableElement keeper(Node.Invoke i) {
    if (!keeperKnown[i.index()]) {
      keepers[i.index()] = findKeeper(i);
      keeperKnown[i.index()] = true;
    }
    return keepers[i.index()];
  }

  private VariableElement findKeeper(Node.Invoke i) {
    return i.tree().getMethodSelect() instanceof MemberSelectTree m
        && flow.node(flow.strip(m.getExpression())) instanceof Node.Ref r && r.place().isRoot()
        && r.place().root() instanceof VariableElement v && Tracking.isLocal(v)
        && !body.isTracked(v) ? v : null;
  }

  /**
   * {@link #keeper}, when it is the method's own local: a borrow given to it stays in the
   * method (SPEC 3.8, {@code dead.add(s)}). A parameter's collection is the caller's, and
   * what it keeps would outlive the call.
   */
  VariableElement localKeeper(Node.Invoke i) {
    VariableElement k = keeper(i);
    return k != null && k.getKind() != ElementKind.PARAMETER ? k : null;
  }

  /**
   * The method's own untracked array local that an element store {@code arr[i] = v} writes
   * into, or null: it keeps the borrows stored in it (SPEC 3.8), as a {@code [&T; 2]} does.
   */
  VariableElement localArray(ExpressionTree target) {
    return target instanceof ArrayAccessTree a
        && flow.node(flow.strip(a.getExpression())) instanceof Node.Ref r && r.place().isRoot()
        && r.place().root() instanceof VariableElement v && Tracking.isLocal(v)
        && v.getKind() != ElementKind.PARAMETER && !body.isTracked(v) ? v : null;
  }

  /**
   * Whether the local is returned by a method whose result is owned (not {@code @Borrowed}):
   * its value is the caller's to own, not a holder of borrows.
   */
  boolean returnedAsOwned(VariableElement v) {
    return returnedAsOwned.computeIfAbsent(v, this::findReturnedAsOwned);
  }

  private boolean findReturnedAsOwned(VariableElement v) {
    if (body.returnsBorrow()) {
      return false;
    }
    for (Node n : flow.nodes()) {
      if (n instanceof Node.Return r && r.expression() != null) {
        for (Tree leaf : flow.leaves(r.expression())) {
          if (flow.node(leaf) instanceof Node.Ref ref && ref.place().isRoot()
              && ref.place().root() == v) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the value is (either arm of) a static field or an enum constant. */
  boolean readsStatic(ExpressionTree value) {
    for (Tree leaf : flow.leaves(value)) {
      if (flow.node(leaf) instanceof Node.Ref r && Permissions.isStatic(r.place())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Untracked locals that take a value the method does not own: for-each variables (the
   * element stays in its collection), and locals given a lent value ({@code Object target = o}
   * with {@code o} a lent parameter, {@code attrs.get(k)}, {@code args[0]}). Flow-insensitive:
   * one lent assignment makes the local lent, which can miss a leak but never invents one.
   */
  private void findLentLocals(List<Node> all) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Node n : all) {
        ValueFlow.LocalStore store = flow.store(n);
        VariableElement target = n instanceof Node.Declare d && d.kind() == Node.DeclKind.FOREACH
            ? d.variable()
            : store != null && (isLent(store.value()) || isTrackedAlias(store.value()))
                ? store.target() : null;
        if (target != null && !body.isTracked(target) && lentLocals.add(target)) {
          changed = true;
        }
      }
    }
  }

  /**
   * Whether an untracked expression's value is lent to the method: a tracked value cast or
   * matched out of it is a borrow, not a new owner.
   */
  boolean isLent(ExpressionTree value) {
    for (Tree leaf : flow.leaves(value)) {
      if (isLentValue(leaf)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #isLent} of one of the values an expression may be. */
  private boolean isLentValue(Tree e) {
    if (e instanceof ArrayAccessTree a) {
      return isLent(a.getExpression());
    }
    Node n = flow.node(e);
    if (n instanceof Node.Invoke i) {
      // A lending lookup, or a component of a lent record: `e.payload() instanceof Conn c`.
      return body.contracts().of(i.method()).result() == Contract.Result.BORROWED
          || Contracts.isRecordAccessor(i.method())
              && i.tree().getMethodSelect() instanceof MemberSelectTree m
              && isLent(m.getExpression());
    }
    if (!(n instanceof Node.Ref r) || !(r.place().root() instanceof VariableElement v)) {
      return false;
    }
    if (!r.place().isRoot() && body.isTracked(v)) {
      return false; // a field of a tracked value is that value's, checked as such
    }
    return perms.isLentParameter(Place.of(v)) || lentLocals.contains(v)
        // what a closure captures it borrows, unless the body runs on another thread
        || !flow.isDeclared(v) && Tracking.isLocal(v) && !body.isTracked(v);
  }

  /**
   * Whether the value is that of a tracked variable ({@code Object o = conn;}): the variable
   * keeps it (SPEC 3.1), so the untracked alias only lends it.
   */
  boolean isTrackedAlias(ExpressionTree value) {
    return flow.node(flow.strip(value)) instanceof Node.Ref r && r.place().isRoot()
        && r.place().root() instanceof VariableElement v && Tracking.isLocal(v)
        && body.isTracked(v);
  }

  /**
   * Why the operand of a downcast ({@code (Circle) shape}) cannot be moved, when it is a
   * borrow: the cast is then a reborrow, as {@code downcast_ref} is in Rust; null otherwise.
   */
  Effect.Why borrowingCast(ExpressionTree value) {
    ExpressionTree e = value;
    while (e instanceof ParenthesizedTree p) {
      e = p.getExpression();
    }
    if (!(e instanceof TypeCastTree cast)
        || !(flow.node(flow.strip(cast.getExpression())) instanceof Node.Ref r)
        || !perms.isFollowed(r.place()) || !perms.holdsTrackedValue(r.place())
        || !Permissions.isBorrowedInput(r.place())) {
      return null;
    }
    Effect.Why why = perms.illegalMove(r.place());
    return why != null && why.isBehindBorrow() ? why : null;
  }

  /**
   * What an unannotated tracked local given {@code value} borrows when the value is a borrowed
   * input (a parameter the caller lends, a field of one, a field of a shared {@code this}):
   * {@code R x = p;} copies the reference, as {@code let x = p;} copies a {@code &R}, and
   * from a {@code @Mut} parameter it reborrows mutably. Null when the value is no such
   * borrow, and for a field of a mutable borrow, which may be moved out and restored. Only
   * the variable itself, not an arm of a {@code switch} or {@code ?:}: those stay moves, as
   * their Rust translations ({@code match k { _ => *r }}) are.
   */
  Effect.Why aliasedBorrow(ExpressionTree value) {
    if (!(flow.node(flow.strip(value)) instanceof Node.Ref r) || !perms.isFollowed(r.place())
        || !perms.holdsTrackedValue(r.place())) {
      return null;
    }
    Place p = r.place();
    boolean input = Permissions.isBorrowedInput(p);
    // A field of a holder is a borrow too (`cur = cur.next` walking a borrowed list); the
    // holder itself is copied as any holder is.
    if (!input && (p.isRoot() || !borrowHolders.contains(p.root()))) {
      return null;
    }
    Effect.Why why = perms.illegalMove(p);
    return why == null || !why.isBehindBorrow()
        || why == Effect.Why.BEHIND_MUT_BORROW && !p.isRoot() && input ? null : why;
  }

  /** Whether a borrowed value grants mutation: a {@code @Mut} method's result, a mut holder. */
  boolean isMutableBorrow(ExpressionTree value) {
    Tree e = flow.strip(value);
    Node n = flow.node(e);
    if (n instanceof Node.Invoke i) {
      Contract c = body.contracts().of(i.method());
      return c.result() == Contract.Result.BORROWED && c.receiver() == Contract.Receiver.MUT;
    }
    if (n instanceof Node.New nw) {
      return !wrappedBorrows(nw).isEmpty(); // a decorator borrows what it wraps mutably
    }
    return n instanceof Node.Ref r && r.place().isRoot()
        && mutableHolders.contains(r.place().root());
  }

  /**
   * The arguments of a library decorator ({@code new PrintWriter(out)}, a constructor the
   * models give an owned parameter) that are borrows: the decorator wraps the borrow instead of
   * taking ownership, as Rust's {@code BufWriter::new(&mut *out)} does, so it is a borrow too
   * (flushed, never closed: closing it would close what the caller owns).
   */
  List<ExpressionTree> wrappedBorrows(Node.New nw) {
    if (nw.constructor() == null || !body.contracts().isModelled(nw.constructor())) {
      return List.of();
    }
    Contract c = body.contracts().of(nw.constructor());
    List<? extends ExpressionTree> args = nw.tree().getArguments();
    List<ExpressionTree> wrapped = new ArrayList<>();
    for (int k = 0; k < args.size(); k++) {
      if (c.param(k) == Contract.Param.OWNED && isBorrow(args.get(k))) {
        wrapped.add(args.get(k));
      }
    }
    return wrapped;
  }

  /** Whether a value is a borrow: of a borrowed parameter, a holder's, or a decorator's. */
  boolean isBorrow(ExpressionTree value) {
    Node n = flow.node(flow.strip(value));
    if (n instanceof Node.New inner) {
      return !wrappedBorrows(inner).isEmpty();
    }
    if (!(n instanceof Node.Ref r) || !perms.isFollowed(r.place())
        || !perms.holdsTrackedValue(r.place())) {
      return false;
    }
    if (r.place().isRoot() && borrowHolders.contains(r.place().root())) {
      return true;
    }
    Effect.Why why = perms.illegalMove(r.place());
    // A static (System.in) lives as long as the program: a decorator lends it, as Rust's
    // `BufReader::new(io::stdin())` wraps a handle to a process-wide stream.
    return why == Effect.Why.STATIC
        || why != null && why.isBehindBorrow() && Permissions.isBorrowedInput(r.place());
  }

  /**
   * A @Mut parameter or local: passed on to a @Mut parameter it is reborrowed implicitly, which
   * rustc makes two-phase ({@code foo(x, x.len())} with {@code x: &mut V} is accepted), unlike
   * an owner lent mutably ({@code foo(&mut v, v.len())}, E0502).
   */
  boolean isMutableReference(ExpressionTree arg) {
    return flow.node(flow.strip(arg)) instanceof Node.Ref r && r.place().isRoot()
        && r.place().root() instanceof VariableElement v
        && (mutableHolders.contains(v) || v.getKind() == ElementKind.PARAMETER
            && body.mutParameter(v));
  }

  /** The calls whose result must be closed whatever its type. */
  ClosingResults closingResults() {
    return closing;
  }

  /** What the holder of the value of {@code e} owns. */
  Effect.Origin origin(ExpressionTree e) {
    Effect.Origin o = Effect.Origin.NULL; // what no value gives: the identity of join
    for (Tree leaf : flow.leaves(e)) {
      o = join(o, originOfValue((ExpressionTree) leaf));
    }
    return o;
  }

  /** {@link #origin} of one of the values an expression may be. */
  private Effect.Origin originOfValue(ExpressionTree e) {
    switch (e.getKind()) {
      case NULL_LITERAL -> {
        return Effect.Origin.NULL;
      }
      case ASSIGNMENT -> {
        return origin(((AssignmentTree) e).getExpression());
      }
      case METHOD_INVOCATION -> {
        Node n = flow.node(e);
        if (n instanceof Node.Invoke i && closingResults().isResource(i.tree())) {
          // `Files.walk(p).filter(f)`: a stream operation's result closes its source
          return Effect.Origin.OWNED;
        }
        if (n instanceof Node.Invoke i
            && body.contracts().of(i.method()).result() == Contract.Result.BORROWED
            // a borrowing class's value is owned; the borrows inside it are its loans
            && !Tracking.isBorrowingType(i.type())) {
          return Effect.Origin.BORROWED;
        }
        return n instanceof Node.Invoke i && !holdsResource(i.method().getReturnType())
            ? Effect.Origin.RESOURCE_FREE : Effect.Origin.OWNED;
      }
      case NEW_CLASS -> {
        if (flow.node(e) instanceof Node.New nw && !wrappedBorrows(nw).isEmpty()) {
          return Effect.Origin.BORROWED;
        }
        return flow.node(e) instanceof Node.New nw && nw.constructor() != null
            && !holdsResource(nw.constructor().getEnclosingElement().asType())
            ? Effect.Origin.RESOURCE_FREE : Effect.Origin.OWNED;
      }
      case ARRAY_ACCESS -> {
        // E0508 was reported where it was read, unless the array itself is lent
        return isLent(e) ? Effect.Origin.BORROWED : Effect.Origin.NONE;
      }
      default -> {
        Node n = flow.node(e);
        if (isLent(e)) {
          return Effect.Origin.BORROWED; // `(Conn) other` in equals(Object other)
        }
        if (n instanceof Node.Ref r && perms.isFollowed(r.place())
            && perms.holdsTrackedValue(r.place())) {
          if (r.place().isRoot() && borrowHolders.contains(r.place().root())) {
            return Effect.Origin.BORROWED;
          }
          if (perms.illegalMove(r.place()) != null) {
            return Effect.Origin.NONE; // E0507 was reported where it was read
          }
        }
        return e instanceof LiteralTree ? Effect.Origin.NONE : Effect.Origin.OWNED;
      }
    }
  }

  /**
   * Whether a value of static type {@code t} may hold a resource: a closeable that is not
   * resource-free. A {@code ByteArrayInputStream} in an {@code InputStream} owner holds none.
   */
  private boolean holdsResource(javax.lang.model.type.TypeMirror t) {
    return t.getKind() != javax.lang.model.type.TypeKind.DECLARED || tracking.mustBeClosed(t)
        || !body.contracts().isCloseable(t);
  }

  private static Effect.Origin join(Effect.Origin a, Effect.Origin b) {
    if (a == Effect.Origin.OWNED || b == Effect.Origin.OWNED) {
      return Effect.Origin.OWNED;
    }
    if (a == Effect.Origin.RESOURCE_FREE || b == Effect.Origin.RESOURCE_FREE) {
      return Effect.Origin.RESOURCE_FREE;
    }
    if (a == Effect.Origin.BORROWED || b == Effect.Origin.BORROWED) {
      return Effect.Origin.BORROWED;
    }
    if (a == Effect.Origin.NULL && b == Effect.Origin.NULL) {
      return Effect.Origin.NULL;
    }
    return Effect.Origin.NONE;
  }
}
