package dev.jborrow.samples.pipeline;

import dev.jborrow.Mut;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * encode -> compress -> journal + deliver. Each record gets its own buffer: the encoder
 * borrows it, the compressor takes it and returns a new one, which lives in a
 * try-with-resources block while it is journalled (as a copy) and delivered (borrowed).
 */
final class Pipeline {

  private Pipeline() {}

  static Report run(List<String> records, @Mut Pool pool, Journal journal) throws IOException {
    long rawBytes = 0;
    long packedBytes = 0;
    List<String> acks = new ArrayList<>();
    for (String record : records) {
      ByteBuf raw = new ByteBuf(64);
      Stages.encode(record, raw);
      rawBytes += raw.length();
      if (Stages.isBlank(raw)) {
        raw.close(); // blank record: nothing worth sending
        continue;
      }
      try (ByteBuf packed = Stages.compress(raw)) {
        packedBytes += packed.length();
        journal.append(packed.copy());
        acks.add(Stages.deliver(pool, packed));
      }
    }
    return new Report(records.size(), rawBytes, packedBytes, acks);
  }
}
