// A data race: one hit counter incremented by tasks submitted to a thread pool in a loop.
// In C (or C++ without atomics), `counter++` from several threads is a data race: undefined
// behaviour; in practice increments are lost, and the total is wrong only under load.
// jborrow gives a closure passed to a spawn point (here ExecutorService.submit) ownership of
// the owners it captures, like Rust's `move ||`. The first iteration's task takes `hits`;
// the second iteration would capture a value that is already gone: E0382 at the lambda
// ("value moved into closure here, in previous iteration of loop").
// Fix: give each task its own counter and combine the results through Futures.
import dev.jborrow.Mut;
import dev.jborrow.Owned;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

class RacyCounter {
    @Owned static final class Counter {
        private int n;
        @Mut void increment() { n++; }
        int get() { return n; }
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Counter hits = new Counter();
        for (int i = 0; i < 1000; i++) {
            pool.submit(() -> hits.increment()); //~ E0382
        }
        pool.shutdown();
    }
}
