package dev.jborrow.processor.check.moves;

import dev.jborrow.processor.cfg.Place;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * For each place that may be moved at a program point, the moves that may have emptied it.
 * Bit {@code 2k} is move site k reached without crossing a back edge, bit {@code 2k+1} the same
 * site reached from an earlier iteration of a loop (rustc's "in previous iteration of loop").
 */
public final class MoveState {

  final Map<Place, BitSet> moved;

  MoveState() {
    this.moved = new HashMap<>();
  }

  private MoveState(Map<Place, BitSet> moved) {
    this.moved = moved;
  }

  MoveState copy() {
    Map<Place, BitSet> m = new HashMap<>(moved.size() * 2);
    for (Map.Entry<Place, BitSet> e : moved.entrySet()) {
      m.put(e.getKey(), (BitSet) e.getValue().clone());
    }
    return new MoveState(m);
  }

  boolean joinInto(MoveState other) {
    boolean changed = false;
    for (Map.Entry<Place, BitSet> e : other.moved.entrySet()) {
      BitSet mine = moved.get(e.getKey());
      if (mine == null) {
        moved.put(e.getKey(), (BitSet) e.getValue().clone());
        changed = true;
      } else {
        int before = mine.cardinality();
        mine.or(e.getValue());
        changed |= mine.cardinality() != before;
      }
    }
    return changed;
  }

  /** The moves that may have emptied {@code place}, a prefix of it, or a part of it. */
  BitSet conflicting(Place place) {
    BitSet sites = new BitSet();
    for (Map.Entry<Place, BitSet> e : moved.entrySet()) {
      if (e.getKey().conflictsWith(place)) {
        sites.or(e.getValue());
      }
    }
    return sites;
  }

  /** The moves that may have emptied {@code place} or a prefix of it. */
  BitSet movedPrefixOf(Place place) {
    BitSet sites = new BitSet();
    for (Map.Entry<Place, BitSet> e : moved.entrySet()) {
      if (place.startsWith(e.getKey())) {
        sites.or(e.getValue());
      }
    }
    return sites;
  }

  void clearPrefixesOf(Place place) {
    moved.keySet().removeIf(place::startsWith);
  }

  void clearConflicting(Place place) {
    moved.keySet().removeIf(p -> p.conflictsWith(place));
  }

  /** A new value in {@code place} fills it and everything below it. */
  void initialise(Place place) {
    moved.keySet().removeIf(p -> p.startsWith(place));
  }

  void move(Place place, int site) {
    BitSet b = new BitSet();
    b.set(2 * site);
    moved.put(place, b);
  }

  /** Undoes {@link #move} of {@code place} at {@code site}: the move did not happen. */
  void unmove(Place place, int site) {
    BitSet b = moved.get(place);
    b.clear(2 * site);
    if (b.isEmpty()) {
      moved.remove(place);
    }
  }

  void forget(Object root) {
    moved.keySet().removeIf(p -> p.root().equals(root));
  }

  /** The state after a back edge: every move now comes from an earlier iteration. */
  MoveState fromEarlierIteration() {
    Map<Place, BitSet> m = new HashMap<>(moved.size() * 2);
    for (Map.Entry<Place, BitSet> e : moved.entrySet()) {
      BitSet shifted = new BitSet();
      BitSet b = e.getValue();
      for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) {
        shifted.set(i | 1);
      }
      m.put(e.getKey(), shifted);
    }
    return new MoveState(m);
  }

  boolean isEmpty() {
    for (Iterator<BitSet> it = moved.values().iterator(); it.hasNext(); ) {
      if (!it.next().isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
