// Removing from a list while a for-each loop is walking it.
// In C++, `for (auto &s : sessions) if (s.expired()) sessions.erase(...)` invalidates the
// loop's iterator: undefined behaviour that skips elements or reads freed memory. In Java the
// same code throws ConcurrentModificationException, but only when an expired session is found,
// which may be never in testing.
// jborrow: the for-each loop keeps a shared borrow of `sessions` for the whole loop, so the
// mutating `remove` inside it is E0502 at the call. Fix: `sessions.removeIf(Session::expired)`,
// or collect what to remove and remove it after the loop.
import dev.jborrow.Mut;
import dev.jborrow.Owned;
import java.util.ArrayList;
import java.util.List;

class ConcurrentModification {
    @Owned static final class Session {
        private final String user;
        private final long expiresAt;
        Session(String user, long expiresAt) { this.user = user; this.expiresAt = expiresAt; }
        boolean expired(long now) { return now >= expiresAt; }
        String user() { return user; }
    }

    static void evictExpired(@Mut List<Session> sessions, long now) {
        for (Session s : sessions) {
            if (s.expired(now)) {
                System.out.println("evicting " + s.user());
                sessions.remove(s); //~ E0502
            }
        }
    }

    public static void main(String[] args) {
        @Owned List<Session> sessions = new ArrayList<>();
        sessions.add(new Session("alice", 100));
        sessions.add(new Session("bob", 200));
        evictExpired(sessions, 150);
        System.out.println(sessions.size() + " session(s) left");
    }
}
