package dev.jborrow.processor.lower;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.model.Annotations;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Tracking;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * How each value is taken, decided by its consumer (the declaration, assignment, call, return
 * or throw that takes it) and given to the expressions the value may come from: a move, a
 * borrow, a read. Also which closures run on another thread.
 *
 * <p>A value's fate takes effect where the value is evaluated, so that evaluation order is
 * kept: {@code f(a, a)} with an owned first parameter moves the first {@code a} before the
 * second is read.
 */
final class Consumers {

  private final BodyContext body;
  private final ValueFlow flow;
  private final Roles roles;
  private final Closures closures;
  private final LentSources lent;
  private final ControlFlowGraph graph;
  private final Map<Tree, Take> contexts;
  /** The consumer of each value outside any copy of a {@code finally} block: most of them. */
  private final Map<Tree, Node> consumers;
  /** The consumers of the values in copies of {@code finally} blocks. */
  private final Map<Copy, Node> byCopy = new HashMap<>();
  // The two below are empty in most bodies, and an identity map makes its table when it is
  // made: they start small.
  /** Untracked values cast on their way into a move ({@code keep((Conn) o)}). */
  private final Set<Tree> castIntoMove = Collections.newSetFromMap(new IdentityHashMap<>(4));
  /** Closures handed to another thread, with the spawning call. */
  private final Map<Tree, Tree> spawnedBy = new IdentityHashMap<>(4);

  /** A tree in one copy of the graph ({@link ControlFlowGraph#instanceOf}). */
  private record Copy(Tree tree, int instance) {}

  Consumers(BodyContext body, ControlFlowGraph graph, ValueFlow flow, Roles roles,
      Closures closures, LentSources lent) {
    this.body = body;
    this.graph = graph;
    this.flow = flow;
    this.roles = roles;
    this.closures = closures;
    this.lent = lent;
    // Sized once: about one value is taken per node.
    contexts = new IdentityHashMap<>(flow.nodes().size());
    consumers = new IdentityHashMap<>(flow.nodes().size());
    for (Node n : flow.nodes()) {
      giveContexts(n);
    }
  }

  /** How the value of {@code tree} is taken; a value no consumer takes is read. */
  Take take(Tree tree) {
    Take c = contexts.get(tree);
    return c != null ? c : Take.READ;
  }

  /** How the value of {@code tree} is taken, or null where no consumer takes it. */
  Take takeOrNull(Tree tree) {
    return contexts.get(tree);
  }

  boolean isCastIntoMove(Tree tree) {
    return !castIntoMove.isEmpty() && castIntoMove.contains(tree);
  }

  /** The call that hands the closure {@code tree} to another thread, or null. */
  Tree spawnOf(Tree tree) {
    return spawnedBy.isEmpty() ? null : spawnedBy.get(tree);
  }

  boolean isSpawned(Tree tree) {
    return !spawnedBy.isEmpty() && spawnedBy.containsKey(tree);
  }

  private void giveContexts(Node n) {
    if (n instanceof Node.Closure c && c.tree() instanceof MemberReferenceTree ref
        && flow.node(flow.strip(ref.getQualifierExpression())) instanceof Node.Ref) {
      // `x::m` captures x: the closure's borrow of it is the access; the qualifier only names
      // it (a spawn point that takes the closure gives it MOVE_CAPTURE afterwards).
      give(ref.getQualifierExpression(), Take.PREFIX, n);
    }
    if (n instanceof Node.Declare d) {
      if (d.source() != null
          && (d.kind() == Node.DeclKind.LOCAL || d.kind() == Node.DeclKind.RESOURCE)) {
        Effect.Why cast = roles.borrowingCast(d.source());
        give(d.source(), cast == null ? aliasContext(d.variable(), d.source())
            : cast == Effect.Why.BEHIND_MUT_BORROW ? Take.MUT_BORROW : Take.BORROW, n);
        if (!body.isTracked(d.variable())) {
          keptElements(d.source(), n);
        }
      }
    } else if (n instanceof Node.Assign a) {
      if (a.target() instanceof MemberSelectTree m) {
        give(m.getExpression(), Take.PREFIX, n);
      }
      Take kept = a.place() == null && roles.localArray(a.target()) != null
          ? keptBorrow(a.value()) : null;
      if (a.value() != null && a.tree() instanceof AssignmentTree) {
        give(a.value(), kept != null ? kept : a.place() != null && a.place().isRoot()
            && Tracking.isLocal(a.place().root())
            ? aliasContext((VariableElement) a.place().root(), a.value())
            : storeContext(a.place()), n);
      }
    } else if (n instanceof Node.LoopIterator it && !it.advance()) {
      give(it.tree().getExpression(), Take.BORROW, n);
    } else if (n instanceof Node.Invoke i) {
      Contract c = body.contracts().of(i.method());
      ExpressionTree select = i.tree().getMethodSelect();
      Tree receiver = select instanceof MemberSelectTree m ? m.getExpression() : select;
      give(receiver, switch (c.receiver()) {
        case CONSUMES -> Take.MOVE_CONSUME;
        case MUT -> Take.RESERVE;
        default -> Take.BORROW;
      }, n);
      arguments(c, i.tree().getArguments(), n);
      if (body.spawnPoints().isSpawnPoint(i.method())) {
        spawned(i.tree().getArguments(), i.tree(), n);
      }
    } else if (n instanceof Node.New nw) {
      if (nw.tree().getEnclosingExpression() != null) {
        // `r.new View()`: the inner instance keeps its outer one, as with an implicit `this`.
        give(nw.tree().getEnclosingExpression(), Take.BORROW, n);
      }
      if (nw.constructor() != null) {
        arguments(body.contracts().of(nw.constructor()), nw.tree().getArguments(), n,
            // a borrow the new value keeps is no call's reservation: it is taken at once
            isBorrowingConstructor(nw));
        for (ExpressionTree wrapped : roles.wrappedBorrows(nw)) {
          // A decorator reads or writes the stream it wraps: it borrows it mutably, and a
          // shared borrow cannot be wrapped (E0596), as it cannot be read directly.
          give(wrapped, flow.node(flow.strip(wrapped)) instanceof Node.Ref ? Take.MUT_BORROW
              : Take.READ, n);
        }
        if (body.spawnPoints().isSpawnPoint(nw.constructor())) {
          spawned(nw.tree().getArguments(), nw.tree(), n);
          if (nw.tree().getClassBody() != null) {
            spawnedBy.put(nw.tree(), nw.tree()); // an anonymous Thread subclass
          }
        }
      }
    } else if (n instanceof Node.Return r) {
      if (r.expression() != null) {
        give(r.expression(), body.returnsBorrow() ? Take.BORROW_RETURN
            : Take.MOVE_RETURN, n);
      }
    } else if (n instanceof Node.Throw t) {
      give(t.expression(), Take.MOVE_THROW, n);
    } else if (n instanceof Node.NewArray na && na.tree().getInitializers() != null) {
      for (ExpressionTree e : na.tree().getInitializers()) {
        give(e, Take.MOVE_ESCAPE, n);
      }
    }
  }

  /** Closures among a spawn point's arguments run on another thread. */
  private void spawned(List<? extends ExpressionTree> args, Tree call, Node consumer) {
    for (ExpressionTree arg : args) {
      for (Tree leaf : flow.leaves(arg)) {
        if (leaf instanceof LambdaExpressionTree
            || leaf instanceof NewClassTree && closures.closureOf(flow.node(leaf)) != null) {
          spawnedBy.put(leaf, call);
        } else if (leaf instanceof MemberReferenceTree ref) {
          spawnedBy.put(leaf, call);
          give(ref.getQualifierExpression(), Take.MOVE_CAPTURE, consumer);
        }
      }
    }
  }

  private void arguments(Contract c, List<? extends ExpressionTree> args, Node consumer) {
    arguments(c, args, consumer, false);
  }

  private void arguments(Contract c, List<? extends ExpressionTree> args, Node consumer,
      boolean keptByView) {
    for (int k = 0; k < args.size(); k++) {
      Take kept = c.param(k) == Contract.Param.OWNED ? keptBorrow(consumer, args.get(k)) : null;
      give(args.get(k), kept != null ? kept : switch (c.param(k)) {
        case OWNED -> Take.MOVE_ARGUMENT;
        case MUT -> !keptByView && roles.isMutableReference(args.get(k)) ? Take.RESERVE
            : Take.MUT_BORROW;
        case SHARED -> Take.BORROW;
      }, consumer);
    }
  }

  /**
   * What storing {@code value} into local {@code v} does to it: an unannotated tracked local
   * given a borrowed input borrows it (SPEC 3.8, aliases of borrows), shared or mutably.
   */
  private Take aliasContext(VariableElement v, ExpressionTree value) {
    Take plain = holderContext(v);
    if (plain != Take.MOVE_ASSIGN || !roles.isBorrowHolder(v)) {
      return plain;
    }
    Effect.Why alias = roles.aliasedBorrow(value);
    return alias == null ? plain
        : alias == Effect.Why.BEHIND_MUT_BORROW ? Take.MUT_BORROW : Take.BORROW;
  }

  /**
   * How a borrow given to an {@code @Owned} parameter of a call on a local the checker does
   * not track ({@code dead.add(s)}) is taken: the local keeps it (SPEC 3.8), as a
   * {@code Vec<&T>} keeps a copied reference. A holder's borrow is copied (read); a borrowed
   * input, or a lending call's result, is borrowed anew, mutably from a {@code @Mut} one.
   * Null when the value is no borrow: it moves into the local.
   */
  private Take keptBorrow(Node consumer, ExpressionTree arg) {
    if (!(consumer instanceof Node.Invoke i) || roles.localKeeper(i) == null
        || roles.returnedAsOwned(roles.localKeeper(i))
            && (lent.of(arg) != null || roles.aliasedBorrow(arg) != null)) {
      // A list the method returns as its own (no @Borrowed on it) holds owned values: a
      // borrow of the caller's put in it is moved out of that borrow (E0507).
      return null;
    }
    return keptBorrow(arg);
  }

  /**
   * The elements of an array initialiser that a local takes ({@code Buf[] pair = {x, y}}):
   * borrows among them are kept by the local, as those stored into its elements are.
   */
  private void keptElements(ExpressionTree value, Node consumer) {
    if (flow.strip(value) instanceof NewArrayTree na && na.getInitializers() != null) {
      for (ExpressionTree e : na.getInitializers()) {
        Take kept = keptBorrow(e);
        if (kept != null) {
          give(e, kept, consumer);
        }
      }
    }
  }

  /** {@link #keptBorrow(Node, ExpressionTree)} of a value a local is known to keep. */
  private Take keptBorrow(ExpressionTree arg) {
    Node n = flow.node(flow.strip(arg));
    if (n instanceof Node.Ref r && r.place().isRoot() && roles.isBorrowHolder(r.place().root())) {
      return Take.READ;
    }
    if (n instanceof Node.Invoke inner && body.resultBorrows(inner)) {
      return Take.BORROW;
    }
    Effect.Why alias = roles.aliasedBorrow(arg);
    return alias == null ? null
        : alias == Effect.Why.BEHIND_MUT_BORROW ? Take.MUT_BORROW : Take.BORROW;
  }

  /** What storing a value into local {@code v} does to it. */
  private Take holderContext(VariableElement v) {
    if (Annotations.has(v, Annotations.BORROWED)) {
      return Take.BORROW;
    }
    if (Annotations.has(v, Annotations.MUT)) {
      return Take.MUT_BORROW;
    }
    // An untracked local is an alias the checker does not follow: the owner keeps its value.
    return body.isTracked(v) ? Take.MOVE_ASSIGN : Take.READ;
  }

  Take storeContext(Place target) {
    if (target == null) {
      return Take.MOVE_ESCAPE; // an array element
    }
    if (target.isRoot() && Tracking.isLocal(target.root())) {
      return holderContext((VariableElement) target.root());
    }
    VariableElement field = target.isRoot() ? (VariableElement) target.root()
        : target.fields().get(target.fields().size() - 1);
    boolean isStatic = field.getModifiers().contains(Modifier.STATIC);
    if (Tracking.isBorrowField(field)) {
      // A borrowing class's constructor keeps the borrow it was given (`Cursor { buf }`): the
      // reference is copied, nothing moves (SPEC 3.8). Anywhere else the field outlives what
      // the method was lent (Rust wants `other: &'a Buf` there): it escapes.
      return target.isThis() && body.method() != null
          && body.method().getKind() == ElementKind.CONSTRUCTOR ? Take.READ : Take.MOVE_ESCAPE;
    }
    return body.isTracked(field) && !isStatic ? Take.MOVE_STORE : Take.MOVE_ESCAPE;
  }

  /** Gives {@code c} to the expressions whose value {@code e} yields. */
  private void give(Tree e, Take c, Node consumer) {
    switch (e.getKind()) {
      case PARENTHESIZED -> give(((ParenthesizedTree) e).getExpression(), c, consumer);
      case TYPE_CAST -> {
        ExpressionTree inner = ((TypeCastTree) e).getExpression();
        if (c.moveKind() != null) {
          castIntoMove.add(flow.strip(inner));
        }
        give(inner, c, consumer);
      }
      case CONDITIONAL_EXPRESSION -> {
        ConditionalExpressionTree ce = (ConditionalExpressionTree) e;
        give(ce.getTrueExpression(), c, consumer);
        give(ce.getFalseExpression(), c, consumer);
      }
      case SWITCH_EXPRESSION -> {
        for (ExpressionTree result : flow.results((SwitchExpressionTree) e)) {
          give(result, c, consumer);
        }
      }
      default -> {
        ExpressionTree through = flow.passedThrough(e);
        if (through != null) {
          give(through, c, consumer);
          return;
        }
        contexts.put(e, c);
        int instance = graph.instanceOf(consumer);
        if (instance == 0) {
          consumers.put(e, consumer);
        } else {
          byCopy.put(new Copy(e, instance), consumer);
        }
      }
    }
  }

  /**
   * The node that takes the value {@code n} produces, in the same copy of the graph. A call
   * that returns a borrow of that value passes it on ({@code conns.stream().filter(..)} still
   * borrows {@code conns}): its own consumer takes it then.
   */
  Node consumerOf(Node n) {
    int instance = graph.instanceOf(n);
    Tree value = n.tree();
    Node c = consumerIn(value, instance);
    while (n instanceof Node.Invoke && c instanceof Node.Invoke outer && borrowsFrom(outer, value)
        || c instanceof Node.New decorator && (wraps(decorator, value)
            || decorator.tree().getEnclosingExpression() != null
                && flow.strip(decorator.tree().getEnclosingExpression()) == value
            || keepsBorrow(decorator, value)
            // a borrowed result moved into a borrowing class's value: its loans go with it
            || !(n instanceof Node.Ref) && isBorrowingConstructor(decorator)
                && isArgument(decorator, value))) {
      value = c.tree();
      c = consumerIn(value, instance);
    }
    return c;
  }

  private Node consumerIn(Tree value, int instance) {
    return instance == 0 ? consumers.get(value) : byCopy.get(new Copy(value, instance));
  }

  /**
   * Whether a new instance of a borrowing class keeps {@code value}, given to a constructor
   * parameter that borrows (SPEC 3.8: {@code new Cursor(buf)}): the borrow lives as long as the
   * instance, so its consumer is whatever takes the instance.
   */
  boolean keepsBorrow(Node.New view, Tree value) {
    if (!isBorrowingConstructor(view)) {
      return false;
    }
    Contract c = body.contracts().of(view.constructor());
    List<? extends ExpressionTree> args = view.tree().getArguments();
    for (int k = 0; k < args.size(); k++) {
      if (c.param(k) != Contract.Param.OWNED && flow.leaves(args.get(k)).contains(value)) {
        return true;
      }
    }
    return false;
  }

  private boolean isArgument(Node.New n, Tree value) {
    for (ExpressionTree arg : n.tree().getArguments()) {
      if (flow.leaves(arg).contains(value)) {
        return true;
      }
    }
    return false;
  }

  static boolean isBorrowingConstructor(Node.New n) {
    return n.constructor() != null
        && Tracking.isBorrowingClass(n.constructor().getEnclosingElement());
  }

  /** Whether a decorator wraps the borrow {@code value} (see {@link #wrappedBorrows}). */
  private boolean wraps(Node.New decorator, Tree value) {
    for (ExpressionTree arg : roles.wrappedBorrows(decorator)) {
      if (flow.strip(arg) == value) {
        return true;
      }
    }
    return false;
  }

  /** Whether the call's result is a borrow of {@code value}, its receiver or an argument. */
  private boolean borrowsFrom(Node.Invoke call, Tree value) {
    Contract c = body.contracts().of(call.method());
    if (!body.resultBorrows(call)) {
      return false;
    }
    for (int source : c.borrowSources()) {
      Tree t = source == Contract.THIS
          ? (call.tree().getMethodSelect() instanceof MemberSelectTree m ? m.getExpression() : null)
          : source < call.tree().getArguments().size() ? call.tree().getArguments().get(source)
              : null;
      if (t != null && flow.strip((ExpressionTree) t) == value) {
        return true;
      }
    }
    return false;
  }
}
