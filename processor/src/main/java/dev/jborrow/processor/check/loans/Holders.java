package dev.jborrow.processor.check.loans;

import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.dataflow.LiveHolders;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import dev.jborrow.processor.ir.Loan;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * The numbering of one body's loans and of the holders that may carry them (locals, and the
 * hidden iterators of for-each loops), so that the loan and liveness analyses can keep their
 * facts in bit sets, as rustc's do.
 */
final class Holders {

  private final LiveHolders live;
  private final Loan[] loans;
  private final Map<Element, BitSet> byRoot = new HashMap<>();

  Holders(BodyEffects body, LiveHolders live) {
    this.live = live;
    int loanCount = 0;
    for (List<Effect> es : body.effects().values()) {
      for (Effect e : es) {
        if (e instanceof Effect.Borrow b) {
          loanCount = Math.max(loanCount, b.loan().id() + 1);
        }
      }
    }
    loans = new Loan[loanCount];
    for (List<Effect> es : body.effects().values()) {
      for (Effect e : es) {
        if (e instanceof Effect.Borrow b) {
          loans[b.loan().id()] = b.loan();
          byRoot.computeIfAbsent(b.loan().place().root(), k -> new BitSet()).set(b.loan().id());
        }
      }
    }
  }

  /** The holder's number in the body's liveness, or -1 for a variable that is no holder. */
  int indexOf(Holder holder) {
    return live.indexOf(holder);
  }

  /** The loan numbered {@code id}. */
  Loan loan(int id) {
    return loans[id];
  }

  /** The loans of places below {@code root}. Read only. */
  BitSet loansOn(Element root) {
    return byRoot.getOrDefault(root, new BitSet());
  }
}
