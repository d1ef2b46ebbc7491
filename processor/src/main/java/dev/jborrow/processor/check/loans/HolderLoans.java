package dev.jborrow.processor.check.loans;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The loans of the holders that carry any, by holder number: sorted numbers beside their
 * loans. A state holds the few holders live at its point, not every holder of the body, so
 * that copying a state costs what it carries rather than the body's size (a method of 50,000
 * statements numbers thousands of holders, and the loan analysis copies a state per block).
 */
final class HolderLoans {

  private static final int[] NO_KEYS = new int[0];
  private static final LoanSet[] NO_VALUES = new LoanSet[0];

  private int[] keys;
  private LoanSet[] values;
  private int size;
  /**
   * Whether the arrays (and the sets in them) may be another copy's too: a copy shares them
   * until one of the two writes, as most copies of a state are never written.
   */
  private boolean shared;

  HolderLoans() {
    this(NO_KEYS, NO_VALUES, 0);
  }

  private HolderLoans(int[] keys, LoanSet[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
  }

  /** Makes the arrays and the sets in them this copy's alone before it writes. */
  private void own() {
    if (shared) {
      keys = Arrays.copyOf(keys, keys.length);
      LoanSet[] v = new LoanSet[values.length];
      for (int i = 0; i < size; i++) {
        v[i] = values[i].copy();
      }
      values = v;
      shared = false;
    }
  }

  int size() {
    return size;
  }

  /** The holder number of the {@code i}th entry, in increasing order. */
  int key(int i) {
    return keys[i];
  }

  /** The loans of the {@code i}th entry, never empty when put by {@link #put}. Read only. */
  LoanSet value(int i) {
    return values[i];
  }

  /** The loans of the {@code i}th entry, to be changed in place. */
  LoanSet valueToWrite(int i) {
    own();
    return values[i];
  }

  /** The loans of holder {@code h}, or null. Read only. */
  LoanSet get(int h) {
    int i = Arrays.binarySearch(keys, 0, size, h);
    return i >= 0 ? values[i] : null;
  }

  /** The loans of holder {@code h}, or null, to be changed in place. */
  LoanSet getToWrite(int h) {
    int i = Arrays.binarySearch(keys, 0, size, h);
    if (i < 0) {
      return null;
    }
    own();
    return values[i];
  }

  void put(int h, LoanSet loans) {
    own();
    int i = Arrays.binarySearch(keys, 0, size, h);
    if (i >= 0) {
      values[i] = loans;
      return;
    }
    i = -i - 1;
    if (size == keys.length) {
      int n = Math.max(4, size * 2);
      keys = Arrays.copyOf(keys, n);
      values = Arrays.copyOf(values, n);
    }
    System.arraycopy(keys, i, keys, i + 1, size - i);
    System.arraycopy(values, i, values, i + 1, size - i);
    keys[i] = h;
    values[i] = loans;
    size++;
  }

  void remove(int h) {
    int i = Arrays.binarySearch(keys, 0, size, h);
    if (i >= 0) {
      removeAt(i);
    }
  }

  /** Removes the {@code i}th entry; the entries after it move down by one. */
  void removeAt(int i) {
    own();
    System.arraycopy(keys, i + 1, keys, i, size - i - 1);
    System.arraycopy(values, i + 1, values, i, size - i - 1);
    size--;
    values[size] = null;
  }

  /** A copy, independent of this one: it shares this one's arrays until either writes. */
  HolderLoans copy() {
    if (size == 0) {
      return new HolderLoans();
    }
    shared = true;
    HolderLoans copy = new HolderLoans(keys, values, size);
    copy.shared = true;
    return copy;
  }

  /** Joins {@code other} in; true when this changed. */
  boolean joinInto(HolderLoans other) {
    boolean changed = false;
    for (int j = 0; j < other.size; j++) {
      LoanSet mine = get(other.keys[j]);
      if (mine == null) {
        put(other.keys[j], other.values[j].copy());
        changed = true;
      } else if (!mine.containsAll(other.values[j])) {
        changed |= getToWrite(other.keys[j]).addAll(other.values[j]);
      }
    }
    return changed;
  }

  /** Whether some entry's holder is not in {@code live}. */
  boolean anyOutside(BitSet live) {
    for (int i = 0; i < size; i++) {
      if (!live.get(keys[i])) {
        return true;
      }
    }
    return false;
  }

  /** Removes the entries whose holder is not in {@code live}. */
  void retainIn(BitSet live) {
    if (!anyOutside(live)) {
      return;
    }
    own();
    int w = 0;
    for (int i = 0; i < size; i++) {
      if (live.get(keys[i])) {
        keys[w] = keys[i];
        values[w] = values[i];
        w++;
      }
    }
    Arrays.fill(values, w, size, null);
    size = w;
  }
}
