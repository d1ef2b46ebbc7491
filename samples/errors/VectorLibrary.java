// The vector library with seven bugs: a growable vector of owned elements, and seven
// functions that each contain one classic C memory-safety bug.
// In C these compile cleanly and then: return a pointer into a buffer freed on return (a), keep a
// pointer into a buffer that realloc() moved (b), free() twice and corrupt the allocator (c),
// read freed memory (d), leak the buffer (e), use a vector whose storage another function
// already freed (f), and write through a `const` pointer cast away (g). All undefined
// behaviour or leaks: they often work in testing and corrupt data in production.
// jborrow rejects each one at compile time: (a) E0515, (b) E0502, (c) E0382, (d) E0382,
// (e) J0001, (f) E0382, (g) E0596.
import dev.jborrow.Borrowed;
import dev.jborrow.Consumes;
import dev.jborrow.Mut;
import dev.jborrow.Owned;
import java.util.Arrays;

class VectorLibrary {
    /** One element: owned by whichever vector holds it. */
    @Owned static final class Elem {
        private final String name;
        Elem(String name) { this.name = name; }
        String name() { return name; }
    }

    /** A growable vector: owns its elements; must be freed (or closed) exactly once. */
    @Owned static final class Vec implements AutoCloseable {
        private Elem[] items = new Elem[2];
        private int size;

        /** Takes ownership of {@code e}; may reallocate, so it needs exclusive access. */
        @Mut void push(@Owned Elem e) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = e;
        }

        /** Lends out an element: the result borrows this vector. */
        @Borrowed Elem get(int i) { return items[i]; }

        int size() { return size; }

        /** Releases the storage: the vector is dead afterwards. */
        @Consumes void free() {
            items = null;
            size = 0;
        }

        @Override public void close() { free(); }
    }

    // (a) A factory that returns a borrow of its own local vector, freed on return.
    @Borrowed static Elem defaultElem(Vec config) {
        try (Vec defaults = new Vec()) {
            defaults.push(new Elem("default-" + config.size()));
            return defaults.get(0); //~ E0515
        }
    }

    // (b) Iterator invalidation: push may reallocate while `first` points into the storage.
    static void appendCopyOfFirst(@Mut Vec v) {
        @Borrowed Elem first = v.get(0);
        v.push(new Elem("copy")); //~ E0502
        System.out.println("first is still " + first.name());
    }

    // (c) Double free: the empty case cleans up early, then the common exit frees again.
    static int totalLength(String[] names) {
        Vec v = new Vec();
        for (String name : names) {
            v.push(new Elem(name));
        }
        int total = 0;
        if (v.size() == 0) {
            v.free();
        } else {
            for (int i = 0; i < v.size(); i++) {
                total += v.get(i).name().length();
            }
        }
        v.free(); //~ E0382
        return total;
    }

    // (d) Use after free: the size is read after the storage was released.
    static int countThenFree() {
        Vec v = new Vec();
        v.push(new Elem("a"));
        v.free();
        return v.size(); //~ E0382
    }

    // (e) Leak: the early return skips the close().
    static int loadNames(String[] names) {
        Vec v = new Vec(); //~ J0001
        for (String name : names) {
            if (name.isEmpty()) {
                return -1;
            }
            v.push(new Elem(name));
        }
        int n = v.size();
        v.close();
        return n;
    }

    // (f) A moved vector used again: `archive` took ownership (and freed it).
    static void archive(@Owned Vec v) {
        System.out.println("archiving " + v.size() + " elements");
        v.free();
    }

    static void logAndArchive() {
        Vec log = new Vec();
        log.push(new Elem("started"));
        archive(log);
        log.push(new Elem("archived")); //~ E0382
    }

    // (g) Mutation through a shared borrow: `v` is lent read-only (no @Mut), yet pushed to.
    static void addDefault(Vec v) {
        if (v.size() == 0) {
            v.push(new Elem("default")); //~ E0596
        }
    }
}
