package dev.jborrow.processor.check.leaks;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.dataflow.Analysis;
import dev.jborrow.processor.dataflow.Direction;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Owned fields of {@code this} that may hold an unreleased resource, forward, one bit per field.
 * A method starts with every owned field possibly holding one (the object was built before it
 * ran); a constructor with those its declarations initialise with a resource, until
 * {@code this(...)} builds it. Storing an owned value sets
 * the bit, and moving the field out (closing it, handing it on) or a {@code null} test on the
 * branch where it is null clears it, as does a call of a method of the class that may release it.
 * Paths that leave by an unchecked exception from a call carry nothing, as for locals.
 */
final class FieldAnalysis implements Analysis<BitSet>, Effect.Visitor<BitSet> {

  private final BodyEffects body;
  private final List<VariableElement> fields;
  private final BitSet atEntry = new BitSet();
  private final Predicate<Edge> ignored;
  private final OwnedFields owned;
  private final Map<Tree, Place> refs = new IdentityHashMap<>();

  FieldAnalysis(BodyEffects body, List<VariableElement> fields, boolean constructor,
      Predicate<Edge> ignored, OwnedFields owned) {
    this.body = body;
    this.fields = fields;
    this.ignored = ignored;
    this.owned = owned;
    if (!constructor) {
      atEntry.set(0, fields.size());
    } else {
      // A field initialised at its declaration holds its resource before the first statement.
      for (int bit = 0; bit < fields.size(); bit++) {
        atEntry.set(bit, owned.initialiser(fields.get(bit)) != null);
      }
    }
    for (Block b : body.graph().blocks()) {
      for (Node n : b.nodes()) {
        if (n instanceof Node.Ref r) {
          refs.put(r.tree(), r.place());
        }
      }
    }
  }

  /** The bit of a place that is an owned field of {@code this}, or -1. */
  int bit(Place p) {
    return bit(fields, p);
  }

  /** The index in {@code fields} of a place that is one of them, of {@code this}, or -1. */
  static int bit(List<VariableElement> fields, Place p) {
    return p != null && p.isThis() && p.fields().size() == 1 ? fields.indexOf(p.fields().get(0))
        : -1;
  }

  VariableElement field(int bit) {
    return fields.get(bit);
  }

  int fieldCount() {
    return fields.size();
  }

  /** The initialiser that stores a resource in the field before a constructor runs, or null. */
  Tree initialiser(int bit) {
    return owned.initialiser(fields.get(bit));
  }

  boolean isIgnored(Edge e) {
    return ignored.test(e);
  }

  @Override
  public Direction direction() {
    return Direction.FORWARD;
  }

  @Override
  public BitSet bottom() {
    return new BitSet();
  }

  @Override
  public BitSet boundary(ControlFlowGraph graph, Block block) {
    return (BitSet) atEntry.clone();
  }

  @Override
  public BitSet copy(BitSet state) {
    return (BitSet) state.clone();
  }

  @Override
  public boolean joinInto(BitSet target, BitSet other) {
    int before = target.cardinality();
    target.or(other);
    return target.cardinality() != before;
  }

  @Override
  public void apply(Node node, BitSet state) {
    if (node instanceof Node.Invoke i) {
      call(i, state);
    }
    for (Effect e : body.of(node)) {
      e.accept(this, state);
    }
  }

  /** What a call does to the fields before its effects: {@code this(...)}, a helper. */
  void call(Node.Invoke i, BitSet state) {
    ExecutableElement m = i.method();
    if (m == null || !onThis(i.tree().getMethodSelect())) {
      return;
    }
    if (m.getKind() == ElementKind.CONSTRUCTOR) {
      if (i.tree().getMethodSelect() instanceof IdentifierTree id
          && id.getName().contentEquals("this")) {
        state.set(0, fields.size()); // the other constructor stored whatever it stores
      }
      return;
    }
    for (int bit = state.nextSetBit(0); bit >= 0; bit = state.nextSetBit(bit + 1)) {
      if (owned.mayRelease(m, fields.get(bit))) {
        state.clear(bit);
      }
    }
  }

  private static boolean onThis(ExpressionTree select) {
    return select instanceof IdentifierTree
        || select instanceof MemberSelectTree s && s.getExpression() instanceof IdentifierTree id
            && (id.getName().contentEquals("this") || id.getName().contentEquals("super"));
  }

  @Override
  public BitSet alongEdge(Edge edge, BitSet state) {
    if (ignored.test(edge)) {
      return null;
    }
    int bit = nullOnEdge(edge);
    if (bit >= 0 && state.get(bit)) {
      BitSet refined = (BitSet) state.clone();
      refined.clear(bit);
      return refined;
    }
    return state;
  }

  /** The field that is null along {@code edge}: {@code f == null} true, {@code f != null} false. */
  int nullOnEdge(Edge edge) {
    ExpressionTree c = strip(edge.condition());
    if (!(c instanceof BinaryTree b) || b.getKind() != Tree.Kind.EQUAL_TO
        && b.getKind() != Tree.Kind.NOT_EQUAL_TO) {
      return -1;
    }
    ExpressionTree other = b.getRightOperand().getKind() == Tree.Kind.NULL_LITERAL
        ? b.getLeftOperand()
        : b.getLeftOperand().getKind() == Tree.Kind.NULL_LITERAL ? b.getRightOperand() : null;
    boolean nullHere = (b.getKind() == Tree.Kind.EQUAL_TO) == (edge.kind() == Edge.Kind.TRUE);
    return other != null && nullHere ? bit(refs.get(strip(other))) : -1;
  }

  private static ExpressionTree strip(ExpressionTree e) {
    while (e instanceof ParenthesizedTree p) {
      e = p.getExpression();
    }
    return e;
  }

  @Override
  public void visitInit(Effect.Init e, BitSet state) {
    int bit = bit(e.place());
    if (bit >= 0) {
      state.set(bit, e.origin() == Effect.Origin.OWNED);
    }
  }

  @Override
  public void visitMove(Effect.Move e, BitSet state) {
    if (e.place().isThis() && e.place().isRoot()) {
      state.clear(); // `this` itself went on (a closure it spawned owns it): its fields with it
      return;
    }
    int bit = bit(e.place());
    if (bit >= 0) {
      state.clear(bit);
    }
  }

  /** A move the rules forbid was reported as one: the field is not reported again. */
  @Override
  public void visitIllegalMove(Effect.IllegalMove e, BitSet state) {
    int bit = bit(e.place());
    if (bit >= 0) {
      state.clear(bit);
    }
  }

  // Nothing else changes what a field holds: uses and borrows leave the resource in it, and a
  // local's scope ending does not touch it.

  @Override
  public void visitUse(Effect.Use e, BitSet state) {}

  @Override
  public void visitBorrow(Effect.Borrow e, BitSet state) {}

  @Override
  public void visitActivate(Effect.Activate e, BitSet state) {}

  @Override
  public void visitEndLoans(Effect.EndLoans e, BitSet state) {}

  @Override
  public void visitHold(Effect.Hold e, BitSet state) {}

  @Override
  public void visitLend(Effect.Lend e, BitSet state) {}

  @Override
  public void visitKeep(Effect.Keep e, BitSet state) {}

  @Override
  public void visitReturnBorrow(Effect.ReturnBorrow e, BitSet state) {}

  @Override
  public void visitIllegalMutation(Effect.IllegalMutation e, BitSet state) {}

  @Override
  public void visitSpawnCapture(Effect.SpawnCapture e, BitSet state) {}

  @Override
  public void visitEscape(Effect.Escape e, BitSet state) {}

  @Override
  public void visitCarryOut(Effect.CarryOut e, BitSet state) {}

  @Override
  public void visitLeak(Effect.Leak e, BitSet state) {}

  @Override
  public void visitDrop(Effect.Drop e, BitSet state) {}

  /** {@code executor.shutdown()} in {@code close()}: the field's obligation is met. */
  @Override
  public void visitObligation(Effect.Obligation e, BitSet state) {
    int bit = bit(e.place());
    if (!e.creates() && bit >= 0) {
      state.clear(bit);
    }
  }
}
