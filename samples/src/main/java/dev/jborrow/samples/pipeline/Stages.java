package dev.jborrow.samples.pipeline;

import dev.jborrow.Mut;
import dev.jborrow.Owned;
import java.io.IOException;

/** The pipeline's stages: each says in its signature whether it borrows or takes a buffer. */
final class Stages {

  private static final int FIELD_WIDTH = 12;

  private Stages() {}

  /** Writes one CSV record as fixed-width fields into {@code out}, which it borrows mutably. */
  static void encode(String record, @Mut ByteBuf out) {
    for (String field : record.split(",")) {
      String trimmed = field.trim();
      out.writeUtf8(trimmed);
      for (int pad = trimmed.length(); pad < FIELD_WIDTH; pad++) {
        out.writeByte(' ');
      }
    }
    out.writeByte('\n');
  }

  /** Only reads {@code buf}: a shared borrow, the default for a parameter of an owned type. */
  static boolean isBlank(ByteBuf buf) {
    for (int i = 0; i < buf.length(); i++) {
      if (!Character.isWhitespace(buf.byteAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Run-length encodes {@code input}, which it takes and releases, into a new buffer: a run
   * of three or more equal bytes becomes {@code 0, length, byte}; other bytes are copied.
   */
  static ByteBuf compress(@Owned ByteBuf input) {
    ByteBuf out = new ByteBuf(input.length());
    int i = 0;
    while (i < input.length()) {
      byte b = input.byteAt(i);
      int run = 1;
      while (i + run < input.length() && run < 255 && input.byteAt(i + run) == b) {
        run++;
      }
      if (run >= 3) {
        out.writeByte(0);
        out.writeByte(run);
        out.writeByte(b);
      } else {
        for (int k = 0; k < run; k++) {
          out.writeByte(b);
        }
      }
      i += run;
    }
    input.close();
    return out;
  }

  /**
   * Sends {@code payload} over a pooled connection and returns the peer's acknowledgement.
   * The connection goes back to the pool if the request worked and is closed if it failed.
   */
  static String deliver(@Mut Pool pool, ByteBuf payload) throws IOException {
    Connection conn = pool.acquire();
    boolean ok = false;
    try {
      conn.send(payload);
      ByteBuf reply = conn.lastReply();
      String ack = reply.toUtf8();
      ok = true;
      return ack;
    } finally {
      if (ok) {
        pool.release(conn);
      } else {
        conn.close();
      }
    }
  }
}
