package dev.jborrow.processor.check.loans;

import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.dataflow.DataflowResult;
import dev.jborrow.processor.dataflow.Direction;
import dev.jborrow.processor.dataflow.EffectAnalysis;
import dev.jborrow.processor.dataflow.PlaceTable;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import dev.jborrow.processor.ir.Loan;
import java.util.BitSet;
import javax.lang.model.element.VariableElement;

/**
 * Which loans may exist, forward (rustc's {@code Borrows}, without the liveness part, which
 * liveness of the holders supplies): a loan starts where it is borrowed, passes to the holder
 * that receives its value, and ends when its temporary is consumed, its holder is reassigned or
 * dropped, or the borrowed place is overwritten.
 */
final class LoanAnalysis extends EffectAnalysis<LoanState> {

  private final Holders holders;
  private final DataflowResult<BitSet> liveness;
  /** For each place overwritten or dropped, the loans of it and of what lies below it. */
  private final PlaceTable<BitSet> loansUnder = new PlaceTable<>(this::computeLoansUnder);
  /** For each place assigned, the loans of it, of what lies below it and of its prefixes. */
  private final PlaceTable<BitSet> loansConflicting =
      new PlaceTable<>(this::computeLoansConflicting);

  /** @param liveness the holders' liveness: what a dead holder carries is dropped */
  LoanAnalysis(BodyEffects body, Holders holders, DataflowResult<BitSet> liveness) {
    super(body);
    this.holders = holders;
    this.liveness = liveness;
  }

  @Override
  protected LoanState empty() {
    return new LoanState();
  }

  @Override
  public Direction direction() {
    return Direction.FORWARD;
  }

  @Override
  public LoanState copy(LoanState state) {
    return state.copy();
  }

  @Override
  public boolean joinInto(LoanState target, LoanState other) {
    return target.joinInto(other);
  }

  @Override
  public void visitBorrow(Effect.Borrow b, LoanState state) {
    state.temporaries.add(b.loan().id());
  }

  @Override
  public void visitLend(Effect.Lend l, LoanState state) {
    LoanSet loans = state.heldBy(holders.indexOf(l.holder()));
    if (!loans.isEmpty()) {
      state.lend(l.consumer(), loans);
    }
  }

  @Override
  public void visitEndLoans(Effect.EndLoans end, LoanState state) {
    for (Loan l : end.loans()) {
      state.temporaries.remove(l.id());
    }
    state.takeLent(end.at()); // what holders lent to a call that has returned
  }

  @Override
  public void visitHold(Effect.Hold h, LoanState state) {
    LoanSet carried = new LoanSet();
    for (Loan l : h.loans()) {
      boolean taken = state.temporaries.contains(l.id());
      if (taken) {
        state.temporaries.remove(l.id());
        carried.add(l.id());
      }
      // A reborrow through a holder keeps the holder's own borrows alive, also when it is a
      // reborrow of the holder this assignment overwrites (`v1 = new V(v1.get())`, E0506):
      // the assignment ended the reborrow itself, but the new value still borrows what the
      // old one held (rustc: the old value's region outlives the reborrow's).
      if (l.place().root() instanceof VariableElement via
          && (taken || h.holder().equals(Holder.of(via)))) {
        carried.addAll(state.heldBy(holders.indexOf(via)));
      }
    }
    for (Holder c : h.copies()) {
      carried.addAll(state.heldBy(holders.indexOf(c)));
    }
    LoanSet lent = state.takeLent(h.at());
    if (lent != null) {
      carried.addAll(lent);
    }
    if (h.holder() instanceof Holder.Local local && body.isHolder(local.variable())) {
      // Overwriting a reference ends every loan taken through its old value (rustc's
      // assignment-kills-loans), the one just taken for the new value included.
      BitSet through = loansUnder(Place.of(local.variable()));
      state.kill(through);
      carried.removeAll(through);
    }
    state.hold(holders.indexOf(h.holder()), carried);
  }

  @Override
  public void visitInit(Effect.Init i, LoanState state) {
    // A holder's new value is set by its Hold; borrows through its old value stay valid.
    if (!(i.place().isRoot() && body.isHolder(i.place().root()))) {
      // rustc kills every loan the assignment conflicts with, of `h` too when `h.t` is
      // assigned: a conflict E0506 reported is not reported again at the next use.
      state.overwrite(loansConflicting(i.place()), true);
    }
  }

  @Override
  public void visitDrop(Effect.Drop d, LoanState state) {
    state.drop(holders.indexOf(d.variable()));
    if (!body.isHolder(d.variable())) {
      state.overwrite(loansUnder(Place.of(d.variable())), false);
    }
  }

  // A moved or used place keeps its loans: the conflict is ConflictChecker's to report. Keep
  // matters to liveness only; the rest are reports.

  @Override
  public void visitUse(Effect.Use u, LoanState state) {}

  @Override
  public void visitMove(Effect.Move m, LoanState state) {}

  @Override
  public void visitActivate(Effect.Activate a, LoanState state) {}

  @Override
  public void visitKeep(Effect.Keep k, LoanState state) {}

  @Override
  public void visitReturnBorrow(Effect.ReturnBorrow r, LoanState state) {}

  @Override
  public void visitIllegalMove(Effect.IllegalMove m, LoanState state) {}

  @Override
  public void visitIllegalMutation(Effect.IllegalMutation m, LoanState state) {}

  @Override
  public void visitSpawnCapture(Effect.SpawnCapture s, LoanState state) {}

  @Override
  public void visitEscape(Effect.Escape e, LoanState state) {}

  @Override
  public void visitCarryOut(Effect.CarryOut e, LoanState state) {}

  @Override
  public void visitLeak(Effect.Leak l, LoanState state) {}

  @Override
  public void visitObligation(Effect.Obligation o, LoanState state) {}

  /**
   * An exception abandons the expression it interrupts: its temporaries end, and so do the
   * loans holders lent to a consumer it will not reach. A holder that is dead where the edge
   * leads will not be read before it gets a new value: its loans can never be in scope again,
   * and carrying them on would only cost (rustc ends a loan where its region stops being live).
   */
  @Override
  public LoanState alongEdge(Edge edge, LoanState state) {
    boolean abandon = edge.isExceptional() && state.hasLoansInTransit();
    BitSet live = liveness.exitState(edge.target()); // backward: the target's start
    boolean prune = live != null && state.holdsForTheDead(live);
    if (!abandon && !prune) {
      return state;
    }
    LoanState s = state.copy();
    if (abandon) {
      s.abandonInTransit();
    }
    if (prune) {
      s.forgetTheDead(live);
    }
    return s;
  }

  /** The loans of {@code place}, of what lies below it and of what it lies below. */
  private BitSet loansConflicting(Place place) {
    if (place.isRoot()) {
      return loansUnder(place);
    }
    return loansConflicting.get(place);
  }

  private BitSet computeLoansConflicting(Place p) {
    BitSet mask = (BitSet) loansUnder(p).clone();
    BitSet candidates = holders.loansOn(p.root());
    for (int id = candidates.nextSetBit(0); id >= 0; id = candidates.nextSetBit(id + 1)) {
      if (p.startsWith(holders.loan(id).place())) {
        mask.set(id);
      }
    }
    return mask;
  }

  private BitSet loansUnder(Place place) {
    return loansUnder.get(place);
  }

  private BitSet computeLoansUnder(Place p) {
    BitSet mask = new BitSet();
    BitSet candidates = holders.loansOn(p.root());
    for (int id = candidates.nextSetBit(0); id >= 0; id = candidates.nextSetBit(id + 1)) {
      if (holders.loan(id).place().startsWith(p)) {
        mask.set(id);
      }
    }
    return mask;
  }
}
