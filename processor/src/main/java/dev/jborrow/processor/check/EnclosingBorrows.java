package dev.jborrow.processor.check;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * The borrow holders of a method and of its closures checked so far, which the closures
 * checked after them capture as borrows. Each closure sees the holders found before it: a
 * snapshot, which here is a count of the holders added so far, so that taking it costs nothing
 * (a copy per closure cost the method's holders per lambda: quadratic in a huge method).
 */
final class EnclosingBorrows {

  /** Each holder with its rank: a snapshot of {@code n} holds those ranked below {@code n}. */
  private final Map<VariableElement, Integer> rank = new HashMap<>();

  void addAll(Collection<VariableElement> holders) {
    for (VariableElement v : holders) {
      rank.putIfAbsent(v, rank.size());
    }
  }

  /** The holders added so far, unchanged by later additions. Read only. */
  Set<VariableElement> snapshot() {
    int n = rank.size();
    return new AbstractSet<>() {
      @Override
      public boolean contains(Object o) {
        Integer r = rank.get(o);
        return r != null && r < n;
      }

      @Override
      public int size() {
        return n;
      }

      @Override
      public Iterator<VariableElement> iterator() {
        return rank.entrySet().stream().filter(e -> e.getValue() < n)
            .map(Map.Entry::getKey).iterator();
      }
    };
  }
}
