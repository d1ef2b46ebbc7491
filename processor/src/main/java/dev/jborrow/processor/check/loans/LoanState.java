package dev.jborrow.processor.check.loans;

import com.sun.source.tree.Tree;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
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
  /** Loans of holders' values on their way to a new holder, by the consumer that takes them. */
  final Map<Tree, BitSet> lent;
  /**
   * By holder number, the loans a holder carried until what they borrow was overwritten or
   * dropped: they are no longer in scope, but the holder's value still refers there, which is
   * what a return of it is judged by (E0515, as rustc judges the returned value's region).
   */
  final Map<Integer, BitSet> gone;
  /**
   * The loans ended by an overwrite of what they borrow (E0506 if still used): rustc kills
   * them, so a return of a holder that carried one is not judged by it (no E0515 for the
   * mistake E0506 already names).
   */
  final BitSet overwritten;

  LoanState() {
    this(new BitSet(), new HashMap<>(), lentMap(0), new HashMap<>(), new BitSet());
  }

  /**
   * A map of lent loans sized for {@code n}: one is made for every state the analysis copies,
   * and most stay empty, where IdentityHashMap's default would clear and scan 64 slots.
   */
  private static Map<Tree, BitSet> lentMap(int n) {
    return new IdentityHashMap<>(Math.max(2, n));
  }

  private LoanState(BitSet temporaries, Map<Integer, BitSet> held, Map<Tree, BitSet> lent,
      Map<Integer, BitSet> gone, BitSet overwritten) {
    this.temporaries = temporaries;
    this.held = held;
    this.lent = lent;
    this.gone = gone;
    this.overwritten = overwritten;
  }

  LoanState copy() {
    Map<Integer, BitSet> h = new HashMap<>(Math.max(4, held.size() * 2));
    held.forEach((k, v) -> h.put(k, (BitSet) v.clone()));
    Map<Tree, BitSet> l = lentMap(lent.size());
    lent.forEach((k, v) -> l.put(k, (BitSet) v.clone()));
    Map<Integer, BitSet> g = new HashMap<>(Math.max(2, gone.size() * 2));
    gone.forEach((k, v) -> g.put(k, (BitSet) v.clone()));
    return new LoanState((BitSet) temporaries.clone(), h, l, g, (BitSet) overwritten.clone());
  }

  boolean joinInto(LoanState other) {
    return orInto(temporaries, other.temporaries) | joinInto(held, other.held)
        | joinInto(lent, other.lent) | joinInto(gone, other.gone)
        | orInto(overwritten, other.overwritten);
  }

  private static <K> boolean joinInto(Map<K, BitSet> mine, Map<K, BitSet> theirs) {
    boolean changed = false;
    for (Map.Entry<K, BitSet> e : theirs.entrySet()) {
      BitSet m = mine.get(e.getKey());
      if (m == null) {
        mine.put(e.getKey(), (BitSet) e.getValue().clone());
        changed = true;
      } else {
        changed |= orInto(m, e.getValue());
      }
    }
    return changed;
  }

  /** The loans holder {@code h} carries; empty for -1, a variable that holds none. Read only. */
  BitSet heldBy(int h) {
    return held.getOrDefault(h, NONE);
  }

  /** The loans holder {@code h} carried until what they borrow was overwritten. Read only. */
  BitSet goneFrom(int h) {
    return gone.getOrDefault(h, NONE);
  }

  /** Holder {@code h} now carries {@code loans}, and nothing else. */
  void hold(int h, BitSet loans) {
    gone.remove(h);
    if (loans.isEmpty()) {
      held.remove(h);
    } else {
      held.put(h, loans);
    }
  }

  /** Removes the loans in {@code mask} from every temporary and holder. */
  void kill(BitSet mask) {
    temporaries.andNot(mask);
    for (Map<?, BitSet> m : List.of(held, lent)) {
      m.values().removeIf(h -> {
        h.andNot(mask);
        return h.isEmpty();
      });
    }
  }

  /**
   * Ends the loans in {@code mask} because what they borrow is assigned a new value or
   * dropped; the holders that carried them remember them as gone.
   */
  void overwrite(BitSet mask, boolean assigned) {
    held.forEach((h, carried) -> {
      if (carried.intersects(mask)) {
        BitSet lost = (BitSet) carried.clone();
        lost.and(mask);
        gone.computeIfAbsent(h, k -> new BitSet()).or(lost);
        if (assigned) {
          overwritten.or(lost);
        }
      }
    });
    kill(mask);
  }

  private static boolean orInto(BitSet target, BitSet other) {
    int before = target.cardinality();
    target.or(other);
    return target.cardinality() != before;
  }
}
