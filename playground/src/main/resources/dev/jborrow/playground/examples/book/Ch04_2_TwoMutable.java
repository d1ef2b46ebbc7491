// The Rust book, 4.2 "Mutable References": one mutable borrow at a time. r1 and r2 are both
// @Mut borrows of s, and r1 is still used after r2 is taken: E0499 at the second borrow.
// Fix: finish with r1 before taking r2 (Rust ends a borrow at its last use, so does jborrow).
import dev.jborrow.Mut;
import dev.jborrow.Owned;

class Ch04_2_TwoMutable {
    @Owned static final class Text {
        private final StringBuilder chars;
        Text(String s) { chars = new StringBuilder(s); }
        @Mut void push(String more) { chars.append(more); }
        @Override public String toString() { return chars.toString(); }
    }

    public static void main(String[] args) {
        Text s = new Text("hello");

        @Mut Text r1 = s;
        @Mut Text r2 = s; //~ E0499

        System.out.println(r1 + ", " + r2);
    }
}
