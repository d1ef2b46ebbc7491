package dev.jborrow.processor.check.loans;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntPredicate;

/**
 * A set of loan numbers, kept as a sorted array. A point of a body has few loans, but their
 * numbers grow with the body: a bit set would cost the body's loan count at every copy and
 * join of a state (a method of 50,000 statements numbers tens of thousands of loans, and the
 * loan analysis copies a state per block), while this costs what the point holds. The masks
 * the analysis applies (the loans under a place) stay bit sets: testing a member is constant.
 */
final class LoanSet {

  private static final int[] NONE = new int[0];

  private int[] ids;
  private int size;
  /**
   * Whether {@link #ids} may be another set's too: a copy shares its original's array until
   * one of them writes (the loan analysis copies a state per block, and most copies are
   * never written).
   */
  private boolean shared;

  LoanSet() {
    this(NONE, 0);
  }

  private LoanSet(int[] ids, int size) {
    this.ids = ids;
    this.size = size;
  }

  /**
   * Makes {@link #ids} this set's alone before it is written, with the room it had: {@link #add}
   * counts on a shared array's spare room.
   */
  private void own() {
    if (shared) {
      ids = Arrays.copyOf(ids, Math.max(4, ids.length));
      shared = false;
    }
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  /** The {@code i}th loan number, in increasing order. */
  int get(int i) {
    return ids[i];
  }

  boolean contains(int id) {
    return Arrays.binarySearch(ids, 0, size, id) >= 0;
  }

  void add(int id) {
    int i = Arrays.binarySearch(ids, 0, size, id);
    if (i >= 0) {
      return;
    }
    i = -i - 1;
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, Math.max(4, size * 2));
      shared = false;
    } else {
      own();
    }
    System.arraycopy(ids, i, ids, i + 1, size - i);
    ids[i] = id;
    size++;
  }

  void remove(int id) {
    int i = Arrays.binarySearch(ids, 0, size, id);
    if (i >= 0) {
      own();
      System.arraycopy(ids, i + 1, ids, i, size - i - 1);
      size--;
    }
  }

  void clear() {
    size = 0;
  }

  /** A copy that shares this set's array until either writes. */
  LoanSet copy() {
    if (size == 0) {
      return new LoanSet();
    }
    shared = true;
    LoanSet copy = new LoanSet(ids, size);
    copy.shared = true;
    return copy;
  }

  /** Whether every loan of {@code other} is in this set. */
  boolean containsAll(LoanSet other) {
    int i = 0;
    for (int j = 0; j < other.size; j++) {
      while (i < size && ids[i] < other.ids[j]) {
        i++;
      }
      if (i == size || ids[i] != other.ids[j]) {
        return false;
      }
    }
    return true;
  }

  /** Adds the loans of {@code other}; true when this set grew. */
  boolean addAll(LoanSet other) {
    if (other.size == 0) {
      return false;
    }
    if (size == 0) {
      ids = Arrays.copyOf(other.ids, other.size);
      size = other.size;
      shared = false;
      return true;
    }
    int[] merged = null;
    int i = 0;
    int j = 0;
    int n = 0;
    while (j < other.size) {
      if (i < size && ids[i] < other.ids[j]) {
        if (merged != null) {
          merged[n] = ids[i];
        }
        i++;
        n++;
      } else if (i < size && ids[i] == other.ids[j]) {
        if (merged != null) {
          merged[n] = ids[i];
        }
        i++;
        j++;
        n++;
      } else {
        if (merged == null) { // the first loan this set lacks: from here on, merge
          merged = new int[size + other.size - j];
          System.arraycopy(ids, 0, merged, 0, n);
        }
        merged[n++] = other.ids[j++];
      }
    }
    if (merged == null) {
      return false; // every loan of other was here already
    }
    while (i < size) {
      merged[n++] = ids[i++];
    }
    ids = merged;
    size = n;
    shared = false;
    return true;
  }

  /** Removes the loans in {@code mask}. */
  void removeAll(BitSet mask) {
    removeIf(mask::get);
  }

  /** Removes the loans of {@code other}. */
  void removeAll(LoanSet other) {
    removeIf(other::contains);
  }

  /** Keeps only the loans in {@code mask}. */
  void retainAll(BitSet mask) {
    removeIf(id -> !mask.get(id));
  }

  /** Removes the loans {@code gone} holds for, in place, keeping the order. */
  private void removeIf(IntPredicate gone) {
    int w = 0;
    while (w < size && !gone.test(ids[w])) {
      w++; // nothing written before the first loan that goes
    }
    if (w == size) {
      return;
    }
    own();
    for (int i = w + 1; i < size; i++) {
      if (!gone.test(ids[i])) {
        ids[w++] = ids[i];
      }
    }
    size = w;
  }


  boolean intersects(BitSet mask) {
    for (int i = 0; i < size; i++) {
      if (mask.get(ids[i])) {
        return true;
      }
    }
    return false;
  }

  boolean intersects(LoanSet other) {
    for (int i = 0; i < size; i++) {
      if (other.contains(ids[i])) {
        return true;
      }
    }
    return false;
  }
}
