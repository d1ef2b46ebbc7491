// The Rust book, 4.3 "The Slice Type", listing 4-11 with its error: firstWord returns a view
// into s (a @Borrowed result borrows from its borrowed parameter, as `&str` from `&String`).
// s.clear() needs s mutably while the view is still used by the println: E0502.
// Fix: use word before clearing s.
import dev.jborrow.Borrowed;
import dev.jborrow.Mut;
import dev.jborrow.Owned;

class Ch04_3_FirstWord {
    @Owned static final class Text {
        private final StringBuilder chars;
        private Word first;
        Text(String s) { chars = new StringBuilder(s); first = Word.first(chars); }
        @Mut void clear() { chars.setLength(0); first = Word.first(chars); }
        @Borrowed Word firstWord() { return first; }
    }

    /** A view of the first characters of a Text, like a &str slice of a String. */
    @Owned static final class Word {
        private final CharSequence of;
        private final int end;
        private Word(CharSequence of, int end) { this.of = of; this.end = end; }
        static Word first(CharSequence s) {
            int space = s.toString().indexOf(' ');
            return new Word(s, space < 0 ? s.length() : space);
        }
        @Override public String toString() { return of.subSequence(0, end).toString(); }
    }

    static @Borrowed Word firstWord(Text s) {
        return s.firstWord();
    }

    public static void main(String[] args) {
        Text s = new Text("hello world");

        @Borrowed Word word = firstWord(s);

        s.clear(); //~ E0502

        System.out.println("the first word is: " + word);
    }
}
