package dev.jborrow.processor.check.loans;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The borrows that exist at a program point: temporaries not yet consumed, and for each holder
 * variable the loans its value may carry.
 */
public final class LoanState {

  final Set<Loan> temporaries;
  final Map<Object, Set<Loan>> held;

  LoanState() {
    this(new HashSet<>(), new HashMap<>());
  }

  private LoanState(Set<Loan> temporaries, Map<Object, Set<Loan>> held) {
    this.temporaries = temporaries;
    this.held = held;
  }

  LoanState copy() {
    Map<Object, Set<Loan>> h = new HashMap<>(held.size() * 2);
    for (Map.Entry<Object, Set<Loan>> e : held.entrySet()) {
      h.put(e.getKey(), new HashSet<>(e.getValue()));
    }
    return new LoanState(new HashSet<>(temporaries), h);
  }

  boolean joinInto(LoanState other) {
    boolean changed = temporaries.addAll(other.temporaries);
    for (Map.Entry<Object, Set<Loan>> e : other.held.entrySet()) {
      changed |= held.computeIfAbsent(e.getKey(), k -> new HashSet<>()).addAll(e.getValue());
    }
    return changed;
  }

  public Set<Loan> heldBy(Object holder) {
    return held.getOrDefault(holder, Set.of());
  }

  public Set<Loan> temporaries() {
    return temporaries;
  }

  /** Every holder variable, for liveness. */
  public Set<Object> holders() {
    return held.keySet();
  }
}
