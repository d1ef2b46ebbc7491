package dev.jborrow.processor.lower;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreeScanner;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Tracking;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Where values flow inside expressions: the one place that sees through parentheses, casts,
 * {@code ?:}, switch results and pass-through calls ({@code Objects.requireNonNull(x)}), and
 * indexes the graph's nodes by tree. Every later pass asks it for the values an expression may
 * be instead of walking the syntax again.
 */
final class ValueFlow {

  private final BodyContext body;
  private final List<Node> all;
  private final int nodeCount;
  /** By node index, what each node gives a local: found once, as every pass asks it. */
  private final LocalStore[] stores;
  private final Map<Tree, Node> nodes;
  private final Set<Element> declared = new HashSet<>();
  // Most bodies put little or nothing in the maps below, and an identity map makes its table
  // when it is made: they start small.
  private final Map<Tree, EnhancedForLoopTree> loopOfIterable = new IdentityHashMap<>(4);
  /**
   * The {@code @PassThrough} calls, with the argument each hands back: found once, as every
   * walk through an expression asks of each tree it meets; most bodies have none.
   */
  private final Map<Tree, ExpressionTree> passThrough = new IdentityHashMap<>(4);
  private final Map<SwitchExpressionTree, List<ExpressionTree>> switchResults =
      new IdentityHashMap<>(4);

  ValueFlow(BodyContext body, ControlFlowGraph graph) {
    this.body = body;
    this.nodeCount = graph.nodeCount();
    int size = 0;
    for (Block b : graph.blocks()) {
      size += b.nodes().size();
    }
    all = new ArrayList<>(size); // never grown
    for (Block b : graph.blocks()) {
      all.addAll(b.nodes());
    }
    nodes = new IdentityHashMap<>(all.size()); // sized once: it holds a tree per node
    stores = new LocalStore[nodeCount];
    for (Node n : all) {
      nodes.put(n.tree(), n);
      stores[n.index()] = localStore(n);
      if (n instanceof Node.Declare d) {
        declared.add(d.variable());
      } else if (n instanceof Node.LoopIterator it) {
        loopOfIterable.put(it.tree().getExpression(), it.tree());
      } else if (n instanceof Node.Invoke i
          && body.contracts().of(i.method()).result() == Contract.Result.ARGUMENT) {
        passThrough.put(i.tree(), i.tree().getArguments().get(0));
      }
    }
  }

  /** The body's nodes, block by block in reverse postorder. */
  List<Node> nodes() {
    return all;
  }

  /** The size of an array indexed by {@link Node#index()}. */
  int nodeCount() {
    return nodeCount;
  }

  /** The node that evaluates {@code tree}, or null. */
  Node node(Tree tree) {
    return nodes.get(tree);
  }

  /** Whether the body declares {@code v}: otherwise a closure captured it. */
  boolean isDeclared(Element v) {
    return declared.contains(v);
  }

  /** The enhanced {@code for} loop iterating {@code iterable}, or null. */
  EnhancedForLoopTree loopOf(Tree iterable) {
    return loopOfIterable.get(iterable);
  }

  /**
   * The argument a {@code @PassThrough} call hands back ({@code x} of {@code
   * Objects.requireNonNull(x)}), which is its value as parentheses are; else null. The call is
   * evaluated before its consumer, which then takes the argument, overriding the borrow the
   * call alone would make of it.
   */
  ExpressionTree passedThrough(Tree e) {
    // The node of a lambda's expression body is its return, which passes nothing through.
    return passThrough.isEmpty() || !(node(e) instanceof Node.Invoke) ? null
        : passThrough.get(e);
  }

  /**
   * The values a switch expression can yield: rule expressions and its own yields. Found once
   * per switch: every walk through an expression that passes it asks again.
   */
  List<ExpressionTree> results(SwitchExpressionTree s) {
    return switchResults.computeIfAbsent(s, ValueFlow::findResults);
  }

  private static List<ExpressionTree> findResults(SwitchExpressionTree s) {
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
    return List.copyOf(out);
  }

  /** A value given to a local by its declaration or an assignment. */
  record LocalStore(VariableElement target, ExpressionTree value) {}

  /** The value a declaration or assignment at {@code n} gives a local, or null. */
  LocalStore store(Node n) {
    return stores[n.index()];
  }

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
   * The expressions whose value {@code e} may be, through parentheses, casts, choices and
   * pass-through calls.
   */
  List<Tree> leaves(ExpressionTree e) {
    if (isLeaf(e)) {
      // Most values are what they are, and every pass asks: no list is grown for them.
      return Collections.singletonList(e);
    }
    List<Tree> out = new ArrayList<>();
    collectLeaves(e, out);
    return out;
  }

  /** Whether {@code e} is its own value: no parentheses, cast, choice or pass-through call. */
  private boolean isLeaf(ExpressionTree e) {
    return switch (e.getKind()) {
      case PARENTHESIZED, TYPE_CAST, CONDITIONAL_EXPRESSION, SWITCH_EXPRESSION -> false;
      default -> passedThrough(e) == null;
    };
  }

  private void collectLeaves(ExpressionTree e, List<Tree> out) {
    if (isLeaf(e)) {
      out.add(e);
      return;
    }
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
      default -> collectLeaves(passedThrough(e), out); // not a leaf: a pass-through call
    }
  }

  /** {@code e} without parentheses, casts and pass-through calls around it. */
  Tree strip(ExpressionTree e) {
    while (true) {
      ExpressionTree inner = e instanceof ParenthesizedTree p ? p.getExpression()
          : e instanceof TypeCastTree t ? t.getExpression() : passedThrough(e);
      if (inner == null) {
        return e;
      }
      e = inner;
    }
  }

  /** A call of an instance method on {@code this}, named with or without it. */
  boolean onThis(Node.Invoke i) {
    ExpressionTree select = i.tree().getMethodSelect();
    return !i.method().getModifiers().contains(Modifier.STATIC)
        && (select instanceof IdentifierTree || select instanceof MemberSelectTree m
            && node(strip(m.getExpression())) instanceof Node.Ref r && r.place().isRoot()
            && !(r.place().root() instanceof VariableElement));
  }
}
