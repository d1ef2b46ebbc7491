package dev.jborrow.processor.lower;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import dev.jborrow.processor.ir.Loan;
import dev.jborrow.processor.model.Annotations;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Contracts;
import dev.jborrow.processor.model.Tracking;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Turns the nodes of a graph into {@link Effect effects}: decides, from contracts and
 * annotations, whether each read of a place moves it, borrows it, or just reads it, which
 * borrows each value carries and who holds them, and what each new value's holder owns. This
 * is where Java syntax meets ownership (rustc's MIR building); everything after it works on
 * effects alone.
 *
 * <p>A value's fate is decided by its consumer (the declaration, assignment, call, return or
 * throw that takes it), but takes effect where the value is evaluated, so that evaluation
 * order is kept: {@code f(a, a)} with an owned first parameter moves the first {@code a}
 * before the second is read. So the consumers are visited first, and give their operands a
 * {@link Context}.
 */
public final class Lowering {

  private final BodyContext body;
  private final Tracking tracking;
  private final Map<Tree, Context> contexts = new IdentityHashMap<>();
  private final Map<Copy, Node> consumers = new HashMap<>();
  private final Map<Tree, Node> nodes = new IdentityHashMap<>();
  private final Map<Node, List<Loan>> created = new IdentityHashMap<>();
  private final Map<Node, List<Loan>> consumed = new IdentityHashMap<>();
  private final Set<Element> declared = new HashSet<>();
  private final Set<VariableElement> borrowHolders = new HashSet<>();
  private final Set<VariableElement> mutableHolders = new HashSet<>();
  /** Untracked locals whose values the method does not own: elements and aliases of loans. */
  private final Set<VariableElement> lentLocals = new HashSet<>();
  /**
   * Untracked locals holding a decorator over a borrow ({@code PrintWriter pw = new
   * PrintWriter(out)}): mutable borrows, though no annotation says so.
   */
  private final Set<VariableElement> wrapperCarriers = new HashSet<>();
  /** Untracked values cast on their way into a move ({@code keep((Conn) o)}). */
  private final Set<Tree> castIntoMove = Collections.newSetFromMap(
      new IdentityHashMap<>());
  private final Map<Tree, EnhancedForLoopTree> loopOfIterable = new IdentityHashMap<>();
  /** Closures handed to another thread, with the spawning call. */
  private final Map<Tree, Tree> spawnedBy = new IdentityHashMap<>();
  /** Locals of untracked types that may carry borrows (an iterator, a stream, a lambda). */
  private final Set<VariableElement> carriers = new HashSet<>();
  /** Where a holder's value is taken on its way to a new holder: the Lend effects there. */
  private final Map<Tree, List<Effect.Lend>> lendsAt = new IdentityHashMap<>();
  private int nextLoan;
  private ControlFlowGraph graph;

  /** A tree in one copy of the graph ({@link ControlFlowGraph#instanceOf}). */
  private record Copy(Tree tree, int instance) {}

  /** Lowers the body's graph to effects, for every analysis to read. */
  public static BodyEffects lower(BodyContext context, ControlFlowGraph graph) {
    Lowering lowering = new Lowering(context);
    return BodyEffects.of(graph, lowering.lower(graph), lowering.holders());
  }

  private Lowering(BodyContext body) {
    this.body = body;
    this.tracking = body.tracking();
  }

  /** How a consumer takes an operand. */
  private enum Context {
    READ,
    PREFIX,
    BORROW,
    MUT_BORROW,
    RESERVE,
    BORROW_RETURN,
    MOVE_ASSIGN,
    MOVE_ARGUMENT,
    MOVE_RETURN,
    MOVE_CONSUME,
    MOVE_THROW,
    /** Captured by a closure that runs on another thread. */
    MOVE_CAPTURE,
    /** Into a tracked field: ownership passes to its object. */
    MOVE_STORE,
    /** Into an untracked field, a static or an array: out of the method's sight. */
    MOVE_ESCAPE;

    /** Whether the value goes to an owner beyond the method's sight: a call, a caller. */
    boolean handsOver() {
      return this == MOVE_ARGUMENT || this == MOVE_RETURN || this == MOVE_CONSUME
          || this == MOVE_THROW;
    }

    Effect.MoveKind moveKind() {
      return switch (this) {
        case MOVE_ASSIGN -> Effect.MoveKind.ASSIGN;
        case MOVE_ARGUMENT -> Effect.MoveKind.ARGUMENT;
        case MOVE_RETURN -> Effect.MoveKind.RETURN;
        case MOVE_CONSUME -> Effect.MoveKind.CONSUME;
        case MOVE_THROW -> Effect.MoveKind.THROW;
        case MOVE_CAPTURE -> Effect.MoveKind.CAPTURE;
        case MOVE_STORE, MOVE_ESCAPE -> Effect.MoveKind.STORE;
        default -> null;
      };
    }

    Effect.Access access() {
      return switch (this) {
        case BORROW -> Effect.Access.BORROW;
        case MUT_BORROW -> Effect.Access.MUT_BORROW;
        case RESERVE -> Effect.Access.RESERVE;
        case PREFIX -> Effect.Access.PREFIX;
        default -> Effect.Access.READ;
      };
    }
  }

  /** The variables found to hold borrows, for the checks that treat them as references. */
  Set<VariableElement> holders() {
    return Set.copyOf(borrowHolders);
  }

  Map<Node, List<Effect>> lower(ControlFlowGraph graph) {
    this.graph = graph;
    List<Node> all = new ArrayList<>();
    for (Block b : graph.blocks()) {
      all.addAll(b.nodes());
    }
    for (Node n : all) {
      nodes.put(n.tree(), n);
      if (n instanceof Node.Declare d) {
        declared.add(d.variable());
      } else if (n instanceof Node.LoopIterator it) {
        loopOfIterable.put(it.tree().getExpression(), it.tree());
      }
    }
    findBorrowHolders(all); // first: how a value is taken may depend on who holds a borrow
    for (Node n : all) {
      giveContexts(n);
    }
    for (Node n : all) {
      createLoans(n);
    }
    findCarriers(all);
    findLends(all);
    Map<Node, List<Effect>> effects = new IdentityHashMap<>(all.size()); // never resized
    for (Node n : all) {
      List<Effect> es = effectsOf(n);
      if (!es.isEmpty()) {
        effects.put(n, es);
      }
    }
    if (body.ownsCaptures() && !all.isEmpty()) {
      // What a closure on another thread captures, it owns from its first instruction on.
      List<Effect> entry = new ArrayList<>();
      for (VariableElement v : body.captures(body.path().getLeaf())) {
        if (tracking.isOwner(v) && !borrowHolders.contains(v)
            && !body.enclosingBorrows().contains(v)
            && v.getKind() != ElementKind.PARAMETER || body.ownsParameter(v)) {
          entry.add(new Effect.Init(Place.of(v), body.closure(), Effect.Origin.OWNED));
        }
      }
      entry.addAll(effects.getOrDefault(all.get(0), List.of()));
      effects.put(all.get(0), entry);
    }
    return effects;
  }

  // ---------------------------------------------------------------- contexts

  private void giveContexts(Node n) {
    if (n instanceof Node.Closure c && c.tree() instanceof MemberReferenceTree ref
        && nodes.get(strip(ref.getQualifierExpression())) instanceof Node.Ref) {
      // `x::m` captures x: the closure's borrow of it is the access; the qualifier only names
      // it (a spawn point that takes the closure gives it MOVE_CAPTURE afterwards).
      give(ref.getQualifierExpression(), Context.PREFIX, n);
    }
    if (n instanceof Node.Declare d) {
      if (d.source() != null
          && (d.kind() == Node.DeclKind.LOCAL || d.kind() == Node.DeclKind.RESOURCE)) {
        Effect.Why cast = borrowingCast(d.source());
        give(d.source(), cast == null ? holderContext(d.variable())
            : cast == Effect.Why.BEHIND_MUT_BORROW ? Context.MUT_BORROW : Context.BORROW, n);
      }
    } else if (n instanceof Node.Assign a) {
      if (a.target() instanceof MemberSelectTree m) {
        give(m.getExpression(), Context.PREFIX, n);
      }
      if (a.value() != null && a.tree() instanceof AssignmentTree) {
        give(a.value(), storeContext(a.place()), n);
      }
    } else if (n instanceof Node.LoopIterator it && !it.advance()) {
      give(it.tree().getExpression(), Context.BORROW, n);
    } else if (n instanceof Node.Invoke i) {
      Contract c = body.contracts().of(i.method());
      ExpressionTree select = i.tree().getMethodSelect();
      Tree receiver = select instanceof MemberSelectTree m ? m.getExpression() : select;
      give(receiver, switch (c.receiver()) {
        case CONSUMES -> Context.MOVE_CONSUME;
        case MUT -> Context.RESERVE;
        default -> Context.BORROW;
      }, n);
      arguments(c, i.tree().getArguments(), n);
      if (body.spawnPoints().isSpawnPoint(i.method())) {
        spawned(i.tree().getArguments(), i.tree(), n);
      }
    } else if (n instanceof Node.New nw) {
      if (nw.constructor() != null) {
        arguments(body.contracts().of(nw.constructor()), nw.tree().getArguments(), n);
        for (ExpressionTree wrapped : wrappedBorrows(nw)) {
          // A decorator reads or writes the stream it wraps: it borrows it mutably, and a
          // shared borrow cannot be wrapped (E0596), as it cannot be read directly.
          give(wrapped, nodes.get(strip(wrapped)) instanceof Node.Ref ? Context.MUT_BORROW
              : Context.READ, n);
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
        give(r.expression(), returnsBorrow() ? Context.BORROW_RETURN : Context.MOVE_RETURN, n);
      }
    } else if (n instanceof Node.Throw t) {
      give(t.expression(), Context.MOVE_THROW, n);
    } else if (n instanceof Node.NewArray na && na.tree().getInitializers() != null) {
      for (ExpressionTree e : na.tree().getInitializers()) {
        give(e, Context.MOVE_ESCAPE, n);
      }
    }
  }

  /**
   * The code a node makes a closure of, whose captures it borrows (or owns, spawned): a lambda
   * or method reference, an anonymous class's body, or a local class instantiated here; null
   * for any other node.
   */
  private Tree closureOf(Node n) {
    if (n instanceof Node.Closure) {
      return n.tree();
    }
    if (n instanceof Node.New nw) {
      if (nw.tree().getClassBody() != null) {
        return nw.tree().getClassBody();
      }
      if (nw.constructor() != null
          && nw.constructor().getEnclosingElement() instanceof TypeElement cls
          && (cls.getNestingKind() == NestingKind.LOCAL
              || cls.getNestingKind() == NestingKind.MEMBER
                  && !cls.getModifiers().contains(Modifier.STATIC)
                  && nw.tree().getEnclosingExpression() == null)) {
        // Its methods use what it captures; an inner class's, what it uses of `this`.
        return body.trees().getTree(cls);
      }
    }
    return null;
  }

  /** Closures among a spawn point's arguments run on another thread. */
  private void spawned(List<? extends ExpressionTree> args, Tree call, Node consumer) {
    for (ExpressionTree arg : args) {
      for (Tree leaf : leaves(arg)) {
        if (leaf instanceof LambdaExpressionTree
            || leaf instanceof NewClassTree && closureOf(nodes.get(leaf)) != null) {
          spawnedBy.put(leaf, call);
        } else if (leaf instanceof MemberReferenceTree ref) {
          spawnedBy.put(leaf, call);
          give(ref.getQualifierExpression(), Context.MOVE_CAPTURE, consumer);
        }
      }
    }
  }

  private void arguments(Contract c, List<? extends ExpressionTree> args, Node consumer) {
    for (int k = 0; k < args.size(); k++) {
      give(args.get(k), switch (c.param(k)) {
        case OWNED -> Context.MOVE_ARGUMENT;
        case MUT -> isMutableReference(args.get(k)) ? Context.RESERVE : Context.MUT_BORROW;
        case SHARED -> Context.BORROW;
      }, consumer);
    }
  }

  /**
   * A @Mut parameter or local: passed on to a @Mut parameter it is reborrowed implicitly, which
   * rustc makes two-phase ({@code foo(x, x.len())} with {@code x: &mut V} is accepted), unlike
   * an owner lent mutably ({@code foo(&mut v, v.len())}, E0502).
   */
  private boolean isMutableReference(ExpressionTree arg) {
    return nodes.get(strip(arg)) instanceof Node.Ref r && r.place().isRoot()
        && r.place().root() instanceof VariableElement v
        && (mutableHolders.contains(v) || v.getKind() == ElementKind.PARAMETER
            && body.mutParameter(v));
  }

  /** What storing a value into local {@code v} does to it. */
  private Context holderContext(VariableElement v) {
    if (Annotations.has(v, Annotations.BORROWED)) {
      return Context.BORROW;
    }
    if (Annotations.has(v, Annotations.MUT)) {
      return Context.MUT_BORROW;
    }
    // An untracked local is an alias the checker does not follow: the owner keeps its value.
    return tracking.isTracked(v) ? Context.MOVE_ASSIGN : Context.READ;
  }

  private Context storeContext(Place target) {
    if (target == null) {
      return Context.MOVE_ESCAPE; // an array element
    }
    if (target.isRoot() && Tracking.isLocal(target.root())) {
      return holderContext((VariableElement) target.root());
    }
    VariableElement field = target.isRoot() ? (VariableElement) target.root()
        : target.fields().get(target.fields().size() - 1);
    boolean isStatic = field.getModifiers().contains(Modifier.STATIC);
    return tracking.isTracked(field) && !isStatic ? Context.MOVE_STORE : Context.MOVE_ESCAPE;
  }

  /** Gives {@code c} to the expressions whose value {@code e} yields. */
  private void give(Tree e, Context c, Node consumer) {
    switch (e.getKind()) {
      case PARENTHESIZED -> give(((ParenthesizedTree) e).getExpression(), c, consumer);
      case TYPE_CAST -> {
        ExpressionTree inner = ((TypeCastTree) e).getExpression();
        if (c.moveKind() != null) {
          castIntoMove.add(strip(inner));
        }
        give(inner, c, consumer);
      }
      case CONDITIONAL_EXPRESSION -> {
        ConditionalExpressionTree ce = (ConditionalExpressionTree) e;
        give(ce.getTrueExpression(), c, consumer);
        give(ce.getFalseExpression(), c, consumer);
      }
      case SWITCH_EXPRESSION -> {
        for (ExpressionTree result : results((SwitchExpressionTree) e)) {
          give(result, c, consumer);
        }
      }
      default -> {
        ExpressionTree through = passedThrough(e);
        if (through != null) {
          give(through, c, consumer);
          return;
        }
        contexts.put(e, c);
        consumers.put(new Copy(e, graph.instanceOf(consumer)), consumer);
      }
    }
  }

  /**
   * The argument a {@code @PassThrough} call hands back ({@code x} of {@code
   * Objects.requireNonNull(x)}), which is its value as parentheses are; else null. The call is
   * evaluated before its consumer, which then takes the argument, overriding the borrow the
   * call alone would make of it.
   */
  private ExpressionTree passedThrough(Tree e) {
    return nodes.get(e) instanceof Node.Invoke i
        && body.contracts().of(i.method()).result() == Contract.Result.ARGUMENT
        ? i.tree().getArguments().get(0) : null;
  }

  /** The values a switch expression can yield: rule expressions and its own yields. */
  private static List<ExpressionTree> results(SwitchExpressionTree s) {
    List<ExpressionTree> out = new ArrayList<>();
    TreeScanner<Void, Void> yields = new TreeScanner<>() {
      @Override
      public Void visitYield(YieldTree y, Void unused) {
        out.add(y.getValue());
        return null;
      }

      // Yields inside these belong to them.
      @Override
      public Void visitSwitchExpression(SwitchExpressionTree inner, Void unused) {
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree l, Void unused) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree k, Void unused) {
        return null;
      }
    };
    for (CaseTree c : s.getCases()) {
      if (c.getCaseKind() == CaseTree.CaseKind.RULE) {
        if (c.getBody() instanceof ExpressionTree e) {
          out.add(e);
        } else {
          yields.scan(c.getBody(), null);
        }
      } else {
        yields.scan(c.getStatements(), null);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- holders of borrows

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
                && (nodes.get(strip(d.source())) instanceof Node.Ref r && isFollowed(r.place())
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
        LocalStore store = localStore(n);
        if (store != null && tracking.isTracked(store.target())
            && !borrowHolders.contains(store.target())
            && (origin(store.value()) == Effect.Origin.BORROWED || readsStatic(store.value()))) {
          borrowHolders.add(store.target());
          if (isMutableBorrow(store.value())) {
            mutableHolders.add(store.target());
          }
          changed = true;
        }
      }
    }
  }

  /** Whether the value is (either arm of) a static field or an enum constant. */
  private boolean readsStatic(ExpressionTree value) {
    Tree e = strip(value);
    if (e instanceof ConditionalExpressionTree c) {
      return readsStatic(c.getTrueExpression()) || readsStatic(c.getFalseExpression());
    }
    return nodes.get(e) instanceof Node.Ref r && isStatic(r.place());
  }

  /** A value given to a local by its declaration or an assignment. */
  private record LocalStore(VariableElement target, ExpressionTree value) {}

  private static LocalStore localStore(Node n) {
    if (n instanceof Node.Declare d && d.kind() == Node.DeclKind.LOCAL && d.source() != null) {
      return new LocalStore(d.variable(), d.source());
    }
    if (n instanceof Node.Assign a && a.tree() instanceof AssignmentTree && a.place() != null
        && a.place().isRoot() && Tracking.isLocal(a.place().root())) {
      return new LocalStore((VariableElement) a.place().root(), a.value());
    }
    return null;
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
        LocalStore store = localStore(n);
        VariableElement target = n instanceof Node.Declare d && d.kind() == Node.DeclKind.FOREACH
            ? d.variable()
            : store != null && (isLent(store.value()) || isTrackedAlias(store.value()))
                ? store.target() : null;
        if (target != null && !tracking.isTracked(target) && lentLocals.add(target)) {
          changed = true;
        }
      }
    }
  }

  /**
   * Whether an untracked expression's value is lent to the method: a tracked value cast or
   * matched out of it is a borrow, not a new owner.
   */
  private boolean isLent(ExpressionTree value) {
    Tree e = strip(value);
    if (e instanceof ArrayAccessTree a) {
      return isLent(a.getExpression());
    }
    if (e instanceof ConditionalExpressionTree c) {
      return isLent(c.getTrueExpression()) || isLent(c.getFalseExpression());
    }
    Node n = nodes.get(e);
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
    if (!r.place().isRoot() && tracking.isTracked(v)) {
      return false; // a field of a tracked value is that value's, checked as such
    }
    return isLentParameter(Place.of(v)) || lentLocals.contains(v)
        // what a closure captures it borrows, unless the body runs on another thread
        || !declared.contains(v) && Tracking.isLocal(v) && !tracking.isTracked(v);
  }

  /**
   * A decorator over a borrow closed, returned, thrown, or passed to an {@code @Owned}
   * parameter of the user's own code (a collection that keeps it only borrows it as well).
   */
  private boolean isWrapperGivenAway(Node.Ref r) {
    if (!wrapperCarriers.contains(r.place().root())) {
      return false;
    }
    Context c = contexts.getOrDefault(r.tree(), Context.READ);
    if (c == Context.MOVE_ARGUMENT) {
      Node consumer = consumerOf(r);
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
    if (!castIntoMove.contains(value) || !(value instanceof ExpressionTree e) || !isLent(e)) {
      return false;
    }
    Context c = contexts.get(value);
    return c != null && c.handsOver() && (c != Context.MOVE_RETURN
        || body.method() != null && tracking.isTrackedType(body.method().getReturnType()));
  }

  /**
   * Whether the value is that of a tracked variable ({@code Object o = conn;}): the variable
   * keeps it (SPEC 3.1), so the untracked alias only lends it.
   */
  private boolean isTrackedAlias(ExpressionTree value) {
    return nodes.get(strip(value)) instanceof Node.Ref r && r.place().isRoot()
        && r.place().root() instanceof VariableElement v && Tracking.isLocal(v)
        && tracking.isTracked(v);
  }

  /**
   * Why the operand of a downcast ({@code (Circle) shape}) cannot be moved, when it is a
   * borrow: the cast is then a reborrow, as {@code downcast_ref} is in Rust; null otherwise.
   */
  private Effect.Why borrowingCast(ExpressionTree value) {
    ExpressionTree e = value;
    while (e instanceof ParenthesizedTree p) {
      e = p.getExpression();
    }
    if (!(e instanceof TypeCastTree cast)
        || !(nodes.get(strip(cast.getExpression())) instanceof Node.Ref r)
        || !isFollowed(r.place()) || !holdsTrackedValue(r.place())
        || !isBorrowedInput(r.place())) {
      return null;
    }
    Effect.Why why = illegalMove(r.place());
    return why != null && why.isBehindBorrow() ? why : null;
  }

  /** Whether a borrowed value grants mutation: a {@code @Mut} method's result, a mut holder. */
  private boolean isMutableBorrow(ExpressionTree value) {
    Tree e = strip(value);
    Node n = nodes.get(e);
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
  private List<ExpressionTree> wrappedBorrows(Node.New nw) {
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
  private boolean isBorrow(ExpressionTree value) {
    Node n = nodes.get(strip(value));
    if (n instanceof Node.New inner) {
      return !wrappedBorrows(inner).isEmpty();
    }
    if (!(n instanceof Node.Ref r) || !isFollowed(r.place()) || !holdsTrackedValue(r.place())) {
      return false;
    }
    if (r.place().isRoot() && borrowHolders.contains(r.place().root())) {
      return true;
    }
    Effect.Why why = illegalMove(r.place());
    return why != null && why.isBehindBorrow() && isBorrowedInput(r.place());
  }

  /** Whether the place is reached through a parameter or {@code this}: the caller's. */
  private static boolean isBorrowedInput(Place place) {
    return !(place.root() instanceof VariableElement v) || v.getKind() == ElementKind.PARAMETER;
  }

  /**
   * Untracked locals that receive a borrow: they are not checked themselves, but their reads
   * keep their borrows alive ({@code Iterator<Conn> it = conns.iterator()}).
   */
  private void findCarriers(List<Node> all) {
    for (Node n : all) {
      LocalStore store = localStore(n);
      if (store != null && !tracking.isTracked(store.target())
          && (!consumed.getOrDefault(n, List.of()).isEmpty()
              || !holderCopies(store.value()).isEmpty())) {
        carriers.add(store.target());
      } else if (n instanceof Node.Invoke i && !keptLoans(i).isEmpty()) {
        carriers.add(keeper(i));
      }
      if (store != null && !tracking.isTracked(store.target())
          && nodes.get(strip(store.value())) instanceof Node.New nw
          && !wrappedBorrows(nw).isEmpty()) {
        wrapperCarriers.add(store.target());
      }
    }
  }

  /** The values of holders taken on their way into a local (see {@link Effect.Lend}). */
  private void findLends(List<Node> all) {
    for (Node n : all) {
      LocalStore store = localStore(n);
      if (store != null) {
        for (Lent l : lents(store.value())) {
          lendsAt.computeIfAbsent(l.leaf(), k -> new ArrayList<>())
              .add(new Effect.Lend(l.holder(), n.tree(), l.leaf()));
        }
      }
    }
  }

  // ---------------------------------------------------------------- loans

  /** The loans each node starts, recorded under the node that consumes their value. */
  private void createLoans(Node n) {
    List<Loan> loans = new ArrayList<>();
    if (n instanceof Node.Ref r && isFollowed(r.place())) {
      Context c = contexts.getOrDefault(r.tree(), Context.READ);
      if ((c == Context.BORROW || c == Context.MUT_BORROW || c == Context.RESERVE)
          && holdsTrackedValue(r.place())) {
        loans.add(loan(r.place(), c != Context.BORROW, c == Context.RESERVE, r.tree(),
            consumerOf(n)));
      }
    } else if (n instanceof Node.Invoke i) {
      Contract c = body.contracts().of(i.method());
      if (c.result() == Contract.Result.BORROWED) {
        boolean mutable = c.receiver() == Contract.Receiver.MUT;
        for (int source : c.borrowSources()) {
          Place p = sourcePlace(i, source);
          if (p != null && isFollowed(p)) {
            loans.add(loan(p, mutable, false, sourceTree(i, source), consumerOf(n)));
          }
        }
      }
    } else if (n instanceof Node.Declare d && d.kind() == Node.DeclKind.BINDING
        && borrowHolders.contains(d.variable()) && d.source() != null
        && nodes.get(strip(d.source())) instanceof Node.Ref r && isFollowed(r.place())) {
      // `x instanceof Sub s` (or a case of a switch on x): s borrows x where it matched.
      loans.add(loan(r.place(), mutableHolders.contains(d.variable()), false, d.tree(), n));
    } else if (closureOf(n) != null && !spawnedBy.containsKey(n.tree())) {
      Tree closure = closureOf(n);
      Set<VariableElement> mutated = body.mutatedCaptures(closure);
      for (VariableElement v : body.captures(closure)) {
        if (tracking.isTracked(v)) {
          loans.add(loan(Place.of(v), mutated.contains(v), false, n.tree(), consumerOf(n)));
        }
      }
      Element self = enclosingClass();
      Node consumer = consumerOf(n);
      // Kept in a field of `this`, or handed to a method of `this` (`on("click", e -> ..)`).
      boolean storedInThis = consumer instanceof Node.Assign a && a.place() != null
          && a.place().isThis() || consumer instanceof Node.Invoke i && onThis(i);
      if (self != null && tracking.isTrackedThis(self) && !storedInThis) {
        // A closure that uses `this` borrows what it uses of it (rustc's closures capture
        // places); one kept in a field of `this` lives with it and borrows nothing.
        BodyContext.ThisUse use = body.thisUse(closure);
        if (use.whole()) {
          loans.add(loan(Place.of(self), use.wholeMutably() || !use.written().isEmpty(), false,
              n.tree(), consumer));
        } else {
          for (VariableElement f : use.read()) {
            loans.add(loan(Place.of(self).field(f), false, false, n.tree(), consumer));
          }
          for (VariableElement f : use.written()) {
            loans.add(loan(Place.of(self).field(f), true, false, n.tree(), consumer));
          }
        }
      }
    }
    if (!loans.isEmpty()) {
      created.put(n, loans);
      for (Loan l : loans) {
        consumed.computeIfAbsent(l.consumer(), k -> new ArrayList<>()).add(l);
      }
    }
  }

  /**
   * The node that takes the value {@code n} produces, in the same copy of the graph. A call
   * that returns a borrow of that value passes it on ({@code conns.stream().filter(..)} still
   * borrows {@code conns}): its own consumer takes it then.
   */
  private Node consumerOf(Node n) {
    int instance = graph.instanceOf(n);
    Tree value = n.tree();
    Node c = consumers.get(new Copy(value, instance));
    while (n instanceof Node.Invoke && c instanceof Node.Invoke outer && borrowsFrom(outer, value)
        || c instanceof Node.New decorator && wraps(decorator, value)) {
      value = c.tree();
      c = consumers.get(new Copy(value, instance));
    }
    return c;
  }

  /** Whether a decorator wraps the borrow {@code value} (see {@link #wrappedBorrows}). */
  private boolean wraps(Node.New decorator, Tree value) {
    for (ExpressionTree arg : wrappedBorrows(decorator)) {
      if (strip(arg) == value) {
        return true;
      }
    }
    return false;
  }

  /** Whether the call's result is a borrow of {@code value}, its receiver or an argument. */
  private boolean borrowsFrom(Node.Invoke call, Tree value) {
    Contract c = body.contracts().of(call.method());
    if (c.result() != Contract.Result.BORROWED) {
      return false;
    }
    for (int source : c.borrowSources()) {
      Tree t = source == Contract.THIS
          ? (call.tree().getMethodSelect() instanceof MemberSelectTree m ? m.getExpression() : null)
          : source < call.tree().getArguments().size() ? call.tree().getArguments().get(source)
              : null;
      if (t != null && strip((ExpressionTree) t) == value) {
        return true;
      }
    }
    return false;
  }

  private Loan loan(Place place, boolean mutable, boolean twoPhase, Tree at, Node consumer) {
    return new Loan(nextLoan++, place, mutable, twoPhase, at, consumer);
  }

  /** The expression a {@code @Borrowed} call borrows from, where rustc labels the borrow. */
  private Tree sourceTree(Node.Invoke i, int source) {
    if (source == Contract.THIS) {
      return i.tree().getMethodSelect() instanceof MemberSelectTree m ? m.getExpression()
          : i.tree();
    }
    return source < i.tree().getArguments().size() ? i.tree().getArguments().get(source)
        : i.tree();
  }

  /** The place a {@code @Borrowed} call's result borrows from: its receiver or an argument. */
  private Place sourcePlace(Node.Invoke i, int source) {
    Tree t;
    if (source == Contract.THIS) {
      ExpressionTree select = i.tree().getMethodSelect();
      t = select instanceof MemberSelectTree m ? m.getExpression() : select;
    } else if (source < i.tree().getArguments().size()) {
      t = i.tree().getArguments().get(source);
    } else {
      return null;
    }
    return nodes.get(strip((ExpressionTree) t)) instanceof Node.Ref r ? r.place() : null;
  }

  // ---------------------------------------------------------------- effects

  private List<Effect> effectsOf(Node n) {
    List<Effect> out = new ArrayList<>();
    if (n instanceof Node.Ref r) {
      reference(r, out);
    } else if (n instanceof Node.Declare d) {
      if (d.kind() == Node.DeclKind.BINDING) {
        // A binding borrows where it is declared: its loan starts before it holds it.
        for (Loan l : created.getOrDefault(n, List.of())) {
          out.add(new Effect.Borrow(l));
        }
      }
      declaration(d, out);
    } else if (n instanceof Node.Assign a) {
      assignment(a, out);
    } else if (n instanceof Node.ArrayRead a) {
      Context c = contexts.get(a.tree());
      if (c != null && c.moveKind() != null && tracking.isTrackedType(a.elementType())) {
        out.add(new Effect.IllegalMove(null, a.tree(), Effect.Why.ARRAY_ELEMENT));
      } else if (isLentCastIntoMove(a.tree())) {
        out.add(new Effect.IllegalMove(null, a.tree(), Effect.Why.BEHIND_BORROW));
      }
    } else if (closureOf(n) != null) {
      Tree closure = closureOf(n);
      Tree spawn = spawnedBy.get(n.tree());
      if (closure instanceof MemberReferenceTree ref) {
        consumingReference(ref, out);
      }
      if (spawn != null && closure instanceof MemberReferenceTree ref) {
        leakThroughReference(ref, out);
      } else if (spawn != null) {
        spawnedCaptures(n, closure, spawn, out);
      } else {
        Set<VariableElement> mutated = body.mutatedCaptures(closure);
        for (VariableElement v : body.captures(closure)) {
          if (tracking.isTracked(v)) {
            Place p = Place.of(v);
            out.add(new Effect.Use(p, n.tree(),
                mutated.contains(v) ? Effect.Access.MUT_BORROW : Effect.Access.BORROW));
            // A lambda's body reports its own mutations; a method reference has none.
            if (mutated.contains(v) && closure instanceof MemberReferenceTree
                && isSharedRoot(p)) {
              out.add(new Effect.IllegalMutation(p, p.display(), n.tree(), false));
            }
          }
        }
      }
    } else if (n instanceof Node.LoopIterator it) {
      if (it.advance()) {
        out.add(new Effect.Keep(Holder.of(it.tree()), it.tree()));
      } else {
        out.add(new Effect.Hold(Holder.of(it.tree()), consumed.getOrDefault(n, List.of()),
            holderCopies(it.tree().getExpression()), it.tree()));
      }
    } else if (n instanceof Node.ResourceClose rc) {
      resourceClose(rc, out);
    } else if (n instanceof Node.ComponentStore store && isFollowed(Place.of(store.parameter()))) {
      Place p = Place.of(store.parameter());
      Effect.Why why = illegalMove(p);
      out.add(why == null ? new Effect.Move(p, store.tree(), Effect.MoveKind.STORE, null)
          : new Effect.IllegalMove(p, store.tree(), why));
    } else if (n instanceof Node.ScopeEnd s) {
      for (VariableElement v : s.variables()) {
        out.add(new Effect.Drop(v, s.tree()));
      }
    } else if (n instanceof Node.Return r && r.expression() != null && returnsBorrow()) {
      returnBorrow(r, out);
    } else if (n instanceof Node.Return r && r.expression() != null) {
      escapingClosures(r.expression(), r.tree(), true, false, out);
    }
    if (n instanceof Node.Invoke i) {
      movedBorrow(i, out);
      invocation(i, out);
    } else if (n instanceof Node.New nw) {
      movedBorrow(nw, out);
      keepArguments(nw.tree().getArguments(), n, out);
    }
    if (!(n instanceof Node.Declare d && d.kind() == Node.DeclKind.BINDING)) {
      for (Loan l : created.getOrDefault(n, List.of())) {
        out.add(new Effect.Borrow(l));
      }
    }
    out.addAll(lendsAt.getOrDefault(n.tree(), List.of()));
    Set<Loan> handedOver = new HashSet<>();
    for (Effect e : out) {
      if (e instanceof Effect.Hold h) {
        handedOver.addAll(h.loans());
      }
    }
    List<Loan> endingHere = new ArrayList<>();
    for (Loan l : consumed.getOrDefault(n, List.of())) {
      if (!handedOver.contains(l)) {
        endingHere.add(l);
      }
    }
    // A loan nobody consumes (a value discarded by an expression statement) ends at once.
    for (Loan l : created.getOrDefault(n, List.of())) {
      if (l.consumer() == null) {
        endingHere.add(l);
      }
    }
    if (!endingHere.isEmpty()) {
      out.add(new Effect.EndLoans(endingHere, n.tree()));
    }
    return out;
  }

  /**
   * A closure that runs on another thread takes ownership of every owner it captures (Rust's
   * {@code move ||}); a borrow it captures would outlive what it borrows.
   */
  private void spawnedCaptures(Node n, Tree closure, Tree spawn, List<Effect> out) {
    if (closure instanceof MemberReferenceTree) {
      return; // `x::m` captures its qualifier, which was moved where it was evaluated
    }
    for (VariableElement v : body.captures(closure)) {
      if (!tracking.isTracked(v)) {
        continue;
      }
      Place p = Place.of(v);
      if (borrowHolders.contains(v)) {
        out.add(new Effect.Use(p, n.tree(), Effect.Access.READ));
        out.add(new Effect.SpawnCapture(v, n.tree(), spawn));
        continue;
      }
      Effect.Why why = illegalMove(p);
      if (why == null) {
        out.add(new Effect.Move(p, n.tree(), Effect.MoveKind.CAPTURE, null));
      } else {
        out.add(new Effect.IllegalMove(p, why.isBehindBorrow() ? spawn : n.tree(),
            why.isBehindBorrow() ? Effect.Why.ESCAPES : why));
        out.add(new Effect.Use(p, n.tree(), Effect.Access.READ));
      }
    }
    Element self = enclosingClass();
    if (self != null && !body.ownsThis() && reachesTrackedState(self, body.thisUse(closure))) {
      out.add(new Effect.IllegalMove(Place.of(self), spawn, Effect.Why.ESCAPES));
    }
  }

  /**
   * Whether what a closure uses of {@code this} reaches tracked values: any use in a tracked
   * class; in another class, a tracked field it reads or writes ({@code conn.send()} in a task
   * of a service that owns {@code conn}).
   */
  private boolean reachesTrackedState(Element self, BodyContext.ThisUse use) {
    if (tracking.isTrackedThis(self)) {
      return use.any();
    }
    if (!tracking.lends(self)) {
      return false;
    }
    for (VariableElement f : use.read()) {
      if (tracking.isTracked(f)) {
        return true;
      }
    }
    for (VariableElement f : use.written()) {
      if (tracking.isTracked(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Conn::close} as a {@code Consumer<Conn>}: the reference consumes the value that the
   * functional method only lends, E0507, as {@code x -> x.close()} is. A bound reference
   * ({@code conn::close}) is its qualifier's business.
   */
  private void consumingReference(MemberReferenceTree ref, List<Effect> out) {
    TreePath path = body.pathTo(ref);
    if (ref.getMode() != MemberReferenceTree.ReferenceMode.INVOKE || path == null
        || !(body.trees().getElement(path) instanceof ExecutableElement m)
        || m.getModifiers().contains(Modifier.STATIC)
        || body.contracts().of(m).receiver() != Contract.Receiver.CONSUMES
        || !(body.trees().getElement(new TreePath(path, ref.getQualifierExpression()))
            instanceof TypeElement)) {
      return;
    }
    ExecutableElement functional = BodyContext.functionalMethod(
        body.trees().getTypeMirror(path), m.getParameters().size() + 1);
    if (functional == null || body.contracts().of(functional).param(0) != Contract.Param.OWNED) {
      out.add(new Effect.IllegalMove(null, ref, Effect.Why.BEHIND_BORROW));
    }
  }

  /**
   * {@code pool.execute(conn::ping)}: the task owns {@code conn} and only calls {@code ping},
   * so nothing ever closes it.
   */
  private void leakThroughReference(MemberReferenceTree ref, List<Effect> out) {
    if (!(nodes.get(strip(ref.getQualifierExpression())) instanceof Node.Ref r)
        || !r.place().isRoot() || !(r.place().root() instanceof VariableElement v)
        || !tracking.isOwner(v) || !tracking.mustBeClosed(v.asType())
        || illegalMove(r.place()) != null) {
      return;
    }
    var path = body.pathTo(ref);
    if (path != null && body.trees().getElement(path) instanceof ExecutableElement m
        && body.contracts().of(m).receiver() != Contract.Receiver.CONSUMES) {
      out.add(new Effect.Leak(v, ref));
    }
  }

  /** The method a moved value goes into, named as users know it: {@code Vec.free}. */
  private String callee(Node.Ref r) {
    Node consumer = consumerOf(r);
    javax.lang.model.element.ExecutableElement m = consumer instanceof Node.Invoke i ? i.method()
        : consumer instanceof Node.New nw ? nw.constructor() : null;
    if (m == null) {
      return null;
    }
    String owner = m.getEnclosingElement().getSimpleName().toString();
    return m.getKind() == ElementKind.CONSTRUCTOR ? "new " + owner
        : owner + "." + m.getSimpleName();
  }

  private Element enclosingClass() {
    for (var p = body.path(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree) {
        return body.trees().getElement(p);
      }
    }
    return null;
  }

  private void reference(Node.Ref r, List<Effect> out) {
    Context c = contexts.getOrDefault(r.tree(), Context.READ);
    if (r.tree() instanceof IdentifierTree id && r.place().isRoot() && r.place().isThis()
        && c != Context.MOVE_CAPTURE && c != Context.MOVE_ESCAPE
        && id.getName().contentEquals("super")) { // last: it decodes the name
      // `super.close()` reaches the superclass's part of `this`, not the fields declared
      // here: those may already be closed, or be closed after it. (`super::m` handed to
      // another thread still lends all of `this`.)
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
      for (TypeMirror s = cls.getSuperclass(); s instanceof DeclaredType d;
          s = ((TypeElement) d.asElement()).getSuperclass()) {
        for (VariableElement f : ElementFilter.fieldsIn(d.asElement().getEnclosedElements())) {
          if (!f.getModifiers().contains(Modifier.STATIC) && tracking.isTracked(f)) {
            parts.add(self.field(f));
          }
        }
      }
    }
    return parts;
  }

  /** The effects of reading {@code place} where {@code r} reads (a part of) it. */
  private void reference(Node.Ref r, Place place, List<Effect> out) {
    if (!isFollowed(place)) {
      if (place.root() instanceof VariableElement v && carriers.contains(v)) {
        out.add(new Effect.Keep(Holder.of(v), r.tree()));
      }
      if (isLentCastIntoMove(r.tree())) {
        out.add(new Effect.IllegalMove(place, r.tree(), Effect.Why.BEHIND_BORROW));
      } else if (place.isRoot() && isWrapperGivenAway(r)) {
        out.add(new Effect.IllegalMove(place, r.tree(), Effect.Why.BEHIND_MUT_BORROW));
      }
      return;
    }
    Context c = contexts.getOrDefault(r.tree(), Context.READ);
    if (c.moveKind() != null && holdsTrackedValue(place)) {
      if (c == Context.MOVE_ASSIGN && (place.isRoot() && borrowHolders.contains(place.root())
          || isStatic(place))) {
        // copies the borrow; a static or an enum constant is lent to the local for good
        out.add(new Effect.Use(place, r.tree(), Effect.Access.READ));
        return;
      }
      Effect.Why why = illegalMove(place);
      if (why != null && why.isBehindBorrow()
          && (c == Context.MOVE_ESCAPE || c == Context.MOVE_CAPTURE)) {
        why = Effect.Why.ESCAPES;
      }
      if (why == Effect.Why.BEHIND_MUT_BORROW && !place.isRoot()
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
    if (access == Effect.Access.BORROW && !holdsTrackedValue(place)) {
      access = Effect.Access.READ; // passing an int field copies it
    }
    out.add(new Effect.Use(place, r.tree(), access));
    if (access.isMutable() && isSharedRoot(place)) {
      out.add(new Effect.IllegalMutation(place, place.display(), r.tree(), false));
    }
  }

  private void declaration(Node.Declare d, List<Effect> out) {
    VariableElement v = d.variable();
    if (tracking.isTracked(v)) {
      Effect.Origin origin = switch (d.kind()) {
        case PARAMETER -> body.ownsParameter(v)
            ? Effect.Origin.OWNED : Effect.Origin.BORROWED;
        case FOREACH -> Effect.Origin.BORROWED;
        case BINDING -> borrowHolders.contains(v) ? Effect.Origin.BORROWED : Effect.Origin.OWNED;
        case CATCH, RESOURCE -> Effect.Origin.OWNED;
        case LOCAL -> d.source() == null ? Effect.Origin.NONE
            : borrowHolders.contains(v) ? Effect.Origin.BORROWED : origin(d.source());
      };
      out.add(new Effect.Init(Place.of(v), d.tree(), origin));
    }
    if (d.kind() == Node.DeclKind.RESOURCE && d.source() != null
        && origin(d.source()) == Effect.Origin.BORROWED) {
      // `try (PrintWriter pw = new PrintWriter(out))`, `try (Conn c = pool.get(k))`: the
      // statement closes what the method only borrows.
      out.add(new Effect.IllegalMove(null, strip(d.source()), isMutableBorrow(d.source())
          ? Effect.Why.BEHIND_MUT_BORROW : Effect.Why.BEHIND_BORROW));
    }
    if (d.source() != null && d.kind() == Node.DeclKind.LOCAL) {
      hold(v, d.source(), d, out);
    } else if (d.kind() == Node.DeclKind.BINDING && created.containsKey(d)) {
      out.add(new Effect.Hold(Holder.of(v), created.get(d), List.of(), d.tree()));
    } else if (d.kind() == Node.DeclKind.FOREACH && d.source() != null) {
      EnhancedForLoopTree loop = loopOfIterable.get(d.source());
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
    if (place == null) {
      escapingBorrow(a, null, out); // an array element
      escapingClosures(a.value(), a.tree(), false, false, out);
      return;
    }
    boolean local = place.isRoot() && Tracking.isLocal(place.root());
    if (!local) {
      escapingBorrow(a, place, out);
      // A closure kept in a field of `this` lives with `this`: using `this` does not escape.
      escapingClosures(a.value(), a.tree(), false, place.isThis(), out);
    }
    if (isFollowed(place)) {
      if (a.value() == null || !(a.tree() instanceof AssignmentTree)) {
        out.add(new Effect.Init(place, a.tree(), Effect.Origin.NONE));
        mutation(place, a.tree(), out);
        return;
      }
      Effect.Origin origin = local && borrowHolders.contains(place.root())
          ? Effect.Origin.BORROWED : origin(a.value());
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
   * A borrow returned by a call and stored in a field, static or array element: E0521 where it
   * would outlive the method, E0507 into a tracked field. Borrowed places are caught where they
   * are read.
   */
  private void escapingBorrow(Node.Assign a, Place target, List<Effect> out) {
    if (a.value() == null || !(a.tree() instanceof AssignmentTree)) {
      return;
    }
    for (Tree leaf : leaves(a.value())) {
      if (isTemporaryBorrow(nodes.get(leaf))) {
        boolean tracked = target != null && storeContext(target) == Context.MOVE_STORE;
        out.add(tracked ? new Effect.IllegalMove(null, leaf, Effect.Why.BEHIND_BORROW)
            : new Effect.IllegalMove(null, a.tree(), Effect.Why.ESCAPES));
        return;
      }
    }
  }

  /**
   * A borrow returned by a call, or a decorator wrapping one, moved at once: passed to an
   * {@code @Owned} parameter, returned as an owned value, consumed or thrown ({@code
   * take(v.get(0))}, {@code return new PrintWriter(out)}). E0507, as the
   * same move out of a {@code @Borrowed} local would be. Stores are {@link #escapingBorrow}.
   */
  private void movedBorrow(Node n, List<Effect> out) {
    Context c = contexts.get(n.tree());
    if (c != null && c.handsOver() && isTemporaryBorrow(n)) {
      out.add(new Effect.IllegalMove(null, n.tree(), n instanceof Node.New
          ? Effect.Why.BEHIND_MUT_BORROW : Effect.Why.BEHIND_BORROW)); // decorators write
    }
  }

  /**
   * A borrow that no variable holds yet: the tracked result of a {@code @Borrowed} call (a
   * {@code String} from {@code Map.get} is no borrow to keep), or a decorator over a borrow.
   */
  private boolean isTemporaryBorrow(Node n) {
    return n instanceof Node.Invoke i
        && body.contracts().of(i.method()).result() == Contract.Result.BORROWED
        && tracking.isTrackedType(i.type())
        || n instanceof Node.New nw && !wrappedBorrows(nw).isEmpty();
  }

  /**
   * Closures among the values of {@code value} (lambdas, method references, anonymous classes
   * that are not handed to another thread) leave the method with their captures: stored where
   * they outlive it, or returned.
   */
  private void escapingClosures(ExpressionTree value, Tree at, boolean returned,
      boolean intoThis, List<Effect> out) {
    if (value == null) {
      return;
    }
    for (Tree leaf : leaves(value)) {
      Tree closure = closureOf(nodes.get(leaf));
      if (closure == null || spawnedBy.containsKey(leaf)) {
        continue;
      }
      for (VariableElement v : body.captures(closure)) {
        if (tracking.isTracked(v)) {
          out.add(new Effect.Escape(v, leaf, at, returned));
        }
      }
      Element self = enclosingClass();
      if (self != null && tracking.isTrackedThis(self) && !body.ownsThis() && !intoThis
          && body.thisUse(closure).any()) {
        out.add(new Effect.Escape(self, leaf, at, returned));
      }
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
    if (nodes.get(strip(e)) instanceof Node.Invoke i) {
      Contract c = body.contracts().of(i.method());
      return c.result() == Contract.Result.BORROWED && c.receiver() != Contract.Receiver.MUT
          && tracking.isTrackedType(i.type());
    }
    return false;
  }

  /** E0594 when a field is assigned through a shared borrow. */
  private void mutation(Place place, Tree at, List<Effect> out) {
    if (!place.isRoot() && isSharedRoot(place)) {
      out.add(new Effect.IllegalMutation(place, place.display(), at, true));
    }
  }

  /**
   * The loans a local takes over from its new value; what it copies from other holders arrives
   * through the {@link Effect.Lend}s where their values were taken.
   */
  private void hold(VariableElement v, ExpressionTree value, Node consumer, List<Effect> out) {
    out.add(new Effect.Hold(Holder.of(v), consumed.getOrDefault(consumer, List.of()), List.of(),
        consumer.tree()));
  }

  /** A holder whose value is taken at {@code leaf} of a bigger value. */
  private record Lent(Tree leaf, Holder holder) {}

  /**
   * Holders whose borrows {@code value} carries on, with where each is taken: a borrow copied
   * from another holder, or a borrowed result of a call on an untracked carrier ({@code
   * it.next()} borrows what {@code it} borrows).
   */
  private List<Lent> lents(ExpressionTree value) {
    List<Lent> lents = new ArrayList<>();
    for (Tree leaf : leaves(value)) {
      Node n = nodes.get(leaf);
      if (n instanceof Node.Ref r && r.place().isRoot()
          && r.place().root() instanceof VariableElement source && Tracking.isLocal(source)
          && (borrowHolders.contains(source) || carriers.contains(source))) {
        lents.add(new Lent(leaf, Holder.of(source)));
      } else if (n instanceof Node.Invoke i) {
        Contract c = body.contracts().of(i.method());
        if (c.result() == Contract.Result.BORROWED) {
          for (int source : c.borrowSources()) {
            Place p = sourcePlace(i, source);
            if (p != null && !isFollowed(p) && p.root() instanceof VariableElement v
                && Tracking.isLocal(v)) {
              lents.add(new Lent(leaf, Holder.of(v)));
            }
          }
        }
      }
    }
    return lents;
  }

  /** The holders {@code value} copies borrows from, wherever it takes them. */
  private List<Holder> holderCopies(ExpressionTree value) {
    return lents(value).stream().map(Lent::holder).toList();
  }

  /**
   * The untracked local whose call takes ownership of an argument ({@code tasks.add(..)}, an
   * {@code @Owned} parameter): it keeps the value, so it keeps what the value borrows. Null
   * for any other call.
   */
  private VariableElement keeper(Node.Invoke i) {
    return i.tree().getMethodSelect() instanceof MemberSelectTree m
        && nodes.get(strip(m.getExpression())) instanceof Node.Ref r && r.place().isRoot()
        && r.place().root() instanceof VariableElement v && Tracking.isLocal(v)
        && !tracking.isTracked(v) ? v : null;
  }

  /**
   * The loans of closures given to a keeper's {@code @Owned} parameters: they last while the
   * keeper does ({@code tasks.add(() -> c.send())} borrows {@code c} for as long as
   * {@code tasks} is used, as {@code v.push(Box::new(|| c.send()))} does in Rust).
   */
  private List<Loan> keptLoans(Node.Invoke i) {
    List<Loan> loans = consumed.getOrDefault(i, List.of());
    if (loans.isEmpty() || keeper(i) == null) {
      return List.of();
    }
    Contract c = body.contracts().of(i.method());
    List<? extends ExpressionTree> args = i.tree().getArguments();
    Set<Tree> closures = new HashSet<>();
    for (int k = 0; k < args.size(); k++) {
      if (c.param(k) == Contract.Param.OWNED) {
        for (Tree leaf : leaves(args.get(k))) {
          if (closureOf(nodes.get(leaf)) != null) {
            closures.add(leaf);
          }
        }
      }
    }
    List<Loan> kept = new ArrayList<>();
    for (Loan l : loans) {
      if (closures.contains(l.at())) {
        kept.add(l);
      }
    }
    return kept;
  }

  /**
   * A closure given to an {@code @Owned} parameter of a call on a field, a static or a
   * parameter ({@code listeners.add(() -> c.send())}) is kept where it outlives the method, as
   * one stored there directly is. Listeners over {@code this} are left to the class, as those
   * stored in its fields are.
   */
  private void keptOutside(Node.Invoke i, List<Effect> out) {
    if (!onThis(i) && (!(i.tree().getMethodSelect() instanceof MemberSelectTree m)
        || !(nodes.get(strip(m.getExpression())) instanceof Node.Ref r)
        || r.place().root() instanceof VariableElement v && Tracking.isLocal(v)
            && v.getKind() != ElementKind.PARAMETER)) {
      return;
    }
    Contract c = body.contracts().of(i.method());
    List<? extends ExpressionTree> args = i.tree().getArguments();
    for (int k = 0; k < args.size(); k++) {
      if (c.param(k) == Contract.Param.OWNED) {
        escapingClosures(args.get(k), i.tree(), false, true, out);
      }
    }
  }

  /** A call of an instance method on {@code this}, named with or without it. */
  private boolean onThis(Node.Invoke i) {
    ExpressionTree select = i.tree().getMethodSelect();
    return !i.method().getModifiers().contains(Modifier.STATIC)
        && (select instanceof IdentifierTree || select instanceof MemberSelectTree m
            && nodes.get(strip(m.getExpression())) instanceof Node.Ref r && r.place().isRoot()
            && !(r.place().root() instanceof VariableElement));
  }

  private void invocation(Node.Invoke i, List<Effect> out) {
    ExpressionTree sel = i.tree().getMethodSelect();
    if (sel instanceof MemberSelectTree ms && isSharedResult(ms.getExpression())
        && body.contracts().of(i.method()).receiver() == Contract.Receiver.MUT) {
      out.add(new Effect.IllegalMutation(null, ms.getExpression().toString(),
          ms.getExpression(), false));
    }
    for (Loan l : consumed.getOrDefault(i, List.of())) {
      if (l.twoPhase()) {
        out.add(new Effect.Activate(l, i.tree()));
      }
    }
    List<Loan> kept = keptLoans(i);
    if (!kept.isEmpty()) {
      VariableElement keeper = keeper(i);
      out.add(new Effect.Hold(Holder.of(keeper), kept, List.of(Holder.of(keeper)), i.tree())); // added to its own
    }
    keptOutside(i, out);
    keepArguments(i.tree().getArguments(), i, out);
    ExpressionTree select = i.tree().getMethodSelect();
    if (select instanceof MemberSelectTree m) {
      keepArguments(List.of(m.getExpression()), i, out);
    }
  }

  /** Holders passed into a call stay live until the call: their borrows cover it. */
  private void keepArguments(List<? extends ExpressionTree> args, Node call, List<Effect> out) {
    for (ExpressionTree arg : args) {
      for (Tree leaf : leaves(arg)) {
        if (nodes.get(leaf) instanceof Node.Ref r && r.place().root() instanceof VariableElement v
            && Tracking.isLocal(v)) {
          out.add(new Effect.Keep(Holder.of(v), call.tree()));
        }
      }
    }
  }

  private void resourceClose(Node.ResourceClose rc, List<Effect> out) {
    Place p = rc.resource();
    if (p.root() instanceof VariableElement v && v.getKind() == ElementKind.RESOURCE_VARIABLE) {
      out.add(new Effect.Drop(v, rc.tree())); // closed: borrows of it end with it
    } else if (isFollowed(p) && holdsTrackedValue(p)) {
      // `try (conn)` consumes an existing variable: it cannot be used afterwards, and it must
      // be the method's to close.
      Effect.Why why = illegalMove(p);
      out.add(why == null ? new Effect.Move(p, rc.tree(), Effect.MoveKind.CONSUME, null)
          : new Effect.IllegalMove(p, rc.tree(), why));
    } else if (p.isRoot() && wrapperCarriers.contains(p.root())) {
      out.add(new Effect.IllegalMove(p, rc.tree(), Effect.Why.BEHIND_MUT_BORROW));
    }
  }

  private void returnBorrow(Node.Return r, List<Effect> out) {
    if (body.contracts().of(body.method()).borrowSources().isEmpty()) {
      return; // E0106 or J0004 on the declaration: no contract to check against
    }
    List<Place> places = new ArrayList<>();
    List<Loan> loans = new ArrayList<>(consumed.getOrDefault(r, List.of()));
    boolean temporary = false;
    for (Tree leaf : leaves(r.expression())) {
      Node n = nodes.get(leaf);
      if (n instanceof Node.Ref ref) {
        if (isFollowed(ref.place())) {
          places.add(ref.place());
          if (ref.place().isRoot() && ref.place().root() instanceof VariableElement v
              && declared.contains(v) && !borrowHolders.contains(v)
              && v.getKind() != ElementKind.PARAMETER) {
            // E0515 is the error; the value leaves with the return, it does not leak too.
            out.add(new Effect.Move(ref.place(), ref.tree(), Effect.MoveKind.RETURN, null));
          }
        }
      } else if (n instanceof Node.Invoke i) {
        temporary |= borrowsTemporary(i);
      } else if (n instanceof Node.New && closureOf(n) == null) {
        temporary = true; // an instance of an anonymous or local class is a closure, not that
      }
    }
    out.add(new Effect.ReturnBorrow(places, loans, temporary, r.tree()));
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
      Node n = nodes.get(strip((ExpressionTree) t));
      if (n instanceof Node.New || n instanceof Node.Invoke inner && borrowsTemporary(inner)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The expressions whose value {@code e} may be, through parentheses, casts, choices and
   * pass-through calls.
   */
  private List<Tree> leaves(ExpressionTree e) {
    List<Tree> out = new ArrayList<>();
    collectLeaves(e, out);
    return out;
  }

  private void collectLeaves(ExpressionTree e, List<Tree> out) {
    switch (e.getKind()) {
      case PARENTHESIZED -> collectLeaves(((ParenthesizedTree) e).getExpression(), out);
      case TYPE_CAST -> collectLeaves(((TypeCastTree) e).getExpression(), out);
      case CONDITIONAL_EXPRESSION -> {
        collectLeaves(((ConditionalExpressionTree) e).getTrueExpression(), out);
        collectLeaves(((ConditionalExpressionTree) e).getFalseExpression(), out);
      }
      case SWITCH_EXPRESSION -> {
        for (ExpressionTree r : results((SwitchExpressionTree) e)) {
          collectLeaves(r, out);
        }
      }
      default -> {
        ExpressionTree through = passedThrough(e);
        if (through != null) {
          collectLeaves(through, out);
        } else {
          out.add(e);
        }
      }
    }
  }

  // ---------------------------------------------------------------- ownership facts

  private boolean returnsBorrow() {
    return body.method() != null
        && body.contracts().of(body.method()).result() == Contract.Result.BORROWED;
  }

  /** Whether the checker follows a place at all: a tracked root or a tracked field on the way. */
  private boolean isFollowed(Place place) {
    Element root = place.root();
    if (root instanceof VariableElement v) {
      if (tracking.isTracked(v)) {
        return true;
      }
    } else if (tracking.isTrackedThis(root)) {
      return true;
    }
    for (VariableElement f : place.fields()) {
      if (tracking.isTracked(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A parameter of an untracked type that the caller only lends ({@code Object other} of
   * {@code equals}): a tracked value cast or matched out of it is a borrow too, not a new owner.
   */
  private boolean isLentParameter(Place place) {
    return place.isRoot() && place.root() instanceof VariableElement v
        && v.getKind() == ElementKind.PARAMETER && declared.contains(v)
        && !tracking.isTracked(v) && !body.ownsParameter(v);
  }

  /** Whether the value in the place is tracked, so that taking it moves it. */
  private boolean holdsTrackedValue(Place place) {
    if (!place.fields().isEmpty()) {
      return tracking.isTracked(place.fields().get(place.fields().size() - 1));
    }
    Element root = place.root();
    return root instanceof VariableElement v ? tracking.isTracked(v)
        : tracking.isTrackedThis(root);
  }

  /** Why moving out of {@code place} is forbidden whatever the flow, or null. */
  /**
   * A place in a static field or an enum constant: the whole program shares it, so a local it
   * is given to only borrows it (Rust's {@code &'static}), and nothing may move out of it.
   */
  private static boolean isStatic(Place place) {
    return place.root() instanceof VariableElement v && !Tracking.isLocal(v);
  }

  private Effect.Why illegalMove(Place place) {
    Element root = place.root();
    if (!(root instanceof VariableElement v)) {
      // A constructor's `this` is mutable, as a @Mut method's (SPEC 3.3), and so is that of a
      // class that is not tracked, whose methods say nothing of `this`.
      return body.ownsThis() ? null
          : body.method() != null
              && (body.contracts().of(body.method()).receiver() == Contract.Receiver.MUT
                  || body.method().getKind() == ElementKind.CONSTRUCTOR)
              || !tracking.isTrackedThis(root)
              ? Effect.Why.BEHIND_MUT_BORROW : Effect.Why.BEHIND_BORROW;
    }
    if (isStatic(place)) {
      return Effect.Why.STATIC;
    }
    if (v.getKind() == ElementKind.RESOURCE_VARIABLE) {
      return Effect.Why.RESOURCE;
    }
    if (!declared.contains(v)) {
      return body.ownsCaptures() ? null : Effect.Why.CAPTURED;
    }
    if (v.getKind() == ElementKind.PARAMETER && !body.ownsParameter(v)) {
      return body.mutParameter(v) ? Effect.Why.BEHIND_MUT_BORROW
          : Effect.Why.BEHIND_BORROW;
    }
    if (borrowHolders.contains(v)) {
      return mutableHolders.contains(v) ? Effect.Why.BEHIND_MUT_BORROW
          : Effect.Why.BEHIND_BORROW;
    }
    return null;
  }

  /**
   * Whether {@code place} is reached through a shared borrow, so it cannot be mutated:
   * {@code this} in a method without {@code @Mut}, a parameter that is neither {@code @Owned}
   * nor {@code @Mut}, a shared holder.
   */
  private boolean isSharedRoot(Place place) {
    Element root = place.root();
    if (!(root instanceof VariableElement v)) {
      // `this` of the method it belongs to, also seen from a lambda or an anonymous class in it.
      ExecutableElement m = tracking.isTrackedThis(root) ? body.methodOfThis(root) : null;
      return m != null && m.getKind() != ElementKind.CONSTRUCTOR
          && body.contracts().of(m).receiver() == Contract.Receiver.SHARED;
    }
    if (!Tracking.isLocal(v)) {
      return false;
    }
    if (!declared.contains(v)) {
      // Captured by a closure: a shared borrow stays one inside it.
      return !body.ownsCaptures() && (Annotations.has(v, Annotations.BORROWED)
          || v.getKind() == ElementKind.PARAMETER && isSharedParameter(v));
    }
    if (v.getKind() == ElementKind.PARAMETER) {
      return isSharedParameter(v);
    }
    return borrowHolders.contains(v) && !mutableHolders.contains(v);
  }

  private boolean isSharedParameter(VariableElement v) {
    return tracking.isTracked(v) && !body.ownsParameter(v) && !body.mutParameter(v);
  }

  /** What the holder of the value of {@code e} owns. */
  private Effect.Origin origin(ExpressionTree e) {
    switch (e.getKind()) {
      case PARENTHESIZED -> {
        return origin(((ParenthesizedTree) e).getExpression());
      }
      case TYPE_CAST -> {
        return origin(((TypeCastTree) e).getExpression());
      }
      case NULL_LITERAL -> {
        return Effect.Origin.NULL;
      }
      case CONDITIONAL_EXPRESSION -> {
        ConditionalExpressionTree c = (ConditionalExpressionTree) e;
        return join(origin(c.getTrueExpression()), origin(c.getFalseExpression()));
      }
      case SWITCH_EXPRESSION -> {
        Effect.Origin o = Effect.Origin.NULL;
        for (ExpressionTree r : results((SwitchExpressionTree) e)) {
          o = join(o, origin(r));
        }
        return o;
      }
      case ASSIGNMENT -> {
        return origin(((AssignmentTree) e).getExpression());
      }
      case METHOD_INVOCATION -> {
        ExpressionTree through = passedThrough(e);
        if (through != null) {
          return origin(through);
        }
        Node n = nodes.get(e);
        if (n instanceof Node.Invoke i
            && body.contracts().of(i.method()).result() == Contract.Result.BORROWED) {
          return Effect.Origin.BORROWED;
        }
        return n instanceof Node.Invoke i && !holdsResource(i.method().getReturnType())
            ? Effect.Origin.RESOURCE_FREE : Effect.Origin.OWNED;
      }
      case NEW_CLASS -> {
        if (nodes.get(e) instanceof Node.New nw && !wrappedBorrows(nw).isEmpty()) {
          return Effect.Origin.BORROWED;
        }
        return nodes.get(e) instanceof Node.New nw && nw.constructor() != null
            && !holdsResource(nw.constructor().getEnclosingElement().asType())
            ? Effect.Origin.RESOURCE_FREE : Effect.Origin.OWNED;
      }
      case ARRAY_ACCESS -> {
        // E0508 was reported where it was read, unless the array itself is lent
        return isLent(e) ? Effect.Origin.BORROWED : Effect.Origin.NONE;
      }
      default -> {
        Node n = nodes.get(e);
        if (isLent(e)) {
          return Effect.Origin.BORROWED; // `(Conn) other` in equals(Object other)
        }
        if (n instanceof Node.Ref r && isFollowed(r.place()) && holdsTrackedValue(r.place())) {
          if (r.place().isRoot() && borrowHolders.contains(r.place().root())) {
            return Effect.Origin.BORROWED;
          }
          if (illegalMove(r.place()) != null) {
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

  /** {@code e} without parentheses, casts and pass-through calls around it. */
  private Tree strip(ExpressionTree e) {
    while (true) {
      ExpressionTree inner = e instanceof ParenthesizedTree p ? p.getExpression()
          : e instanceof TypeCastTree t ? t.getExpression() : passedThrough(e);
      if (inner == null) {
        return e;
      }
      e = inner;
    }
  }
}
