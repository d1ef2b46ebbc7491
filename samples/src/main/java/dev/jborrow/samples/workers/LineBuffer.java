package dev.jborrow.samples.workers;

import dev.jborrow.Mut;
import dev.jborrow.Owned;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of text lines with a single owner. It is not thread-safe, and does not need to be:
 * the checker lets only one thread reach it, the one that owns it.
 */
@Owned
public final class LineBuffer implements AutoCloseable {

  private List<String> lines;
  private long chars;

  public LineBuffer(int expectedLines) {
    this.lines = new ArrayList<>(expectedLines);
  }

  @Mut
  public void append(String line) {
    checkOpen();
    lines.add(line);
    chars += line.length();
  }

  public int size() {
    checkOpen();
    return lines.size();
  }

  public String line(int index) {
    checkOpen();
    return lines.get(index);
  }

  public long chars() {
    return chars;
  }

  @Override
  public void close() {
    lines = null;
  }

  private void checkOpen() {
    if (lines == null) {
      throw new IllegalStateException("buffer already closed");
    }
  }
}
