package dev.jborrow.processor.check.leaks;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.check.BodyEffects;
import dev.jborrow.processor.check.Effect;
import dev.jborrow.processor.dataflow.Analysis;
import dev.jborrow.processor.dataflow.Direction;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maybe-owned resources, forward: for each closeable owner, the acquisitions whose value it may
 * still hold. Closing, moving or consuming empties it, and so does a {@code null} test on the
 * branch where it is null. Paths that leave by an unchecked exception carry nothing, as in the
 * Checker Framework's Resource Leak Checker; a {@code throw} or a checked exception does.
 */
public final class ResourceAnalysis implements Analysis<Map<VariableElement, Set<Tree>>> {

  private final BodyEffects body;
  private final Types types;
  private final TypeMirror runtimeException;
  private final TypeMirror error;
  private final Map<Tree, Place> refs = new IdentityHashMap<>();

  public ResourceAnalysis(BodyEffects body, Types types, Elements elements) {
    this.body = body;
    this.types = types;
    this.runtimeException = elements.getTypeElement("java.lang.RuntimeException").asType();
    this.error = elements.getTypeElement("java.lang.Error").asType();
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

  /** A variable whose value must be closed: a closeable owner the block it lives in ends. */
  public boolean isResourceOwner(VariableElement v) {
    ElementKind k = v.getKind();
    boolean owner = k == ElementKind.LOCAL_VARIABLE || k == ElementKind.PARAMETER
        || k.name().equals("BINDING_VARIABLE");
    return owner && body.context().tracking().isOwner(v)
        && body.context().tracking().mustBeClosed(v.asType());
  }

  @Override
  public Direction direction() {
    return Direction.FORWARD;
  }

  @Override
  public Map<VariableElement, Set<Tree>> bottom() {
    return new HashMap<>();
  }

  @Override
  public Map<VariableElement, Set<Tree>> boundary(ControlFlowGraph graph, Block block) {
    return new HashMap<>();
  }

  @Override
  public Map<VariableElement, Set<Tree>> copy(Map<VariableElement, Set<Tree>> state) {
    Map<VariableElement, Set<Tree>> m = new HashMap<>(state.size() * 2);
    for (var e : state.entrySet()) {
      m.put(e.getKey(), new HashSet<>(e.getValue()));
    }
    return m;
  }

  @Override
  public boolean joinInto(Map<VariableElement, Set<Tree>> target,
      Map<VariableElement, Set<Tree>> other) {
    boolean changed = false;
    for (var e : other.entrySet()) {
      changed |= target.computeIfAbsent(e.getKey(), k -> new HashSet<>()).addAll(e.getValue());
    }
    return changed;
  }

  @Override
  public void apply(Node node, Map<VariableElement, Set<Tree>> state) {
    for (Effect e : body.of(node)) {
      apply(e, state);
    }
  }

  void apply(Effect e, Map<VariableElement, Set<Tree>> state) {
    if (e instanceof Effect.Init i && i.place().isRoot()
        && i.place().root() instanceof VariableElement v && isResourceOwner(v)) {
      if (i.origin() == Effect.Origin.OWNED) {
        Set<Tree> acquired = new HashSet<>();
        acquired.add(i.at());
        state.put(v, acquired);
      } else {
        state.remove(v);
      }
    } else if (e instanceof Effect.Move m && m.place().isRoot()
        && m.place().root() instanceof VariableElement v) {
      state.remove(v);
    } else if (e instanceof Effect.Drop d) {
      state.remove(d.variable());
    }
  }

  @Override
  public Map<VariableElement, Set<Tree>> alongEdge(Edge edge,
      Map<VariableElement, Set<Tree>> state) {
    if (edge.isExceptional() && !edge.explicitThrow() && isUnchecked(edge.exception())) {
      return null;
    }
    if (edge.condition() != null && !state.isEmpty()) {
      VariableElement nullOnThisEdge = nullTested(edge);
      if (nullOnThisEdge != null && state.containsKey(nullOnThisEdge)) {
        Map<VariableElement, Set<Tree>> refined = copy(state);
        refined.remove(nullOnThisEdge);
        return refined;
      }
    }
    return state;
  }

  private boolean isUnchecked(TypeMirror t) {
    return t != null && (types.isSubtype(t, runtimeException) || types.isSubtype(t, error));
  }

  /** The variable that is null along {@code edge}: {@code x == null} true, {@code x != null} false. */
  private VariableElement nullTested(Edge edge) {
    ExpressionTree c = edge.condition();
    while (c instanceof ParenthesizedTree p) {
      c = p.getExpression();
    }
    if (!(c instanceof BinaryTree b)) {
      return null;
    }
    boolean equal = b.getKind() == Tree.Kind.EQUAL_TO;
    if (!equal && b.getKind() != Tree.Kind.NOT_EQUAL_TO) {
      return null;
    }
    ExpressionTree other;
    if (b.getRightOperand().getKind() == Tree.Kind.NULL_LITERAL) {
      other = b.getLeftOperand();
    } else if (b.getLeftOperand().getKind() == Tree.Kind.NULL_LITERAL) {
      other = b.getRightOperand();
    } else {
      return null;
    }
    while (other instanceof ParenthesizedTree p) {
      other = p.getExpression();
    }
    boolean isNullHere = equal == (edge.kind() == Edge.Kind.TRUE);
    Place p = refs.get(other);
    if (isNullHere && p != null && p.isRoot() && p.root() instanceof VariableElement v) {
      return v;
    }
    return null;
  }
}
