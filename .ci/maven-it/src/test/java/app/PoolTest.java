package app;

import dev.jborrow.Owned;
import org.junit.jupiter.api.Test;

/** Test code is checked too, in its own compilation. */
class PoolTest {
  static void keep(@Owned Pool.Conn c) {
    c.close();
  }

  @Test
  void twice() {
    Pool.Conn c = new Pool.Conn();
    keep(c);
    keep(c);
  }
}
