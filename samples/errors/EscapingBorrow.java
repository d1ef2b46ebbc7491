// A borrowed argument kept after the call returns.
// In C, storing a pointer parameter in a global (`last_request = req;`) keeps it after the
// caller frees the request: the next reader of the global follows a dangling pointer, which
// is undefined behaviour that shows up as corrupted log lines far from the bug.
// jborrow: `handle` only borrows `req` for the duration of the call (a tracked parameter is
// `@Borrowed` by default), so storing it in a static field of an untracked type lets the
// borrow outlive the method: E0521 ("borrowed data escapes outside of method") at the store.
// Fix: store a copy of what you need (`req.path()`), or take ownership with `@Owned`.
import dev.jborrow.Owned;

class EscapingBorrow {
    @Owned static final class Request implements AutoCloseable {
        private final String path;
        Request(String path) { this.path = path; }
        String path() { return path; }
        @Override public void close() { System.out.println("released " + path); }
    }

    /** For the error page: the last request that was handled. */
    static Object lastRequest;

    static void handle(Request req) {
        System.out.println("GET " + req.path());
        lastRequest = req; //~ E0521
    }

    public static void main(String[] args) {
        try (Request req = new Request("/index.html")) {
            handle(req);
        }
        System.out.println("last request: " + lastRequest);
    }
}
