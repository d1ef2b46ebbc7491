// The Rust book, 4.2 "References and Borrowing", listing 4-6: a function that borrows a value
// may read it, not change it. `change` gets a shared borrow (Rust's `&String`, a plain
// parameter here) and calls a @Mut method on it: E0596.
// Fix: ask for a mutable borrow, `change(@Mut Text someString)` (Rust's `&mut String`).
import dev.jborrow.Mut;
import dev.jborrow.Owned;

class Ch04_2_Change {
    @Owned static final class Text {
        private final StringBuilder chars;
        Text(String s) { chars = new StringBuilder(s); }
        @Mut void push(String more) { chars.append(more); }
        @Override public String toString() { return chars.toString(); }
    }

    static void change(Text someString) {
        someString.push(", world"); //~ E0596
    }

    public static void main(String[] args) {
        Text s = new Text("hello");
        change(s);
        System.out.println(s);
    }
}
