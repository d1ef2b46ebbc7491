package dev.jborrow.processor.check.loans;

import com.sun.source.tree.Tree;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The borrows that exist at a program point: temporaries not yet consumed, and for each holder
 * the loans its value may carry. Loans and holders are numbered densely by {@link Holders}; a
 * state keeps only what exists at its point (the holders that carry loans, {@link
 * HolderLoans}, and sets of loan numbers, {@link LoanSet}), so that copying a state and joining
 * two cost what the point holds, not the size of the body.
 */
final class LoanState {

  private static final LoanSet NONE = new LoanSet();

  final LoanSet temporaries;
  /** By holder number, the loans the holder carries; absent for none. */
  private final HolderLoans held;
  /**
   * Loans of holders' values on their way to a new holder, by the consumer that takes them;
   * null while none is: most states lend nothing, and a table per copy would cost more than
   * the rest of the state.
   */
  private Map<Tree, LoanSet> lent;
  /**
   * By holder number, the loans a holder carried until what they borrow was overwritten or
   * dropped: they are no longer in scope, but the holder's value still refers there, which is
   * what a return of it is judged by (E0515, as rustc judges the returned value's region).
   */
  private final HolderLoans gone;
  /**
   * The loans ended by an overwrite of what they borrow (E0506 if still used): rustc kills
   * them, so a return of a holder that carried one is not judged by it (no E0515 for the
   * mistake E0506 already names).
   */
  final LoanSet overwritten;

  LoanState() {
    this(new LoanSet(), new HolderLoans(), null, new HolderLoans(), new LoanSet());
  }

  /**
   * A map of lent loans sized for {@code n}, where IdentityHashMap's default would clear and
   * scan 64 slots.
   */
  private static Map<Tree, LoanSet> lentMap(int n) {
    return new IdentityHashMap<>(Math.max(2, n));
  }

  private LoanState(LoanSet temporaries, HolderLoans held, Map<Tree, LoanSet> lent,
      HolderLoans gone, LoanSet overwritten) {
    this.temporaries = temporaries;
    this.held = held;
    this.lent = lent;
    this.gone = gone;
    this.overwritten = overwritten;
  }

  LoanState copy() {
    Map<Tree, LoanSet> l = null;
    if (lent != null && !lent.isEmpty()) {
      Map<Tree, LoanSet> copy = lentMap(lent.size());
      lent.forEach((k, v) -> copy.put(k, v.copy()));
      l = copy;
    }
    return new LoanState(temporaries.copy(), held.copy(), l, gone.copy(),
        overwritten.copy());
  }

  boolean joinInto(LoanState other) {
    boolean changed = temporaries.addAll(other.temporaries) | held.joinInto(other.held)
        | gone.joinInto(other.gone) | overwritten.addAll(other.overwritten);
    if (other.lent == null || other.lent.isEmpty()) {
      return changed; // most states lend nothing: no iterator over an empty table
    }
    if (lent == null) {
      lent = lentMap(other.lent.size());
    }
    for (Map.Entry<Tree, LoanSet> e : other.lent.entrySet()) {
      LoanSet m = lent.get(e.getKey());
      if (m == null) {
        lent.put(e.getKey(), e.getValue().copy());
        changed = true;
      } else {
        changed |= m.addAll(e.getValue());
      }
    }
    return changed;
  }

  /** The loans holder {@code h} carries; empty for -1, a variable that holds none. Read only. */
  LoanSet heldBy(int h) {
    LoanSet loans = h < 0 ? null : held.get(h);
    return loans == null ? NONE : loans;
  }

  /** The loans holder {@code h} carried until what they borrow was overwritten. Read only. */
  LoanSet goneFrom(int h) {
    LoanSet loans = h < 0 ? null : gone.get(h);
    return loans == null ? NONE : loans;
  }

  /** The loans lent to {@code consumer}, or null. Read only. */
  LoanSet lentTo(Tree consumer) {
    return lent == null ? null : lent.get(consumer);
  }

  /** Holders lend {@code loans} to {@code consumer}, besides what they lent it before. */
  void lend(Tree consumer, LoanSet loans) {
    if (lent == null) {
      lent = lentMap(1);
    }
    lent.computeIfAbsent(consumer, k -> new LoanSet()).addAll(loans);
  }

  /** The consumer has taken what it was lent (or returned): removes and gives it, or null. */
  LoanSet takeLent(Tree consumer) {
    return lent == null ? null : lent.remove(consumer);
  }

  /**
   * Whether the state carries what only an expression under way has: temporaries, or loans
   * lent to a consumer not reached yet.
   */
  boolean hasLoansInTransit() {
    return !temporaries.isEmpty() || lent != null && !lent.isEmpty();
  }

  /**
   * An exception abandons the expression under way: its temporaries end, and what holders lent
   * to a consumer it will not reach (`r = m.s.me()` interrupted by the call) goes nowhere.
   */
  void abandonInTransit() {
    temporaries.clear();
    lent = null;
  }

  /** Whether no loan exists here: no temporary, nothing held or lent. */
  boolean hasNoLoans() {
    return temporaries.isEmpty() && (lent == null || lent.isEmpty()) && held.size() == 0;
  }

  /** The temporaries, the loans lent and those of the holders live in {@code live}. */
  LoanSet inScope(BitSet live) {
    LoanSet in = temporaries.copy();
    if (lent != null && !lent.isEmpty()) {
      lent.values().forEach(in::addAll);
    }
    for (int i = 0; i < held.size(); i++) {
      if (live.get(held.key(i))) {
        in.addAll(held.value(i));
      }
    }
    return in;
  }

  /** Holder {@code h} now carries {@code loans}, and nothing else. */
  void hold(int h, LoanSet loans) {
    gone.remove(h);
    if (loans.isEmpty()) {
      held.remove(h);
    } else {
      held.put(h, loans);
    }
  }

  /** Holder {@code h} goes out of scope: it carries nothing, and remembers nothing gone. */
  void drop(int h) {
    if (h >= 0) {
      held.remove(h);
      gone.remove(h);
    }
  }

  /** Whether a holder that carries loans, or remembers some gone, is dead in {@code live}. */
  boolean holdsForTheDead(BitSet live) {
    return held.anyOutside(live) || gone.anyOutside(live);
  }

  /** Forgets what the holders that are dead in {@code live} carry. */
  void forgetTheDead(BitSet live) {
    held.retainIn(live);
    gone.retainIn(live);
  }

  /** Removes the loans in {@code mask} from every temporary and holder. */
  void kill(BitSet mask) {
    temporaries.removeAll(mask);
    for (int i = held.size() - 1; i >= 0; i--) {
      if (!held.value(i).intersects(mask)) {
        continue; // nothing to remove: the entry stays shared with the copies of this state
      }
      LoanSet loans = held.valueToWrite(i);
      loans.removeAll(mask);
      if (loans.isEmpty()) {
        held.removeAt(i);
      }
    }
    if (lent != null && !lent.isEmpty()) {
      for (Iterator<LoanSet> it = lent.values().iterator(); it.hasNext(); ) {
        LoanSet l = it.next();
        l.removeAll(mask);
        if (l.isEmpty()) {
          it.remove();
        }
      }
    }
  }

  /**
   * Ends the loans in {@code mask} because what they borrow is assigned a new value or
   * dropped; the holders that carried them remember them as gone.
   */
  void overwrite(BitSet mask, boolean assigned) {
    for (int i = 0; i < held.size(); i++) {
      if (held.value(i).intersects(mask)) {
        LoanSet lost = held.value(i).copy();
        lost.retainAll(mask);
        LoanSet g = gone.getToWrite(held.key(i));
        if (g == null) {
          g = new LoanSet();
          gone.put(held.key(i), g);
        }
        g.addAll(lost);
        if (assigned) {
          overwritten.addAll(lost);
        }
      }
    }
    kill(mask);
  }
}
