// The Rust book, 4.2 "Mutable References": any number of shared borrows, or one mutable
// borrow, never both. r1 and r2 read s and are used after r3 takes it mutably: E0502.
// Fix: print r1 and r2 before taking r3; their borrows end at their last use.
import dev.jborrow.Borrowed;
import dev.jborrow.Mut;
import dev.jborrow.Owned;

class Ch04_2_SharedAndMutable {
    @Owned static final class Text {
        private final StringBuilder chars;
        Text(String s) { chars = new StringBuilder(s); }
        @Mut void push(String more) { chars.append(more); }
        @Override public String toString() { return chars.toString(); }
    }

    public static void main(String[] args) {
        Text s = new Text("hello");

        @Borrowed Text r1 = s;
        @Borrowed Text r2 = s;
        @Mut Text r3 = s; //~ E0502

        System.out.println(r1 + ", " + r2 + ", and " + r3);
    }
}
