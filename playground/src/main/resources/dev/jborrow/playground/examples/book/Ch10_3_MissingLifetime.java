// The Rust book, 10.3 "Lifetime Annotations in Function Signatures", listing 10-20: longest
// returns a borrow, but of which argument? Neither compiler guesses: E0106 on the method.
// Fix: say that the result borrows both, `@Borrowed(from = {"x", "y"})`, Rust's
// `fn longest<'a>(x: &'a str, y: &'a str) -> &'a str`.
import dev.jborrow.Borrowed;
import dev.jborrow.Owned;

class Ch10_3_MissingLifetime {
    @Owned static final class Text {
        private final String chars;
        Text(String s) { chars = s; }
        int length() { return chars.length(); }
        @Override public String toString() { return chars; }
    }

    static @Borrowed Text longest(@Borrowed Text x, @Borrowed Text y) { //~ E0106
        return x.length() > y.length() ? x : y;
    }

    public static void main(String[] args) {
        Text string1 = new Text("abcd");
        Text string2 = new Text("xyz");

        @Borrowed Text result = longest(string1, string2);
        System.out.println("The longest string is " + result);
    }
}
