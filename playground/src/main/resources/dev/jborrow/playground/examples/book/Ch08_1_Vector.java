// The Rust book, 8.1 "Storing Lists of Values with Vectors", listing 8-6: a borrow of an
// element, then a push. Pushing may move the elements to new storage, so the borrow would
// dangle: rustc rejects it, and so does jborrow: E0502 at the push, while first is used later.
// Java's ArrayList hides the reallocation, not the problem: a view of the list taken before
// the push goes stale the same way (ConcurrentModificationException).
// Fix: read the element after the push, or copy it out before.
import dev.jborrow.Borrowed;
import dev.jborrow.Mut;
import dev.jborrow.Owned;
import java.util.ArrayList;
import java.util.List;

class Ch08_1_Vector {
    @Owned static final class Cell {
        private int value;
        Cell(int value) { this.value = value; }
        int value() { return value; }
    }

    @Owned static final class Vec {
        private final List<Cell> items = new ArrayList<>();
        @Mut void push(int value) { items.add(new Cell(value)); }
        @Borrowed Cell get(int i) { return items.get(i); }
    }

    public static void main(String[] args) {
        Vec v = new Vec();
        v.push(1);
        v.push(2);
        v.push(3);

        @Borrowed Cell first = v.get(0);

        v.push(6); //~ E0502

        System.out.println("The first element is: " + first.value());
    }
}
