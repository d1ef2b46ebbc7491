package dev.jborrow.samples.pipeline;

import dev.jborrow.Owned;
import java.util.ArrayList;
import java.util.List;

/** Keeps a copy of every packet sent. It takes each buffer over and keeps only its bytes. */
final class Journal {

  private final List<byte[]> entries = new ArrayList<>();
  private long bytes;

  void append(@Owned ByteBuf entry) {
    byte[] data = entry.detach();
    bytes += data.length;
    entries.add(data);
  }

  int size() {
    return entries.size();
  }

  long bytes() {
    return bytes;
  }
}
