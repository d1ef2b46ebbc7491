package dev.jborrow.processor.check.moves;

import java.util.BitSet;

/**
 * The moves that may have emptied a place at a program point, as bits of their sites: bit
 * {@code 2k} is move site k reached without crossing a back edge, bit {@code 2k+1} the same
 * site reached from an earlier iteration of a loop (rustc's "in previous iteration of loop").
 * A place is moved where a bit of a site of that place is set; {@link MovePaths} gives the
 * masks that select the sites of related places.
 */
public final class MoveState {

  final BitSet bits;

  MoveState() {
    this(new BitSet());
  }

  private MoveState(BitSet bits) {
    this.bits = bits;
  }

  MoveState copy() {
    return new MoveState((BitSet) bits.clone());
  }

  boolean joinInto(MoveState other) {
    int before = bits.cardinality();
    bits.or(other.bits);
    return bits.cardinality() != before;
  }

  /** The moves among the sites of {@code mask} that may have happened here. */
  BitSet among(BitSet mask) {
    if (!bits.intersects(mask)) {
      return new BitSet(); // most places are not moved where they are used: no copy
    }
    BitSet sites = (BitSet) bits.clone();
    sites.and(mask);
    return sites;
  }

  /** Forgets the moves of the sites in {@code mask}: their places hold values again. */
  void clear(BitSet mask) {
    bits.andNot(mask);
  }

  /** Site {@code site} moves its place (whose earlier moves the caller has cleared). */
  void move(int site) {
    bits.set(2 * site);
  }

  /** Undoes {@link #move} at {@code site}: the move did not happen. */
  void unmove(int site) {
    bits.clear(2 * site);
  }

  boolean isMoved(int site) {
    return bits.get(2 * site);
  }

  /** The state after a back edge: every move now comes from an earlier iteration. */
  MoveState fromEarlierIteration() {
    BitSet shifted = new BitSet();
    for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
      shifted.set(i | 1);
    }
    return new MoveState(shifted);
  }

  boolean isEmpty() {
    return bits.isEmpty();
  }
}
