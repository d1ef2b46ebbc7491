package dev.jborrow.processor.lower;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Loan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Takes out of a block's effects the loans no check can see: a temporary borrow that ends at
 * the node taking its value, with nothing in between that asks which loans are in scope
 * ({@code c.size()}, {@code measure(acc)}, {@code c.buffer().length()}: most loans of most
 * bodies). A loan is seen only by an effect that accesses a place, moves or drops a value, or
 * lets a borrow leave, while the loan is in scope; where none happens between its start and its
 * end, dropping its {@code Borrow} and its place in the {@code EndLoans} changes no finding,
 * and every analysis after the lowering carries one loan less through every state.
 *
 * <p>A two-phase loan is kept: its activation at the call is an access of its own. So is every
 * loan whose value travels on to a holder, or past the end of its block.
 */
final class UnseenLoans {

  private UnseenLoans() {}

  /**
   * Takes the unseen loans out of {@code effects}, the effects of {@code nodes} (one block's, in
   * order; an entry may be replaced). {@code lent} holds the consumers that holders lend to
   * ({@code Lend}): their {@code EndLoans} also takes those loans back, and stays.
   */
  static void elide(List<Node> nodes, List<List<Effect>> effects, Set<Tree> lent) {
    for (int i = 0; i < nodes.size(); i++) {
      List<Effect> mine = effects.get(i);
      for (int p = 0; p < mine.size(); p++) {
        if (mine.get(p) instanceof Effect.Borrow b && !b.loan().twoPhase()
            && b.loan().consumer() != null
            && elide(b.loan(), nodes, effects, i, p, lent)) {
          mine = effects.get(i); // replaced, without the Borrow
          p--;
        }
      }
    }
  }

  /** Takes {@code loan}, started by effect {@code p} of node {@code i}, out if none sees it. */
  private static boolean elide(Loan loan, List<Node> nodes, List<List<Effect>> effects, int i,
      int p, Set<Tree> lent) {
    List<Effect> start = effects.get(i);
    for (int k = p + 1; k < start.size(); k++) {
      if (seesLoans(start.get(k))) {
        return false;
      }
    }
    for (int j = i + 1; j < nodes.size(); j++) {
      List<Effect> between = effects.get(j);
      if (nodes.get(j) != loan.consumer()) {
        for (Effect e : between) {
          if (seesLoans(e)) {
            return false;
          }
        }
        continue;
      }
      for (int k = 0; k < between.size(); k++) {
        Effect e = between.get(k);
        if (e instanceof Effect.EndLoans end && end.loans().contains(loan)) {
          effects.set(i, without(start, p));
          List<Loan> rest = new ArrayList<>(end.loans());
          rest.remove(loan);
          effects.set(j, rest.isEmpty() && !lent.contains(end.at()) ? without(between, k)
              : replaced(between, k, new Effect.EndLoans(List.copyOf(rest), end.at())));
          return true;
        }
        if (seesLoans(e)) {
          return false;
        }
      }
      return false; // the consumer hands it on (to a holder): it lives past here
    }
    return false; // taken in a later block
  }

  private static List<Effect> without(List<Effect> effects, int k) {
    List<Effect> out = new ArrayList<>(effects);
    out.remove(k);
    return out.isEmpty() ? List.of() : out;
  }

  private static List<Effect> replaced(List<Effect> effects, int k, Effect e) {
    List<Effect> out = new ArrayList<>(effects);
    out.set(k, e);
    return out;
  }

  /**
   * Whether the effect asks which loans are in scope where it happens (the borrow check's
   * accesses, moves, drops, and borrows leaving the body): the kinds that could find a loan in
   * conflict, or report one.
   */
  private static boolean seesLoans(Effect e) {
    return e.match(SEES_LOANS);
  }

  private static final Effect.Cases<Boolean> SEES_LOANS = new Effect.Cases<>() {
    @Override
    public Boolean use(Effect.Use e) {
      return true;
    }

    @Override
    public Boolean borrow(Effect.Borrow e) {
      return false; // starting a loan accesses its place: the Use before it is what is checked
    }

    @Override
    public Boolean activate(Effect.Activate e) {
      return true;
    }

    @Override
    public Boolean endLoans(Effect.EndLoans e) {
      return false;
    }

    @Override
    public Boolean hold(Effect.Hold e) {
      return false; // it takes the loans it lists, and those it copies from holders
    }

    @Override
    public Boolean lend(Effect.Lend e) {
      return false;
    }

    @Override
    public Boolean keep(Effect.Keep e) {
      return false; // a holder's liveness
    }

    @Override
    public Boolean returnBorrow(Effect.ReturnBorrow e) {
      return true;
    }

    @Override
    public Boolean move(Effect.Move e) {
      return true;
    }

    @Override
    public Boolean illegalMove(Effect.IllegalMove e) {
      return true;
    }

    @Override
    public Boolean illegalMutation(Effect.IllegalMutation e) {
      return false; // reported whatever the loans
    }

    @Override
    public Boolean spawnCapture(Effect.SpawnCapture e) {
      return true;
    }

    @Override
    public Boolean escape(Effect.Escape e) {
      return true;
    }

    @Override
    public Boolean carryOut(Effect.CarryOut e) {
      return true;
    }

    @Override
    public Boolean leak(Effect.Leak e) {
      return false;
    }

    @Override
    public Boolean init(Effect.Init e) {
      return true;
    }

    @Override
    public Boolean drop(Effect.Drop e) {
      return true;
    }

    @Override
    public Boolean obligation(Effect.Obligation e) {
      return false;
    }
  };
}
