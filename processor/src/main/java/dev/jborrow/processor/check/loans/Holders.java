package dev.jborrow.processor.check.loans;

import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.dataflow.LiveHolders;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import dev.jborrow.processor.ir.Loan;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * The numbering of one body's loans and of the holders that may carry them (locals, and the
 * hidden iterators of for-each loops), so that the loan and liveness analyses can keep their
 * facts in bit sets, as rustc's do.
 */
final class Holders {

  private final LiveHolders live;
  private final Loan[] byId;
  /** By root, an element: equal only to itself. */
  private final Map<Element, BitSet> byRoot = new IdentityHashMap<>(8);

  Holders(BodyEffects body, LiveHolders live) {
    this.live = live;
    List<Loan> started = new ArrayList<>();
    int loanCount = 0;
    for (Effect e : body.all()) {
      Loan l = e.match(STARTED);
      if (l != null) {
        started.add(l);
        loanCount = Math.max(loanCount, l.id() + 1);
      }
    }
    byId = new Loan[loanCount];
    for (Loan l : started) {
      byId[l.id()] = l;
      byRoot.computeIfAbsent(l.place().root(), k -> new BitSet()).set(l.id());
    }
  }

  /** The holder's number in the body's liveness, or -1 for a variable that is no holder. */
  int indexOf(Holder holder) {
    return live.indexOf(holder);
  }

  /** The number of the holder {@code Holder.of(variable)}, as {@link #indexOf(Holder)}. */
  int indexOf(VariableElement variable) {
    return live.indexOf(variable);
  }

  /** The loan numbered {@code id}. */
  Loan loan(int id) {
    return byId[id];
  }

  /** The loans numbered in {@code ids}, in the order they were created. */
  List<Loan> loans(LoanSet ids) {
    List<Loan> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      out.add(loan(ids.get(i)));
    }
    return out;
  }

  /** The loans {@code holder} carries in {@code state}. */
  Set<Loan> heldBy(LoanState state, VariableElement holder) {
    return new HashSet<>(loans(state.heldBy(indexOf(holder))));
  }

  /** The loans of places below {@code root}. Read only. */
  BitSet loansOn(Element root) {
    return byRoot.getOrDefault(root, new BitSet());
  }

  /** The loan an effect starts: only a borrow does (an activation starts its reservation). */
  private static final Effect.Cases<Loan> STARTED = new Effect.Cases<>() {
    @Override
    public Loan use(Effect.Use e) {
      return null;
    }

    @Override
    public Loan borrow(Effect.Borrow e) {
      return e.loan();
    }

    @Override
    public Loan activate(Effect.Activate e) {
      return null;
    }

    @Override
    public Loan endLoans(Effect.EndLoans e) {
      return null;
    }

    @Override
    public Loan hold(Effect.Hold e) {
      return null;
    }

    @Override
    public Loan lend(Effect.Lend e) {
      return null;
    }

    @Override
    public Loan keep(Effect.Keep e) {
      return null;
    }

    @Override
    public Loan returnBorrow(Effect.ReturnBorrow e) {
      return null;
    }

    @Override
    public Loan move(Effect.Move e) {
      return null;
    }

    @Override
    public Loan illegalMove(Effect.IllegalMove e) {
      return null;
    }

    @Override
    public Loan illegalMutation(Effect.IllegalMutation e) {
      return null;
    }

    @Override
    public Loan spawnCapture(Effect.SpawnCapture e) {
      return null;
    }

    @Override
    public Loan escape(Effect.Escape e) {
      return null;
    }

    @Override
    public Loan carryOut(Effect.CarryOut e) {
      return null;
    }

    @Override
    public Loan leak(Effect.Leak e) {
      return null;
    }

    @Override
    public Loan obligation(Effect.Obligation e) {
      return null; // an obligation is the leak checks' alone
    }

    @Override
    public Loan init(Effect.Init e) {
      return null;
    }

    @Override
    public Loan drop(Effect.Drop e) {
      return null;
    }
  };
}
