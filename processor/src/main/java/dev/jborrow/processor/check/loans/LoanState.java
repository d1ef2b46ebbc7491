package dev.jborrow.processor.check.loans;

import com.sun.source.tree.Tree;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The borrows that exist at a program point: temporaries not yet consumed, and for each holder
 * the loans its value may carry. Loans and holders are numbered densely by {@link Holders}, so
 * the holders' loans are an array indexed by holder number (null for a holder that carries
 * none): copying a state and joining two are loops over a few slots, with no hashing.
 */
final class LoanState {

  private static final BitSet NONE = new BitSet();

  final BitSet temporaries;
  /** By holder number, the loans the holder carries; null for none. */
  private final BitSet[] held;
  /** Loans of holders' values on their way to a new holder, by the consumer that takes them. */
  final Map<Tree, BitSet> lent;
  /**
   * By holder number, the loans a holder carried until what they borrow was overwritten or
   * dropped: they are no longer in scope, but the holder's value still refers there, which is
   * what a return of it is judged by (E0515, as rustc judges the returned value's region).
   */
  private final BitSet[] gone;
  /**
   * The loans ended by an overwrite of what they borrow (E0506 if still used): rustc kills
   * them, so a return of a holder that carried one is not judged by it (no E0515 for the
   * mistake E0506 already names).
   */
  final BitSet overwritten;

  /** @param holders how many holders the body numbers */
  LoanState(int holders) {
    this(new BitSet(), new BitSet[holders], lentMap(0), new BitSet[holders], new BitSet());
  }

  /**
   * A map of lent loans sized for {@code n}: one is made for every state the analysis copies,
   * and most stay empty, where IdentityHashMap's default would clear and scan 64 slots.
   */
  private static Map<Tree, BitSet> lentMap(int n) {
    return new IdentityHashMap<>(Math.max(2, n));
  }

  private LoanState(BitSet temporaries, BitSet[] held, Map<Tree, BitSet> lent, BitSet[] gone,
      BitSet overwritten) {
    this.temporaries = temporaries;
    this.held = held;
    this.lent = lent;
    this.gone = gone;
    this.overwritten = overwritten;
  }

  LoanState copy() {
    Map<Tree, BitSet> l = lentMap(lent.size());
    lent.forEach((k, v) -> l.put(k, (BitSet) v.clone()));
    return new LoanState((BitSet) temporaries.clone(), deepCopy(held), l, deepCopy(gone),
        (BitSet) overwritten.clone());
  }

  private static BitSet[] deepCopy(BitSet[] sets) {
    BitSet[] copy = new BitSet[sets.length];
    for (int i = 0; i < sets.length; i++) {
      if (sets[i] != null) {
        copy[i] = (BitSet) sets[i].clone();
      }
    }
    return copy;
  }

  boolean joinInto(LoanState other) {
    boolean changed = orInto(temporaries, other.temporaries) | joinInto(held, other.held)
        | joinInto(gone, other.gone) | orInto(overwritten, other.overwritten);
    for (Map.Entry<Tree, BitSet> e : other.lent.entrySet()) {
      BitSet m = lent.get(e.getKey());
      if (m == null) {
        lent.put(e.getKey(), (BitSet) e.getValue().clone());
        changed = true;
      } else {
        changed |= orInto(m, e.getValue());
      }
    }
    return changed;
  }

  private static boolean joinInto(BitSet[] mine, BitSet[] theirs) {
    boolean changed = false;
    for (int h = 0; h < theirs.length; h++) {
      if (theirs[h] == null) {
        continue;
      }
      if (mine[h] == null) {
        mine[h] = (BitSet) theirs[h].clone();
        changed = true;
      } else {
        changed |= orInto(mine[h], theirs[h]);
      }
    }
    return changed;
  }

  /** The loans holder {@code h} carries; empty for -1, a variable that holds none. Read only. */
  BitSet heldBy(int h) {
    return h < 0 || held[h] == null ? NONE : held[h];
  }

  /** The loans holder {@code h} carried until what they borrow was overwritten. Read only. */
  BitSet goneFrom(int h) {
    return h < 0 || gone[h] == null ? NONE : gone[h];
  }

  /** Whether no loan exists here: no temporary, nothing held or lent. */
  boolean hasNoLoans() {
    if (!temporaries.isEmpty() || !lent.isEmpty()) {
      return false;
    }
    for (BitSet h : held) {
      if (h != null) {
        return false;
      }
    }
    return true;
  }

  /** Adds to {@code into} the loans of the holders live in {@code live}, and those lent. */
  void orInScope(BitSet live, BitSet into) {
    lent.values().forEach(into::or);
    for (int h = 0; h < held.length; h++) {
      if (held[h] != null && live.get(h)) {
        into.or(held[h]);
      }
    }
  }

  /** Holder {@code h} now carries {@code loans}, and nothing else. */
  void hold(int h, BitSet loans) {
    gone[h] = null;
    held[h] = loans.isEmpty() ? null : loans;
  }

  /** Holder {@code h} goes out of scope: it carries nothing, and remembers nothing gone. */
  void drop(int h) {
    if (h >= 0) {
      held[h] = null;
      gone[h] = null;
    }
  }

  /** Whether a holder that carries loans, or remembers some gone, is dead in {@code live}. */
  boolean holdsForTheDead(BitSet live) {
    for (int h = 0; h < held.length; h++) {
      if ((held[h] != null || gone[h] != null) && !live.get(h)) {
        return true;
      }
    }
    return false;
  }

  /** Forgets what the holders that are dead in {@code live} carry. */
  void forgetTheDead(BitSet live) {
    for (int h = 0; h < held.length; h++) {
      if (!live.get(h)) {
        held[h] = null;
        gone[h] = null;
      }
    }
  }

  /** Removes the loans in {@code mask} from every temporary and holder. */
  void kill(BitSet mask) {
    temporaries.andNot(mask);
    for (int h = 0; h < held.length; h++) {
      if (held[h] != null) {
        held[h].andNot(mask);
        if (held[h].isEmpty()) {
          held[h] = null;
        }
      }
    }
    lent.values().removeIf(l -> {
      l.andNot(mask);
      return l.isEmpty();
    });
  }

  /**
   * Ends the loans in {@code mask} because what they borrow is assigned a new value or
   * dropped; the holders that carried them remember them as gone.
   */
  void overwrite(BitSet mask, boolean assigned) {
    for (int h = 0; h < held.length; h++) {
      if (held[h] != null && held[h].intersects(mask)) {
        BitSet lost = (BitSet) held[h].clone();
        lost.and(mask);
        if (gone[h] == null) {
          gone[h] = new BitSet();
        }
        gone[h].or(lost);
        if (assigned) {
          overwritten.or(lost);
        }
      }
    }
    kill(mask);
  }

  private static boolean orInto(BitSet target, BitSet other) {
    int before = target.cardinality();
    target.or(other);
    return target.cardinality() != before;
  }
}
