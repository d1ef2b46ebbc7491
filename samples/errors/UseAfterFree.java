// Two flavours of use-after-free with a network connection.
// 1. `sendTwice` closes the connection and then sends on it. In C, writing to a socket after
//    close() (or through a freed struct) is undefined behaviour: the descriptor may already be
//    reused by another connection, so the data silently goes to the wrong peer.
//    jborrow: close() consumes the owner, the later call is E0382 (use of moved value).
// 2. `statusLine` keeps a borrowed view of the connection, closes the connection, then reads the
//    view: a dangling pointer in C, which reads freed memory. jborrow: E0505 at the close,
//    because the owner cannot be consumed while a borrow of it is still used.
import dev.jborrow.Borrowed;
import dev.jborrow.Owned;

class UseAfterFree {
    @Owned static final class Connection implements AutoCloseable {
        private final String host;
        private Connection(String host) { this.host = host; }
        static Connection open(String host) { return new Connection(host); }
        void send(String message) { System.out.println(host + " <- " + message); }
        String host() { return host; }
        @Override public void close() { System.out.println("closed " + host); }
    }

    static void sendTwice(String host) {
        Connection conn = Connection.open(host);
        conn.send("HELLO");
        conn.close();
        conn.send("BYE"); //~ E0382
    }

    static String statusLine(String host) {
        Connection conn = Connection.open(host);
        @Borrowed Connection current = conn;
        conn.close(); //~ E0505
        return "last connection: " + current.host();
    }

    public static void main(String[] args) {
        sendTwice("example.org");
        System.out.println(statusLine("example.org"));
    }
}
