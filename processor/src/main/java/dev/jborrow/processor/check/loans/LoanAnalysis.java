package dev.jborrow.processor.check.loans;

import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.check.BodyEffects;
import dev.jborrow.processor.check.Effect;
import dev.jborrow.processor.check.EffectAnalysis;
import dev.jborrow.processor.dataflow.Direction;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * Which loans may exist, forward (rustc's {@code Borrows}, without the liveness part, which
 * {@link HolderLiveness} supplies): a loan starts where it is borrowed, passes to the holder
 * that receives its value, and ends when its temporary is consumed, its holder is reassigned or
 * dropped, or the borrowed place is overwritten.
 */
public final class LoanAnalysis extends EffectAnalysis<LoanState> {

  public LoanAnalysis(BodyEffects body) {
    super(body);
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
  public void apply(Effect e, LoanState state) {
    if (e instanceof Effect.Borrow b) {
      state.temporaries.add(b.loan());
    } else if (e instanceof Effect.EndLoans end) {
      state.temporaries.removeAll(end.loans());
    } else if (e instanceof Effect.Hold h) {
      Set<Loan> carried = new HashSet<>();
      for (Loan l : h.loans()) {
        if (state.temporaries.remove(l)) {
          carried.add(l);
          // A reborrow through a holder keeps the holder's own borrows alive.
          if (l.place().root() instanceof VariableElement via) {
            carried.addAll(state.heldBy(via));
          }
        }
      }
      for (Object c : h.copies()) {
        carried.addAll(state.heldBy(c));
      }
      if (body.isHolder(h.holder())) {
        // Overwriting a reference ends every loan taken through its old value (rustc's
        // assignment-kills-loans), the one just taken for the new value included.
        Place through = Place.of((javax.lang.model.element.Element) h.holder());
        killLoansOn(through, state);
        carried.removeIf(l -> l.place().startsWith(through));
      }
      if (carried.isEmpty()) {
        state.held.remove(h.holder());
      } else {
        state.held.put(h.holder(), carried);
      }
    } else if (e instanceof Effect.Init i) {
      // A holder's new value is set by its Hold; borrows through its old value stay valid.
      if (!(i.place().isRoot() && body.isHolder(i.place().root()))) {
        killLoansOn(i.place(), state);
      }
    } else if (e instanceof Effect.Drop d) {
      state.held.remove(d.variable());
      if (!body.isHolder(d.variable())) {
        killLoansOn(Place.of(d.variable()), state);
      }
    }
  }

  /** An exception abandons the expression it interrupts: its temporaries end. */
  @Override
  public LoanState alongEdge(Edge edge, LoanState state) {
    if (edge.isExceptional() && !state.temporaries.isEmpty()) {
      LoanState s = state.copy();
      s.temporaries.clear();
      return s;
    }
    return state;
  }

  /** Overwriting or dropping a place ends the loans of it and of what lies below it. */
  private static void killLoansOn(Place place, LoanState state) {
    state.temporaries.removeIf(l -> l.place().startsWith(place));
    for (Set<Loan> loans : state.held.values()) {
      loans.removeIf(l -> l.place().startsWith(place));
    }
  }
}
