package dev.jborrow.processor.check.loans;

import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import dev.jborrow.processor.ir.Loan;
import java.util.ArrayList;
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

  private final Map<Holder, Integer> index = new HashMap<>();
  private final List<Holder> holders = new ArrayList<>();
  private final Loan[] loans;
  private final Map<Element, BitSet> byRoot = new HashMap<>();

  Holders(BodyEffects body) {
    int loanCount = 0;
    for (List<Effect> es : body.effects().values()) {
      for (Effect e : es) {
        if (e instanceof Effect.Borrow b) {
          loanCount = Math.max(loanCount, b.loan().id() + 1);
        } else if (e instanceof Effect.Hold h) {
          add(h.holder());
          h.copies().forEach(this::add);
        } else if (e instanceof Effect.Keep k) {
          add(k.holder());
        } else if (e instanceof Effect.Lend l) {
          add(l.holder());
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

  private void add(Holder holder) {
    if (index.putIfAbsent(holder, holders.size()) == null) {
      holders.add(holder);
    }
  }

  /** The holder's number, or -1 for a variable that never holds a borrow. */
  int indexOf(Holder holder) {
    Integer i = index.get(holder);
    return i == null ? -1 : i;
  }

  int size() {
    return holders.size();
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
