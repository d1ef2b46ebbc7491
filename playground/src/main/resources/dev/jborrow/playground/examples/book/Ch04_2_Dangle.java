// The Rust book, 4.2 "Dangling References": a function returns a borrow of a value it
// created; the value is dropped when the function returns, so the borrow would dangle.
// A @Borrowed result must borrow from a parameter; dangle() has none: E0106, as in rustc
// ("this function's return type contains a borrowed value, but there is no value for it to
// be borrowed from").
// Fix: return the value itself (an owned Text), as the book's no_dangle does.
import dev.jborrow.Borrowed;
import dev.jborrow.Owned;

class Ch04_2_Dangle {
    @Owned static final class Text {
        private final StringBuilder chars;
        Text(String s) { chars = new StringBuilder(s); }
        @Override public String toString() { return chars.toString(); }
    }

    static @Borrowed Text dangle() { //~ E0106
        Text s = new Text("hello");
        return s;
    }

    public static void main(String[] args) {
        System.out.println(dangle());
    }
}
