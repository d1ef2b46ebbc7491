package dev.jborrow.processor.ir;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Node;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The moves of a body into the arguments of a {@code new}. A constructor that throws never took
 * its arguments: Java never hands out the half-built object, so on an exceptional edge taken
 * while a {@code new} is evaluated (by the constructor, or by a later argument:
 * {@code new Writer(out, charset(name))}) what was moved into its arguments is the caller's
 * again, as the Resource Leak Checker reads constructors. A method that throws has taken them,
 * as Rust's callee drops what was moved into it while unwinding (docs/resources.md). The move
 * analysis and the resource analysis both read this, each for its own state.
 */
public final class ConstructorArguments {

  /** A body that moves nothing into a constructor, or whose moves nobody asks about. */
  public static final ConstructorArguments NONE = new ConstructorArguments(Map.of());

  private final Map<Effect.Move, Node.New> constructors;
  /** The trees each {@code new} evaluates until it returns, walked when first asked. */
  private final Map<Node.New, Set<Tree>> evaluated = new IdentityHashMap<>();

  private ConstructorArguments(Map<Effect.Move, Node.New> constructors) {
    this.constructors = constructors;
  }

  /**
   * Made once per body for every analysis that reads it. Only a move into an argument can be one
   * into a constructor's: the graph is walked only where there is one (most bodies move nothing,
   * or nothing into a call).
   */
  public static ConstructorArguments of(BodyEffects body) {
    if (!movesIntoArgument(body)) {
      return NONE;
    }
    Map<Tree, Node.New> byArgument = new IdentityHashMap<>();
    for (Block b : body.graph().blocks()) {
      List<Node> nodes = b.nodes();
      for (int k = 0; k < nodes.size(); k++) { // no iterator per block
        if (nodes.get(k) instanceof Node.New nw) {
          for (ExpressionTree a : nw.tree().getArguments()) {
            while (a instanceof ParenthesizedTree p) {
              a = p.getExpression();
            }
            byArgument.put(a, nw);
          }
        }
      }
    }
    Map<Effect.Move, Node.New> moves = new IdentityHashMap<>();
    if (!byArgument.isEmpty()) {
      for (Effect e : body.all()) {
        if (e instanceof Effect.Move m && m.kind() == Effect.MoveKind.ARGUMENT
            && byArgument.get(m.at()) != null) {
          moves.put(m, byArgument.get(m.at()));
        }
      }
    }
    return new ConstructorArguments(moves);
  }

  private static boolean movesIntoArgument(BodyEffects body) {
    for (Effect e : body.all()) {
      if (e instanceof Effect.Move m && m.kind() == Effect.MoveKind.ARGUMENT) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return constructors.isEmpty();
  }

  /** The moves into constructor arguments. */
  public Set<Effect.Move> moves() {
    return Collections.unmodifiableSet(constructors.keySet());
  }

  /** Whether {@code m} moves a value into an argument of a {@code new}. */
  public boolean contains(Effect.Move m) {
    return constructors.containsKey(m);
  }

  /**
   * The tree that throws along {@code edge} when the edge is exceptional and leaves a block that
   * ends in one; null otherwise: then nothing is given back.
   */
  public Tree thrower(Edge edge) {
    List<Node> nodes = edge.source().nodes();
    return constructors.isEmpty() || !edge.isExceptional() || nodes.isEmpty() ? null
        : nodes.get(nodes.size() - 1).tree();
  }

  /** Whether {@code thrower} is evaluated while the {@code new} that {@code m} moves into is. */
  public boolean givesBack(Effect.Move m, Tree thrower) {
    Node.New nw = constructors.get(m);
    return nw != null && evaluated.computeIfAbsent(nw, k -> subtrees(k.tree())).contains(thrower);
  }

  private static Set<Tree> subtrees(Tree root) {
    Set<Tree> all = Collections.newSetFromMap(new IdentityHashMap<>());
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree t, Void v) {
        if (t != null) {
          all.add(t);
        }
        return super.scan(t, v);
      }
    }.scan(root, null);
    return all;
  }
}
