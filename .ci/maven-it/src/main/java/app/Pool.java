package app;

import dev.jborrow.Owned;

/** A connection that must be closed, and a method that forgets to. */
public final class Pool {
  @Owned
  public static final class Conn implements AutoCloseable {
    @Override
    public void close() {}
  }

  public static void leak() {
    Conn c = new Conn();
  }
}
