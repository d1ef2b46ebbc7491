package dev.jborrow.processor.check.moves;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.dataflow.Dataflow;
import dev.jborrow.processor.dataflow.DataflowResult;
import dev.jborrow.processor.dataflow.Direction;
import dev.jborrow.processor.dataflow.EffectAnalysis;
import dev.jborrow.processor.dataflow.LiveHolders;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/**
 * Maybe-moved places, forward: rustc's {@code MaybeUninitializedPlaces}. A place is moved on a
 * path after a move and before a new value; a use of it there is E0382. A use that is reported
 * counts as a new value on its path, so that one move gives one error.
 */
public final class MoveAnalysis extends EffectAnalysis<MoveState> {

  private final Map<Effect.Move, Integer> siteIds = new IdentityHashMap<>();
  private final List<Effect.Move> sites = new ArrayList<>();
  /** The variables that are ever moved, by their number in the body's liveness. */
  private final Map<Holder, Integer> movedRoots = new HashMap<>();
  private final LiveHolders live;
  private DataflowResult<BitSet> liveness;
  /** See {@link #notTakenByThrowingConstructor}. */
  private final Map<Effect.Move, Set<Tree>> intoConstructors;

  public MoveAnalysis(BodyEffects body, LiveHolders live) {
    super(body);
    this.intoConstructors = movesIntoConstructors(body);
    this.live = live;
    for (Block b : body.graph().blocks()) {
      for (Node n : b.nodes()) {
        for (Effect e : body.of(n)) {
          if (e instanceof Effect.Move m) {
            siteIds.put(m, sites.size());
            sites.add(m);
            // Not `this` nor a parameter: the caller sees them after the return, they are
            // never dead (a field moved out of a @Mut borrow must be restored by then).
            if (m.place().root() instanceof VariableElement v
                && v.getKind() != ElementKind.PARAMETER) {
              movedRoots.putIfAbsent(Holder.of(v), live.indexOf(Holder.of(v)));
            }
          }
        }
      }
    }
  }

  /**
   * Asks for the body's liveness first: a variable that is dead where an edge leads is not
   * used again before a new value, so its moves are dropped from the state there, which keeps
   * the states of long bodies small.
   */
  public DataflowResult<MoveState> solve() {
    liveness = live.solve();
    return Dataflow.solve(body.graph(), this);
  }

  /** The move with site number {@code bit / 2}. */
  public Effect.Move site(int bit) {
    return sites.get(bit / 2);
  }

  public boolean hasMoves() {
    return !sites.isEmpty();
  }

  @Override
  protected MoveState empty() {
    return new MoveState();
  }

  @Override
  public Direction direction() {
    return Direction.FORWARD;
  }

  @Override
  public MoveState copy(MoveState state) {
    return state.copy();
  }

  @Override
  public boolean joinInto(MoveState target, MoveState other) {
    return target.joinInto(other);
  }

  @Override
  public void visitMove(Effect.Move m, MoveState state) {
    state.clearConflicting(m.place());
    state.move(m.place(), siteIds.get(m));
  }

  @Override
  public void visitUse(Effect.Use u, MoveState state) {
    if (u.access() == Effect.Access.PREFIX) {
      state.clearPrefixesOf(u.place()); // what MoveChecker reports for it, see there
    } else {
      state.clearConflicting(u.place());
    }
  }

  @Override
  public void visitIllegalMove(Effect.IllegalMove m, MoveState state) {
    if (m.place() != null) {
      state.clearConflicting(m.place());
    }
  }

  @Override
  public void visitInit(Effect.Init i, MoveState state) {
    state.initialise(i.place());
  }

  @Override
  public void visitDrop(Effect.Drop d, MoveState state) {
    state.forget(d.variable());
  }

  // Loans and holders are the loan analysis' business; the reports change no place.

  @Override
  public void visitBorrow(Effect.Borrow b, MoveState state) {}

  @Override
  public void visitActivate(Effect.Activate a, MoveState state) {}

  @Override
  public void visitEndLoans(Effect.EndLoans e, MoveState state) {}

  @Override
  public void visitHold(Effect.Hold h, MoveState state) {}

  @Override
  public void visitLend(Effect.Lend l, MoveState state) {}

  @Override
  public void visitKeep(Effect.Keep k, MoveState state) {}

  @Override
  public void visitReturnBorrow(Effect.ReturnBorrow r, MoveState state) {}

  @Override
  public void visitIllegalMutation(Effect.IllegalMutation m, MoveState state) {}

  @Override
  public void visitSpawnCapture(Effect.SpawnCapture s, MoveState state) {}

  @Override
  public void visitEscape(Effect.Escape e, MoveState state) {}

  @Override
  public void visitCarryOut(Effect.CarryOut e, MoveState state) {}

  @Override
  public void visitLeak(Effect.Leak l, MoveState state) {}

  @Override
  public void visitObligation(Effect.Obligation o, MoveState state) {}

  @Override
  public MoveState alongEdge(Edge edge, MoveState state) {
    state = notTakenByThrowingConstructor(edge, state);
    BitSet live = liveness == null ? null : liveness.exitState(edge.target()); // the start
    Predicate<Place> dead = p -> {
      Integer i = p.root() instanceof VariableElement v ? movedRoots.get(Holder.of(v)) : null;
      return i != null && !live.get(i);
    };
    boolean prune = false;
    if (live != null) {
      for (Place p : state.moved.keySet()) {
        if (dead.test(p)) {
          prune = true;
          break;
        }
      }
    }
    if (prune) {
      state = state.copy();
      state.moved.keySet().removeIf(dead);
    }
    if (body.graph().isBackEdge(edge) && !state.isEmpty()) {
      return state.fromEarlierIteration();
    }
    return state;
  }

  /**
   * A constructor that throws never took its arguments: Java never hands out the half-built
   * object, so on an exceptional edge taken while a {@code new} is evaluated (by the constructor,
   * or by a later argument: {@code new Writer(out, charset(name))}) what was moved into its
   * arguments is the caller's again, as the Resource Leak Checker reads constructors. A method
   * that throws has taken them, as Rust's callee drops what was moved into it while unwinding
   * (docs/resources.md).
   */
  private MoveState notTakenByThrowingConstructor(Edge edge, MoveState state) {
    List<Node> nodes = edge.source().nodes();
    if (intoConstructors.isEmpty() || !edge.isExceptional() || nodes.isEmpty()) {
      return state;
    }
    Tree thrower = nodes.get(nodes.size() - 1).tree();
    MoveState restored = state;
    for (Map.Entry<Effect.Move, Set<Tree>> e : intoConstructors.entrySet()) {
      Effect.Move m = e.getKey();
      BitSet sites = restored.moved.get(m.place());
      if (sites != null && sites.get(2 * siteIds.get(m)) && e.getValue().contains(thrower)) {
        if (restored == state) {
          restored = state.copy();
        }
        restored.unmove(m.place(), siteIds.get(m));
      }
    }
    return restored;
  }

  /** The moves into the arguments of a {@code new}, with the trees evaluated until it returns. */
  private static Map<Effect.Move, Set<Tree>> movesIntoConstructors(BodyEffects body) {
    Map<Tree, Node.New> byArgument = new IdentityHashMap<>();
    for (Block b : body.graph().blocks()) {
      for (Node n : b.nodes()) {
        if (n instanceof Node.New nw) {
          for (ExpressionTree a : nw.tree().getArguments()) {
            while (a instanceof ParenthesizedTree p) {
              a = p.getExpression();
            }
            byArgument.put(a, nw);
          }
        }
      }
    }
    Map<Effect.Move, Set<Tree>> moves = new IdentityHashMap<>();
    if (byArgument.isEmpty()) {
      return moves;
    }
    Map<Node.New, Set<Tree>> evaluated = new IdentityHashMap<>();
    for (Block b : body.graph().blocks()) {
      for (Node n : b.nodes()) {
        for (Effect e : body.of(n)) {
          Node.New nw = e instanceof Effect.Move m ? byArgument.get(m.at()) : null;
          if (nw != null && ((Effect.Move) e).kind() == Effect.MoveKind.ARGUMENT) {
            moves.put((Effect.Move) e, evaluated.computeIfAbsent(nw, k -> subtrees(k.tree())));
          }
        }
      }
    }
    return moves;
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
