package dev.jborrow.processor.check.leaks;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.dataflow.BitSetAnalysis;
import dev.jborrow.processor.dataflow.Direction;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.ConstructorArguments;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.lower.BodyContext;
import dev.jborrow.processor.model.SameValue;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Maybe-owned resources, forward: the closeable owners that may still hold an unclosed value.
 * Closing, moving or consuming empties an owner, and so does a {@code null} test on the branch
 * where it is null. Paths that leave by an unchecked exception carry nothing, as in the Checker
 * Framework's Resource Leak Checker; a {@code throw} or a checked exception does. The state is
 * one bit per owner; which acquisitions a leaked value may come from is asked only when a leak
 * is reported ({@link LeakChecker}).
 */
public final class ResourceAnalysis extends BitSetAnalysis {

  private final BodyContext context;
  private final Types types;
  /** Whether an edge is taken by an unchecked exception from a call, which is not followed. */
  private final Predicate<Edge> uncheckedFromCall;
  /** The variables already asked whether they own a resource (elements: equal if the same). */
  private final Set<VariableElement> asked =
      Collections.newSetFromMap(new IdentityHashMap<>(16));
  /** What the null tests name: built for the first test, most bodies having none. */
  private Map<Tree, Place> refs;
  private final Map<VariableElement, Integer> index = new IdentityHashMap<>(4);
  private final List<VariableElement> owners = new ArrayList<>();
  private final Set<Edge> ignored = Collections.newSetFromMap(new IdentityHashMap<>(8));
  /** The tables of this class are sized small: one analysis per body, most with no owner. */
  private final Map<Edge, Integer> nullOn = new IdentityHashMap<>(4);
  /** Moves into the arguments of a {@code new}: read only where some variable owns a resource. */
  private final ConstructorArguments intoConstructors;

  public ResourceAnalysis(BodyContext context, BodyEffects body,
      ConstructorArguments intoConstructors, Types types, Predicate<Edge> uncheckedFromCall) {
    super(body);
    this.context = context;
    this.intoConstructors = intoConstructors;
    this.types = types;
    this.uncheckedFromCall = uncheckedFromCall;
    for (Effect e : body.all()) {
      VariableElement v = e.match(FILLED);
      if (v != null && !index.containsKey(v) && asked.add(v) && isResourceOwner(v)) {
        index.put(v, owners.size());
        owners.add(v);
      }
    }
    if (!owners.isEmpty()) {
      readEdges();
    }
  }

  /** The place each reference names, by its tree, for a null test of it. */
  private Map<Tree, Place> refs() {
    if (refs == null) {
      refs = new IdentityHashMap<>();
      for (Block b : body.graph().blocks()) {
        for (Node n : b.nodes()) {
          if (n instanceof Node.Ref r) {
            refs.put(r.tree(), r.place());
          } else if (n instanceof Node.Assign a && a.place() != null) {
            refs.put(a.tree(), a.place()); // `(c = next()) != null` tests what it assigns
          }
        }
      }
    }
    return refs;
  }

  /** A move into an argument of a {@code new}, which an exception from it undoes. */
  boolean isConstructorArgument(Effect.Move m) {
    return intoConstructors.contains(m) && ownerMoved(m) >= 0;
  }

  /** The bit of the owner {@code m} moves as a whole, or -1. */
  private int ownerMoved(Effect.Move m) {
    return m.place().isRoot() && m.place().root() instanceof VariableElement v ? bit(v) : -1;
  }

  /** The bit that says owner {@code bit} went into a constructor that has not returned yet. */
  private int pending(int bit) {
    return owners.size() + bit;
  }

  /** The bit that says owner {@code bit}'s value is being returned: a {@code return} took it. */
  private int returning(int bit) {
    return 2 * owners.size() + bit;
  }

  /**
   * The bit that says the value owner {@code bit} was returning is lost: a {@code finally} block
   * or a try-with-resources close threw after the {@code return}, and Java discards the value
   * the method was about to hand back (JLS 14.20.2), still open.
   */
  int lostReturn(int bit) {
    return 3 * owners.size() + bit;
  }

  /** Whether the body has any owner of a resource: if not, there is nothing to analyse. */
  boolean hasOwners() {
    return !owners.isEmpty();
  }

  /** How many owners there are: their bits come first in a state. */
  int ownerCount() {
    return owners.size();
  }

  VariableElement owner(int bit) {
    return owners.get(bit);
  }

  /** The bit of an owner, or -1 for a variable that owns no resource. */
  int bit(VariableElement v) {
    Integer i = index.get(v);
    return i == null ? -1 : i;
  }

  /** A variable whose value must be closed: a closeable owner the block it lives in ends. */
  public boolean isResourceOwner(VariableElement v) {
    ElementKind k = v.getKind();
    boolean owner = k == ElementKind.LOCAL_VARIABLE || k == ElementKind.PARAMETER
        || k.name().equals("BINDING_VARIABLE");
    return owner && context.tracking().isOwner(v)
        && (context.tracking().mustBeClosed(v.asType()) || context.tracking().ownsByValue(v));
  }


  @Override
  public Direction direction() {
    return Direction.FORWARD;
  }



  @Override
  public void visitInit(Effect.Init i, BitSet state) {
    if (i.place().isRoot() && i.place().root() instanceof VariableElement v) {
      set(bit(v), i.origin() == Effect.Origin.OWNED, state);
      clearPending(bit(v), state);
    }
  }

  @Override
  public void visitMove(Effect.Move m, BitSet state) {
    if (m.place().isRoot() && m.place().root() instanceof VariableElement v) {
      int bit = bit(v);
      if (bit >= 0 && intoConstructors.contains(m)) {
        state.set(pending(bit), state.get(bit));
      }
      if (bit >= 0) {
        boolean returned = m.kind() == Effect.MoveKind.RETURN && state.get(bit);
        state.set(returning(bit), returned);
        state.clear(lostReturn(bit)); // closed or handed on after all
      }
      set(bit, false, state);
    }
  }

  @Override
  public void visitDrop(Effect.Drop d, BitSet state) {
    set(bit(d.variable()), false, state);
    clearPending(bit(d.variable()), state);
  }

  private void clearPending(int bit, BitSet state) {
    if (bit >= 0) {
      state.clear(pending(bit));
    }
  }

  private static void set(int bit, boolean owns, BitSet state) {
    if (bit >= 0) {
      state.set(bit, owns);
    }
  }

  // Only a new value, a move and the end of scope change what a variable owns: a use or a
  // borrow leaves the resource where it is, and an illegal move was reported as one.

  @Override
  public void visitUse(Effect.Use u, BitSet state) {}

  @Override
  public void visitBorrow(Effect.Borrow b, BitSet state) {}

  @Override
  public void visitActivate(Effect.Activate a, BitSet state) {}

  @Override
  public void visitEndLoans(Effect.EndLoans e, BitSet state) {}

  @Override
  public void visitHold(Effect.Hold h, BitSet state) {}

  @Override
  public void visitLend(Effect.Lend l, BitSet state) {}

  @Override
  public void visitKeep(Effect.Keep k, BitSet state) {}

  @Override
  public void visitReturnBorrow(Effect.ReturnBorrow r, BitSet state) {}

  @Override
  public void visitIllegalMove(Effect.IllegalMove m, BitSet state) {}

  @Override
  public void visitIllegalMutation(Effect.IllegalMutation m, BitSet state) {}

  @Override
  public void visitSpawnCapture(Effect.SpawnCapture s, BitSet state) {}

  @Override
  public void visitEscape(Effect.Escape e, BitSet state) {}

  @Override
  public void visitCarryOut(Effect.CarryOut e, BitSet state) {}

  @Override
  public void visitLeak(Effect.Leak l, BitSet state) {}

  /** {@code executor.shutdown()}: the owner's obligation is met, the value stays its own. */
  @Override
  public void visitObligation(Effect.Obligation o, BitSet state) {
    if (!o.creates() && o.place().isRoot() && o.place().root() instanceof VariableElement v) {
      set(bit(v), false, state);
    }
  }

  @Override
  public BitSet alongEdge(Edge edge, BitSet state) {
    if (isIgnored(edge)) {
      return null;
    }
    state = notTakenByThrowingConstructor(edge, state);
    state = returnedValueLost(edge, state);
    int bit = nullOnEdge(edge);
    if (bit >= 0 && state.get(bit)) {
      BitSet refined = (BitSet) state.clone();
      refined.clear(bit);
      return refined;
    }
    return state;
  }

  /**
   * On an exception thrown while a {@code new} is evaluated, what was moved into its arguments
   * is the caller's again: if it owned a resource, it still does.
   */
  private BitSet notTakenByThrowingConstructor(Edge edge, BitSet state) {
    Tree thrower = intoConstructors.thrower(edge);
    if (thrower == null) {
      return state;
    }
    BitSet restored = state;
    for (Effect.Move m : intoConstructors.moves()) {
      int bit = ownerMoved(m);
      if (bit >= 0 && state.get(pending(bit)) && !restored.get(bit)
          && intoConstructors.givesBack(m, thrower)) {
        if (restored == state) {
          restored = (BitSet) state.clone();
        }
        restored.set(bit);
      }
    }
    return restored;
  }


  /**
   * On an exception after a {@code return} took an owner's value (thrown by a {@code finally}
   * block or a resource's close on the way out), that value is lost.
   */
  private BitSet returnedValueLost(Edge edge, BitSet state) {
    if (!edge.isExceptional()) {
      return state;
    }
    BitSet lost = state;
    int n = owners.size();
    for (int bit = state.nextSetBit(2 * n); bit >= 0 && bit < 3 * n;
        bit = state.nextSetBit(bit + 1)) {
      if (lost == state) {
        lost = (BitSet) state.clone();
      }
      lost.clear(bit);
      lost.set(bit + n);
    }
    return lost;
  }

  /** Paths that leave by an unchecked exception thrown by a call are not checked. */
  boolean isIgnored(Edge edge) {
    return ignored.contains(edge);
  }

  /** The owner that is null along {@code edge}, or -1. */
  int nullOnEdge(Edge edge) {
    return nullOn.getOrDefault(edge, -1);
  }

  /**
   * What each edge tells, found once before the fixpoint so that the fixpoint reads no tree
   * and asks no type: the exceptions not checked, and the owners a null test rules out.
   */
  private void readEdges() {
    for (Block b : body.graph().blocks()) {
      for (Edge e : b.successors()) {
        if (uncheckedFromCall.test(e)) {
          ignored.add(e);
        }
        int bit = findNullOnEdge(e);
        if (bit >= 0) {
          nullOn.put(e, bit);
        }
      }
    }
  }

  /** The owner that is null along {@code edge}: {@code x == null} true, {@code x != null} false. */
  private int findNullOnEdge(Edge edge) {
    ExpressionTree c = edge.condition();
    while (c instanceof ParenthesizedTree p) {
      c = p.getExpression();
    }
    if (c instanceof InstanceOfTree test) {
      return edge.kind() == Edge.Kind.FALSE ? nullWhereTestFails(test) : -1;
    }
    if (c != null && c.getKind() == Tree.Kind.NULL_LITERAL) {
      return edge.kind() == Edge.Kind.TRUE ? nullWhereCaseNullMatches(c) : -1;
    }
    if (!(c instanceof BinaryTree b)) {
      return -1;
    }
    boolean equal = b.getKind() == Tree.Kind.EQUAL_TO;
    if (!equal && b.getKind() != Tree.Kind.NOT_EQUAL_TO) {
      return -1;
    }
    ExpressionTree other;
    if (b.getRightOperand().getKind() == Tree.Kind.NULL_LITERAL) {
      other = b.getLeftOperand();
    } else if (b.getLeftOperand().getKind() == Tree.Kind.NULL_LITERAL) {
      other = b.getRightOperand();
    } else {
      return -1;
    }
    while (other instanceof ParenthesizedTree p) {
      other = p.getExpression();
    }
    other = SameValue.of(other, context.path(), context.trees());
    boolean isNullHere = equal == (edge.kind() == Edge.Kind.TRUE);
    Place p = refs().get(other);
    if (isNullHere && p != null && p.isRoot() && p.root() instanceof VariableElement v) {
      return bit(v);
    }
    return -1;
  }

  /** The selector of the switch whose {@code case null} is {@code label}, null where it matches. */
  private int nullWhereCaseNullMatches(ExpressionTree label) {
    TreePath path = TreePath.getPath(context.path(), label);
    while (path != null && !(path.getLeaf() instanceof SwitchTree)
        && !(path.getLeaf() instanceof SwitchExpressionTree)) {
      path = path.getParentPath();
    }
    if (path == null) {
      return -1;
    }
    ExpressionTree selector = path.getLeaf() instanceof SwitchTree s ? s.getExpression()
        : ((SwitchExpressionTree) path.getLeaf()).getExpression();
    while (selector instanceof ParenthesizedTree p) {
      selector = p.getExpression();
    }
    Place p = refs().get(selector);
    return p != null && p.isRoot() && p.root() instanceof VariableElement v ? bit(v) : -1;
  }

  /**
   * {@code c instanceof Conn} of a {@code Conn c} (or of a supertype) tests only that {@code c}
   * is not null: where it fails, {@code c} is null.
   */
  private int nullWhereTestFails(InstanceOfTree test) {
    ExpressionTree operand = test.getExpression();
    while (operand instanceof ParenthesizedTree p) {
      operand = p.getExpression();
    }
    Place p = refs().get(operand);
    if (p == null || !p.isRoot() || !(p.root() instanceof VariableElement v) || bit(v) < 0) {
      return -1;
    }
    Tree tested = test.getPattern() != null ? test.getPattern() : test.getType();
    TreePath path = tested == null ? null : TreePath.getPath(context.path(), tested);
    TypeMirror type = path == null ? null : context.trees().getTypeMirror(path);
    return type != null && types.isSubtype(types.erasure(v.asType()), types.erasure(type))
        ? bit(v) : -1;
  }

  /** The variable an effect gives a whole new value: the candidates for owners. */
  private static final Effect.Cases<VariableElement> FILLED = new Effect.Cases<>() {
    @Override
    public VariableElement use(Effect.Use e) {
      return null;
    }

    @Override
    public VariableElement borrow(Effect.Borrow e) {
      return null;
    }

    @Override
    public VariableElement activate(Effect.Activate e) {
      return null;
    }

    @Override
    public VariableElement endLoans(Effect.EndLoans e) {
      return null;
    }

    @Override
    public VariableElement hold(Effect.Hold e) {
      return null;
    }

    @Override
    public VariableElement lend(Effect.Lend e) {
      return null;
    }

    @Override
    public VariableElement keep(Effect.Keep e) {
      return null;
    }

    @Override
    public VariableElement returnBorrow(Effect.ReturnBorrow e) {
      return null;
    }

    @Override
    public VariableElement move(Effect.Move e) {
      return null;
    }

    @Override
    public VariableElement illegalMove(Effect.IllegalMove e) {
      return null;
    }

    @Override
    public VariableElement illegalMutation(Effect.IllegalMutation e) {
      return null;
    }

    @Override
    public VariableElement spawnCapture(Effect.SpawnCapture e) {
      return null;
    }

    @Override
    public VariableElement escape(Effect.Escape e) {
      return null;
    }

    @Override
    public VariableElement carryOut(Effect.CarryOut e) {
      return null;
    }

    @Override
    public VariableElement leak(Effect.Leak e) {
      return null;
    }

    @Override
    public VariableElement obligation(Effect.Obligation e) {
      return null; // an obligation is the leak checks' alone
    }

    @Override
    public VariableElement init(Effect.Init e) {
      return e.place().isRoot() && e.place().root() instanceof VariableElement v ? v : null;
    }

    @Override
    public VariableElement drop(Effect.Drop e) {
      return null;
    }
  };
}
