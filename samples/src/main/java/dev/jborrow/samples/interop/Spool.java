package dev.jborrow.samples.interop;

import dev.jborrow.Mut;
import dev.jborrow.Owned;
import java.util.ArrayList;
import java.util.List;

/** A spool file an exporter writes records to; it must be closed, and is with Lombok's help. */
@Owned
public final class Spool implements AutoCloseable {

  private final String name;
  private final List<String> lines = new ArrayList<>();
  private boolean closed;

  public Spool(String name) {
    this.name = name;
  }

  @Mut
  public void write(String line) {
    if (closed) {
      throw new IllegalStateException("spool " + name + " is closed");
    }
    lines.add(line);
  }

  public int size() {
    return lines.size();
  }

  @Override
  public void close() {
    closed = true;
  }
}
