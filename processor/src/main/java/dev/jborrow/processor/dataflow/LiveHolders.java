package dev.jborrow.processor.dataflow;

import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.lang.model.element.VariableElement;

/**
 * The liveness of one body's holders, numbered densely and solved once for every check that
 * asks (rustc computes liveness once per body, for the borrow checker and the move paths
 * alike): the holders of borrows, for the loans they carry, and the variables that are moved,
 * whose moves a dead variable no longer needs.
 */
public final class LiveHolders {

  private final BodyEffects body;
  /**
   * The numbers, by the variable or loop a holder stands for: holders are equal when these are
   * the same object, and the transfer functions ask for every effect, by identity without
   * making a holder to ask with.
   */
  private final Map<Object, Integer> numbers = new IdentityHashMap<>(16);
  private int count;
  /** Whether the holders are numbered: on the first request, as most bodies ask none. */
  private boolean numbered;
  private DataflowResult<BitSet> result;

  public LiveHolders(BodyEffects body) {
    this.body = body;
  }

  private void numberAll() {
    if (!numbered) {
      numbered = true;
      for (Effect e : body.all()) { // in block and node order, as flattened by the lowering
        e.accept(NUMBER, this);
      }
    }
  }

  private void number(Holder h) {
    if (numbers.putIfAbsent(key(h), count) == null) {
      count++;
    }
  }

  /** What a holder stands for: its variable, or its loop's tree. */
  private static Object key(Holder h) {
    return h instanceof Holder.Local l ? l.variable() : ((Holder.LoopIterator) h).loop();
  }

  /** The holder's number, or -1 for one that neither holds a borrow nor is ever moved. */
  public int indexOf(Holder holder) {
    return indexOfKey(key(holder));
  }

  /** The number of the holder {@code Holder.of(variable)}, or -1 as for {@link #indexOf}. */
  public int indexOf(VariableElement variable) {
    return indexOfKey(variable);
  }

  private int indexOfKey(Object key) {
    numberAll();
    Integer i = numbers.get(key);
    return i == null ? -1 : i;
  }

  /** The fixpoint, solved on the first request. */
  public DataflowResult<BitSet> solve() {
    if (result == null) {
      result = Dataflow.solve(body.graph(), analysis());
    }
    return result;
  }

  /** The transfer function, for a check that replays a block backward. */
  public Liveness analysis() {
    numberAll();
    return new Liveness(body, this);
  }

  /** Numbers what an effect makes a holder: what holds, keeps or lends a borrow, what moves. */
  private static final Effect.Visitor<LiveHolders> NUMBER = new Effect.Visitor<>() {
    @Override
    public void visitUse(Effect.Use e, LiveHolders state) {
      // names no holder
    }

    @Override
    public void visitBorrow(Effect.Borrow e, LiveHolders state) {
      // names no holder
    }

    @Override
    public void visitActivate(Effect.Activate e, LiveHolders state) {
      // names no holder
    }

    @Override
    public void visitEndLoans(Effect.EndLoans e, LiveHolders state) {
      // names no holder
    }

    @Override
    public void visitHold(Effect.Hold e, LiveHolders state) {
      state.number(e.holder());
      e.copies().forEach(state::number);
    }

    @Override
    public void visitLend(Effect.Lend e, LiveHolders state) {
      state.number(e.holder());
    }

    @Override
    public void visitKeep(Effect.Keep e, LiveHolders state) {
      state.number(e.holder());
    }

    @Override
    public void visitReturnBorrow(Effect.ReturnBorrow e, LiveHolders state) {
      // names no holder
    }

    @Override
    public void visitMove(Effect.Move e, LiveHolders state) {
      if (e.place().root() instanceof VariableElement v) {
        state.number(Holder.of(v));
      }
    }

    @Override
    public void visitIllegalMove(Effect.IllegalMove e, LiveHolders state) {
      // names no holder
    }

    @Override
    public void visitIllegalMutation(Effect.IllegalMutation e, LiveHolders state) {
      // names no holder
    }

    @Override
    public void visitSpawnCapture(Effect.SpawnCapture e, LiveHolders state) {
      // names no holder
    }

    @Override
    public void visitEscape(Effect.Escape e, LiveHolders state) {
      // names no holder
    }

    @Override
    public void visitCarryOut(Effect.CarryOut e, LiveHolders state) {
      // carries loans out of the body: no holder to number, nothing read here
    }

    @Override
    public void visitLeak(Effect.Leak e, LiveHolders state) {
      // names no holder
    }

    @Override
    public void visitObligation(Effect.Obligation e, LiveHolders state) {
      // an obligation is the leak checks' alone
    }

    @Override
    public void visitInit(Effect.Init e, LiveHolders state) {
      // names no holder
    }

    @Override
    public void visitDrop(Effect.Drop e, LiveHolders state) {
      // names no holder
    }
  };
}
