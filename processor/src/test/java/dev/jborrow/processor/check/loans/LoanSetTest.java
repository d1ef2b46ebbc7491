package dev.jborrow.processor.check.loans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** The copy-on-write loan sets: a copy and its original never see each other's writes. */
class LoanSetTest {

  private static LoanSet of(int... ids) {
    LoanSet s = new LoanSet();
    for (int id : ids) {
      s.add(id);
    }
    return s;
  }

  private static int[] ids(LoanSet s) {
    int[] out = new int[s.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = s.get(i);
    }
    return out;
  }

  @Test
  void addingToACopyOfASetWithSpareRoomKeepsBothSorted() {
    // Five loans in an array of eight: the copy shares it, and its first write must make room
    // (the loan analysis once threw ArrayIndexOutOfBoundsException here, in stress mode on
    // jackson-databind).
    LoanSet original = of(10, 20, 30, 40, 50);
    LoanSet copy = original.copy();
    copy.add(25);
    original.add(35);
    assertArrayEquals(new int[] {10, 20, 25, 30, 40, 50}, ids(copy));
    assertArrayEquals(new int[] {10, 20, 30, 35, 40, 50}, ids(original));
  }

  @Test
  void removingFromACopyLeavesTheOriginal() {
    LoanSet original = of(1, 2, 3, 4, 5, 6);
    LoanSet copy = original.copy();
    copy.remove(3);
    BitSet even = new BitSet();
    even.set(2);
    even.set(4);
    even.set(6);
    original.removeAll(even);
    assertArrayEquals(new int[] {1, 2, 4, 5, 6}, ids(copy));
    assertArrayEquals(new int[] {1, 3, 5}, ids(original));
  }

  @Test
  void aCopyOfAFullSetGrowsOnItsOwn() {
    LoanSet original = of(1, 2, 3, 4);
    LoanSet copy = original.copy();
    copy.add(0);
    copy.add(9);
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 9}, ids(copy));
    assertArrayEquals(new int[] {1, 2, 3, 4}, ids(original));
  }
}
