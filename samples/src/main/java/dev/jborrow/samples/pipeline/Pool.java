package dev.jborrow.samples.pipeline;

import dev.jborrow.Mut;
import dev.jborrow.Owned;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Lends connections to one endpoint. {@link #acquire()} hands out an owned connection;
 * {@link #release(Connection)} takes it back, keeping it for reuse or closing it.
 */
@Owned
public final class Pool implements AutoCloseable {

  private final String endpoint;
  private final int maxOpen;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private int opened;
  private int nextId = 1;

  public Pool(String endpoint, int maxOpen) {
    this.endpoint = endpoint;
    this.maxOpen = maxOpen;
  }

  @Mut
  @Owned
  public Connection acquire() throws IOException {
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      if (c.isHealthy()) {
        return c;
      }
      c.close(); // the peer dropped it while it sat in the pool
      opened--;
    }
    if (opened >= maxOpen) {
      throw new IOException("pool for " + endpoint + " exhausted (" + maxOpen + " open)");
    }
    Connection fresh = Connection.open(endpoint, nextId++);
    opened++;
    return fresh;
  }

  // Ownership of `c` passes into the deque: the JDK model gives `Deque.addLast` an `@Owned`
  // parameter, so the pool takes the connection back without closing it.
  @Mut
  public void release(@Owned Connection c) {
    if (c.isHealthy()) {
      idle.addLast(c);
    } else {
      c.close();
      opened--;
    }
  }

  public int idleCount() {
    return idle.size();
  }

  public int openCount() {
    return opened;
  }

  @Override
  public void close() {
    for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
      c.close();
    }
    opened = 0;
  }
}
