// The Rust book, 10.3 "Validating References with Lifetimes", listing 10-23: the result of
// longest(x, y) borrows from both arguments (Rust's 'a), so it may be used only while both
// live (`@Borrowed(from = {"x", "y"})` is Rust's `<'a>`). string2 ends with the inner block; result is used after it: E0597.
// Fix: print result inside the block, or declare string2 outside it.
import dev.jborrow.Borrowed;
import dev.jborrow.Owned;

class Ch10_3_Longest {
    @Owned static final class Text {
        private final String chars;
        Text(String s) { chars = s; }
        int length() { return chars.length(); }
        @Override public String toString() { return chars; }
    }

    @Borrowed(from = {"x", "y"})
    static Text longest(Text x, Text y) {
        return x.length() > y.length() ? x : y;
    }

    public static void main(String[] args) {
        Text string1 = new Text("long string is long");
        @Borrowed Text result;
        {
            Text string2 = new Text("xyz");
            result = longest(string1, string2); //~ E0597
        }
        System.out.println("The longest string is " + result);
    }
}
