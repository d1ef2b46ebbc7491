// The Rust book, 16.2 "Channels and Ownership Transference", listing 16-9: send() takes
// ownership of the value it sends (an @Owned parameter); the receiving thread may change or
// close it at any moment, so reading it after the send is E0382.
// Fix: read val before sending it.
import dev.jborrow.Owned;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

class Ch16_2_Channels {
    @Owned static final class Message {
        private final StringBuilder text;
        Message(String s) { text = new StringBuilder(s); }
        @Override public String toString() { return text.toString(); }
    }

    static final class Sender {
        private final BlockingQueue<Object> queue;
        Sender(BlockingQueue<Object> queue) { this.queue = queue; }
        void send(@Owned Message m) { queue.add(m); }
    }

    public static void main(String[] args) {
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        Sender tx = new Sender(queue);

        new Thread(() -> {
            Message val = new Message("hi");
            tx.send(val);
            System.out.println("val is " + val); //~ E0382
        }).start();
    }
}
