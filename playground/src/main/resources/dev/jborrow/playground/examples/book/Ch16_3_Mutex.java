// The Rust book, 16.3 "Sharing a Mutex<T> Between Multiple Threads", listing 16-13: each
// thread's closure takes the counter, so the first iteration's thread takes it and the second
// iteration has nothing left to give: E0382 ("value moved into closure here, in previous
// iteration of loop").
// Fix, as in the book: share it through a type made for sharing; jborrow leaves
// java.util.concurrent's thread-safe types (AtomicInteger, ConcurrentHashMap) untracked.
import dev.jborrow.Mut;
import dev.jborrow.Owned;
import java.util.ArrayList;
import java.util.List;

class Ch16_3_Mutex {
    @Owned static final class Counter {
        private int n;
        @Mut void increment() { n++; }
        int get() { return n; }
    }

    public static void main(String[] args) throws InterruptedException {
        Counter counter = new Counter();
        List<Thread> handles = new ArrayList<>();

        for (int i = 0; i < 10; i++) {
            Thread handle = new Thread(() -> counter.increment()); //~ E0382
            handle.start();
            handles.add(handle);
        }

        for (Thread handle : handles) {
            handle.join();
        }
    }
}
