package dev.jborrow.processor.check.loans;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The borrows that exist at a program point: temporaries not yet consumed, and for each holder
 * the loans its value may carry. Loans and holders are numbered by {@link Holders}. Few holders
 * carry a loan at any one point (dead ones are dropped, see {@link LoanAnalysis}), so the
 * holders are a sparse map, not an array as long as the body's holders.
 */
final class LoanState {

  private static final BitSet NONE = new BitSet();

  final BitSet temporaries;
  /** By holder number, only the holders that carry at least one loan. */
  final Map<Integer, BitSet> held;

  LoanState() {
    this(new BitSet(), new HashMap<>());
  }

  private LoanState(BitSet temporaries, Map<Integer, BitSet> held) {
    this.temporaries = temporaries;
    this.held = held;
  }

  LoanState copy() {
    Map<Integer, BitSet> h = new HashMap<>(Math.max(4, held.size() * 2));
    held.forEach((k, v) -> h.put(k, (BitSet) v.clone()));
    return new LoanState((BitSet) temporaries.clone(), h);
  }

  boolean joinInto(LoanState other) {
    boolean changed = orInto(temporaries, other.temporaries);
    for (Map.Entry<Integer, BitSet> e : other.held.entrySet()) {
      BitSet mine = held.get(e.getKey());
      if (mine == null) {
        held.put(e.getKey(), (BitSet) e.getValue().clone());
        changed = true;
      } else {
        changed |= orInto(mine, e.getValue());
      }
    }
    return changed;
  }

  /** The loans holder {@code h} carries; empty for -1, a variable that holds none. Read only. */
  BitSet heldBy(int h) {
    return held.getOrDefault(h, NONE);
  }

  /** Holder {@code h} now carries {@code loans}, and nothing else. */
  void hold(int h, BitSet loans) {
    if (loans.isEmpty()) {
      held.remove(h);
    } else {
      held.put(h, loans);
    }
  }

  /** Removes the loans in {@code mask} from every temporary and holder. */
  void kill(BitSet mask) {
    temporaries.andNot(mask);
    held.values().removeIf(h -> {
      h.andNot(mask);
      return h.isEmpty();
    });
  }

  private static boolean orInto(BitSet target, BitSet other) {
    int before = target.cardinality();
    target.or(other);
    return target.cardinality() != before;
  }
}
