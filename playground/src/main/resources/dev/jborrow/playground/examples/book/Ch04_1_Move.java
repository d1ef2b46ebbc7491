// The Rust book, 4.1 "What Is Ownership?": a value has one owner. `let s2 = s1;` moves the
// String: s1 is no longer valid, so printing it is E0382. In Java, `Text s2 = s1;` copies a
// reference; with Text marked @Owned, jborrow treats it as Rust treats the String: a move.
// Fix: use s2 instead, or give s2 its own copy (`s1.copy()`, Rust's `s1.clone()`).
import dev.jborrow.Owned;

class Ch04_1_Move {
    @Owned static final class Text {
        private final StringBuilder chars;
        Text(String s) { chars = new StringBuilder(s); }
        Text copy() { return new Text(chars.toString()); }
        @Override public String toString() { return chars.toString(); }
    }

    public static void main(String[] args) {
        Text s1 = new Text("hello");
        Text s2 = s1;

        System.out.println(s1.toString() + ", world!"); //~ E0382
    }
}
