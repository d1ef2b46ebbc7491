// The Rust book's `struct ImportantExcerpt<'a> { part: &'a str }` (chapter 10.3): an object
// that does not own the text it points into.
// In C, `struct excerpt { const char *part; }` filled from a buffer on the stack of an inner
// block keeps pointing at that stack slot after the block ends: printing the excerpt later
// reads whatever the next call left there, or crashes.
// `@Borrowed` on the class says its instances hold borrows (Rust's lifetime parameter), and
// `@Borrowed` on the field says which one. `new Important(novel)` then borrows `novel` for as
// long as the excerpt is used: `novel` is dropped at the end of its block while `excerpt` is
// still used afterwards, E0597 at the borrow.
import dev.jborrow.Borrowed;
import dev.jborrow.Owned;

class Important {
    @Owned static final class Text {
        private final String s;
        Text(String s) { this.s = s; }
        String firstSentence() { return s.split("\\.")[0]; }
    }

    @Borrowed static final class Excerpt {
        @Borrowed private final Text part;
        Excerpt(Text part) { this.part = part; }
        String show() { return "excerpt: " + part.firstSentence(); }
    }

    public static void main(String[] args) {
        Excerpt excerpt;
        {
            Text novel = new Text("Call me Ishmael. Some years ago...");
            excerpt = new Excerpt(novel); //~ E0597
        }
        System.out.println(excerpt.show());
    }
}
