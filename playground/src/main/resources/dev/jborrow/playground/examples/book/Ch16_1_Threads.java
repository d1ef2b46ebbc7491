// The Rust book, 16.1 "Using move Closures with Threads", listing 16-4: a closure that runs on
// another thread takes what it captures (Rust's `move ||`, and jborrow does it for every task
// given to a Thread or an executor). After start(), main no longer owns v; dropping it (Rust's
// drop(v)) while the thread may still read it is E0382.
// Fix: let the thread own v, and only wait for it in main (handle.join()).
import dev.jborrow.Consumes;
import dev.jborrow.Owned;
import java.util.ArrayList;
import java.util.List;

class Ch16_1_Threads {
    @Owned static final class Numbers {
        private final List<Integer> items = new ArrayList<>(List.of(1, 2, 3));
        @Override public String toString() { return items.toString(); }
        /** Rust's drop(v): frees the value; nobody may use it after. */
        @Consumes void drop() { items.clear(); }
    }

    public static void main(String[] args) throws InterruptedException {
        Numbers v = new Numbers();

        Thread handle = new Thread(() -> {
            System.out.println("Here's a vector: " + v);
        });
        handle.start();

        v.drop(); //~ E0382

        handle.join();
    }
}
