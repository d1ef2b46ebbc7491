package dev.jborrow.samples.pipeline;

import dev.jborrow.Consumes;
import dev.jborrow.Mut;
import dev.jborrow.Owned;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer with a single owner. Writes need exclusive access ({@code @Mut});
 * reads only need a shared borrow. {@link #close()} releases the storage, and
 * {@link #detach()} hands the bytes over and consumes the buffer.
 */
@Owned
public final class ByteBuf implements AutoCloseable {

  private byte[] data;
  private int length;

  public ByteBuf(int capacity) {
    this.data = new byte[Math.max(capacity, 16)];
  }

  @Mut
  public void writeByte(int b) {
    ensureCapacity(length + 1);
    data[length++] = (byte) b;
  }

  @Mut
  public void write(byte[] bytes) {
    ensureCapacity(length + bytes.length);
    System.arraycopy(bytes, 0, data, length, bytes.length);
    length += bytes.length;
  }

  @Mut
  public void writeUtf8(String text) {
    write(text.getBytes(StandardCharsets.UTF_8));
  }

  @Mut
  public void clear() {
    length = 0;
  }

  public int length() {
    return length;
  }

  public byte byteAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return data[index];
  }

  /** A copy of the contents; the buffer keeps its own bytes. */
  public byte[] toByteArray() {
    return Arrays.copyOf(data, length);
  }

  public String toUtf8() {
    return new String(data, 0, length, StandardCharsets.UTF_8);
  }

  /** A fresh buffer with the same contents, owned by the caller. */
  public ByteBuf copy() {
    ByteBuf copy = new ByteBuf(length);
    copy.write(toByteArray());
    return copy;
  }

  /** Gives the contents away without copying; the buffer is gone afterwards. */
  @Consumes
  public byte[] detach() {
    byte[] bytes = length == data.length ? data : Arrays.copyOf(data, length);
    release();
    return bytes;
  }

  @Override
  public void close() {
    release();
  }

  @Mut
  private void release() {
    data = new byte[0];
    length = 0;
  }

  @Mut
  private void ensureCapacity(int needed) {
    if (needed > data.length) {
      data = Arrays.copyOf(data, Math.max(needed, data.length * 2));
    }
  }
}
