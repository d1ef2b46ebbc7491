package dev.jborrow.processor.check.moves;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.dataflow.Dataflow;
import dev.jborrow.processor.dataflow.DataflowResult;
import dev.jborrow.processor.dataflow.Direction;
import dev.jborrow.processor.dataflow.EffectAnalysis;
import dev.jborrow.processor.dataflow.LiveHolders;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.ConstructorArguments;
import dev.jborrow.processor.ir.Effect;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/**
 * Maybe-moved places, forward: rustc's {@code MaybeUninitializedPlaces}. A place is moved on a
 * path after a move and before a new value; a use of it there is E0382. A use that is reported
 * counts as a new value on its path, so that one move gives one error.
 */
public final class MoveAnalysis extends EffectAnalysis<MoveState> {

  private final Map<Effect.Move, Integer> siteIds = new IdentityHashMap<>(16);
  private final List<Effect.Move> sites;
  /** By site, the number in the body's liveness of the variable it moves, or -1. */
  private final int[] rootLiveness;
  private final MovePaths paths;
  private final LiveHolders live;
  private DataflowResult<BitSet> liveness;
  private final ConstructorArguments intoConstructors;

  /**
   * The analysis of the body's moves, or null for a body that moves nothing: no place of it is
   * ever maybe-moved, and most bodies are such (the paths and tables would be made for nothing).
   */
  public static MoveAnalysis of(BodyEffects body, LiveHolders live,
      ConstructorArguments intoConstructors) {
    List<Effect.Move> sites = new ArrayList<>();
    for (Effect e : body.all()) {
      Effect.Move m = e.match(MOVE);
      if (m != null) {
        sites.add(m);
      }
    }
    return sites.isEmpty() ? null : new MoveAnalysis(body, live, intoConstructors, sites);
  }

  private MoveAnalysis(BodyEffects body, LiveHolders live, ConstructorArguments intoConstructors,
      List<Effect.Move> sites) {
    super(body);
    this.live = live;
    this.intoConstructors = intoConstructors;
    this.sites = sites;
    for (int k = 0; k < sites.size(); k++) {
      siteIds.put(sites.get(k), k);
    }
    this.paths = new MovePaths(sites);
    this.rootLiveness = new int[sites.size()];
    for (int k = 0; k < sites.size(); k++) {
      // Not `this` nor a parameter: the caller sees them after the return, they are never
      // dead (a field moved out of a @Mut borrow must be restored by then).
      rootLiveness[k] = sites.get(k).place().root() instanceof VariableElement v
          && v.getKind() != ElementKind.PARAMETER ? live.indexOf(v) : -1;
    }
  }

  /** The moves that may have emptied {@code place}, a prefix of it, or a part of it. */
  BitSet conflicting(MoveState state, Place place) {
    return state.among(paths.conflicting(place));
  }

  /** The moves that may have emptied {@code place} or a prefix of it. */
  BitSet movedPrefixOf(MoveState state, Place place) {
    return state.among(paths.prefixesOf(place));
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
    state.clear(paths.conflicting(m.place()));
    state.move(siteIds.get(m));
  }

  @Override
  public void visitUse(Effect.Use u, MoveState state) {
    if (u.access() == Effect.Access.PREFIX) {
      state.clear(paths.prefixesOf(u.place())); // what MoveChecker reports for it, see there
    } else {
      state.clear(paths.conflicting(u.place()));
    }
  }

  @Override
  public void visitIllegalMove(Effect.IllegalMove m, MoveState state) {
    if (m.place() != null) {
      state.clear(paths.conflicting(m.place()));
    }
  }

  @Override
  public void visitInit(Effect.Init i, MoveState state) {
    state.clear(paths.below(i.place())); // a new value fills it and everything below it
  }

  @Override
  public void visitDrop(Effect.Drop d, MoveState state) {
    state.clear(paths.ofRoot(d.variable()));
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
    if (live != null) {
      BitSet dead = null;
      BitSet bits = state.bits;
      for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
        int v = rootLiveness[i / 2];
        if (v >= 0 && !live.get(v)) {
          if (dead == null) {
            dead = new BitSet();
          }
          dead.set(i);
        }
      }
      if (dead != null) {
        state = state.copy();
        state.clear(dead);
      }
    }
    if (body.graph().isBackEdge(edge) && !state.isEmpty()) {
      return state.fromEarlierIteration();
    }
    return state;
  }

  /** See {@link ConstructorArguments}: an exception while a {@code new} runs gives back. */
  private MoveState notTakenByThrowingConstructor(Edge edge, MoveState state) {
    Tree thrower = intoConstructors.thrower(edge);
    if (thrower == null) {
      return state;
    }
    MoveState restored = state;
    for (Effect.Move m : intoConstructors.moves()) {
      int site = siteIds.get(m);
      if (restored.isMoved(site) && intoConstructors.givesBack(m, thrower)) {
        if (restored == state) {
          restored = state.copy();
        }
        restored.unmove(site);
      }
    }
    return restored;
  }

  /** The move an effect is, if it is one: the sites this analysis numbers. */
  private static final Effect.Cases<Effect.Move> MOVE = new Effect.Cases<>() {
    @Override
    public Effect.Move use(Effect.Use e) {
      return null;
    }

    @Override
    public Effect.Move borrow(Effect.Borrow e) {
      return null;
    }

    @Override
    public Effect.Move activate(Effect.Activate e) {
      return null;
    }

    @Override
    public Effect.Move endLoans(Effect.EndLoans e) {
      return null;
    }

    @Override
    public Effect.Move hold(Effect.Hold e) {
      return null;
    }

    @Override
    public Effect.Move lend(Effect.Lend e) {
      return null;
    }

    @Override
    public Effect.Move keep(Effect.Keep e) {
      return null;
    }

    @Override
    public Effect.Move returnBorrow(Effect.ReturnBorrow e) {
      return null;
    }

    @Override
    public Effect.Move move(Effect.Move e) {
      return e;
    }

    @Override
    public Effect.Move illegalMove(Effect.IllegalMove e) {
      return null;
    }

    @Override
    public Effect.Move illegalMutation(Effect.IllegalMutation e) {
      return null;
    }

    @Override
    public Effect.Move spawnCapture(Effect.SpawnCapture e) {
      return null;
    }

    @Override
    public Effect.Move escape(Effect.Escape e) {
      return null;
    }

    @Override
    public Effect.Move carryOut(Effect.CarryOut e) {
      return null;
    }

    @Override
    public Effect.Move leak(Effect.Leak e) {
      return null;
    }

    @Override
    public Effect.Move obligation(Effect.Obligation e) {
      return null; // an obligation is the leak checks' alone
    }

    @Override
    public Effect.Move init(Effect.Init e) {
      return null;
    }

    @Override
    public Effect.Move drop(Effect.Drop e) {
      return null;
    }
  };
}
