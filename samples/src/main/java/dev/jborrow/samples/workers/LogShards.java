package dev.jborrow.samples.workers;

import dev.jborrow.Mut;
import java.util.Random;

/** Produces a deterministic batch of fake access-log lines for a shard. */
final class LogShards {

  private static final String[] LEVELS = {"INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"};
  private static final String[] PATHS = {"/", "/login", "/api/orders", "/api/users", "/health"};

  private LogShards() {}

  /** Fills {@code out}, which it borrows mutably for the call. */
  static void fill(int shard, int count, @Mut LineBuffer out) {
    Random random = new Random(31L * shard + 7);
    for (int i = 0; i < count; i++) {
      String level = LEVELS[random.nextInt(LEVELS.length)];
      String path = PATHS[random.nextInt(PATHS.length)];
      int millis = 1 + random.nextInt(level.equals("ERROR") ? 2000 : 200);
      out.append(level + " shard=" + shard + " path=" + path + " ms=" + millis);
    }
  }
}
