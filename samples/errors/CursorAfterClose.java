// A cursor over a buffer that is released while the cursor is still in use.
// In C, a parser that keeps `const uint8_t *pos` into an mmap'ed file, while the caller
// munmap()s the file and then asks the parser for the next token, reads unmapped memory: a
// segfault on a good day, another mapping's bytes on a bad one.
// `Cursor` is a borrowing class (`struct Cursor<'a> { buf: &'a MappedBuffer }`): `new
// Cursor(buf)` borrows the buffer for as long as the cursor is used. Closing the buffer moves
// it (`close()` consumes its owner) while that borrow is still live: E0505 at the close.
import dev.jborrow.Borrowed;
import dev.jborrow.Mut;
import dev.jborrow.Owned;

class CursorAfterClose {
    @Owned static final class MappedBuffer implements AutoCloseable {
        private final byte[] bytes;
        private MappedBuffer(byte[] bytes) { this.bytes = bytes; }
        static MappedBuffer map(String path) { return new MappedBuffer(path.getBytes()); }
        int size() { return bytes.length; }
        byte at(int i) { return bytes[i]; }
        @Override public void close() { System.out.println("unmapped"); }
    }

    @Borrowed static final class Cursor {
        @Borrowed private final MappedBuffer buf;
        private int pos;
        Cursor(MappedBuffer buf) { this.buf = buf; }
        boolean hasNext() { return pos < buf.size(); }
        @Mut byte next() { return buf.at(pos++); }
    }

    public static void main(String[] args) {
        MappedBuffer buf = MappedBuffer.map("records.bin");
        Cursor cursor = new Cursor(buf);
        System.out.println("first byte: " + cursor.next());
        buf.close(); //~ E0505
        while (cursor.hasNext()) {
            System.out.println(cursor.next());
        }
    }
}
