// The Rust book, 4.1 "Ownership and Functions": passing a value to a function moves it, just
// as assigning does. After takesOwnership(s), main no longer owns s: using it is E0382.
// An @Owned parameter is Rust's by-value parameter; without it the method only borrows.
// Fix: let takesOwnership borrow (drop @Owned), or return the value to the caller.
import dev.jborrow.Owned;

class Ch04_1_Functions {
    @Owned static final class Text {
        private final StringBuilder chars;
        Text(String s) { chars = new StringBuilder(s); }
        int length() { return chars.length(); }
        @Override public String toString() { return chars.toString(); }
    }

    static void takesOwnership(@Owned Text someString) {
        System.out.println(someString);
    }

    public static void main(String[] args) {
        Text s = new Text("hello");
        takesOwnership(s);

        System.out.println(s.length()); //~ E0382
    }
}
