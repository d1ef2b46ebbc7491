// The Rust book's `longest(x, y)`: a function that returns whichever of two borrowed texts
// is longer, so its result may point into either argument.
// In C, `const char *r = longest(x, y);` where `y` is a stack buffer of an inner block leaves
// `r` dangling once the block ends: reading it is undefined behaviour that usually "works"
// until the stack slot is reused, then prints garbage.
// `@Borrowed(from = {"a", "b"})` tells jborrow the result borrows both arguments, so `r` keeps
// `subject` borrowed; `subject` is dropped at the end of its block while `r` is still used
// afterwards: E0597 at the borrow of `subject`.
import dev.jborrow.Borrowed;
import dev.jborrow.Owned;

class Longest {
    @Owned static final class Text {
        private final String s;
        Text(String s) { this.s = s; }
        int length() { return s.length(); }
        @Override public String toString() { return s; }
    }

    @Borrowed(from = {"a", "b"})
    static Text longest(Text a, Text b) {
        return a.length() >= b.length() ? a : b;
    }

    public static void main(String[] args) {
        Text greeting = new Text("hello");
        Text result;
        {
            Text subject = new Text("ownership and borrowing");
            result = longest(greeting, subject); //~ E0597
        }
        System.out.println("The longest text is: " + result);
    }
}
