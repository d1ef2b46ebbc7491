// A cache shared by two writer threads without synchronisation.
// In C++, two threads calling `std::unordered_map::insert` on the same map is a data race:
// undefined behaviour that can corrupt the bucket array and crash (or loop forever) long
// after the bad write. In Java, a plain HashMap written concurrently can lose entries.
// jborrow: a closure handed to `new Thread(..)` takes ownership of what it captures, so the
// first thread owns `cache` and the second closure captures a moved value: E0382 at the
// second closure. Fix: give each thread its own data, or share an untracked thread-safe
// type such as ConcurrentHashMap.
import dev.jborrow.Mut;
import dev.jborrow.Owned;
import java.util.HashMap;
import java.util.Map;

class SharedCache {
    @Owned static final class Cache {
        private final Map<String, String> entries = new HashMap<>();
        @Mut void put(String key, String value) { entries.put(key, value); }
        String get(String key) { return entries.get(key); }
    }

    public static void main(String[] args) throws InterruptedException {
        Cache cache = new Cache();
        Thread users = new Thread(() -> cache.put("user:1", "alice"));
        Thread orders = new Thread(() -> cache.put("order:7", "pending")); //~ E0382
        users.start();
        orders.start();
        users.join();
        orders.join();
    }
}
