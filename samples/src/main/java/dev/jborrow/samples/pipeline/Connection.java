package dev.jborrow.samples.pipeline;

import dev.jborrow.Borrowed;
import dev.jborrow.Mut;
import dev.jborrow.Owned;
import java.io.IOException;
import java.util.zip.CRC32;

/**
 * A (simulated) connection to an ingest endpoint. It owns a reply buffer that callers may
 * look at through {@link #lastReply()}, a borrow that is only valid while the connection is.
 * The peer drops a connection after a few requests, so a pool must check {@link #isHealthy()}.
 */
@Owned
public final class Connection implements AutoCloseable {

  private static final int REQUESTS_PER_CONNECTION = 3;

  private final String endpoint;
  private final int id;
  private final ByteBuf reply = new ByteBuf(64);
  private int requestsLeft = REQUESTS_PER_CONNECTION;
  private boolean open = true;

  private Connection(String endpoint, int id) {
    this.endpoint = endpoint;
    this.id = id;
  }

  static Connection open(String endpoint, int id) throws IOException {
    if (endpoint.isEmpty()) {
      throw new IOException("no endpoint configured");
    }
    return new Connection(endpoint, id);
  }

  public int id() {
    return id;
  }

  public boolean isHealthy() {
    return open && requestsLeft > 0;
  }

  /** Sends {@code payload} (only read, never kept) and stores the peer's reply. */
  @Mut
  public void send(ByteBuf payload) throws IOException {
    if (!isHealthy()) {
      throw new IOException("connection " + id + " to " + endpoint + " was closed by the peer");
    }
    requestsLeft--;
    CRC32 crc = new CRC32();
    crc.update(payload.toByteArray());
    reply.clear();
    reply.writeUtf8("ACK conn=" + id + " len=" + payload.length()
        + " crc=" + Long.toHexString(crc.getValue()));
  }

  /** The last reply, borrowed from this connection. */
  @Borrowed
  public ByteBuf lastReply() {
    return reply;
  }

  @Override
  public void close() {
    open = false;
    reply.close();
  }
}
