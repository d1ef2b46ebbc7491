package dev.jborrow.samples.workers;

import dev.jborrow.Owned;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Scans log shards on a worker pool. The submitting thread fills one buffer per shard and
 * moves it into that shard's task (the lambda takes ownership, like Rust's {@code move ||});
 * it never touches the buffer again. Results come back through futures; the only shared
 * state is {@link SharedStats}, built from thread-safe, untracked types.
 */
public final class Main {

  private static final int SHARDS = 8;
  private static final int LINES_PER_SHARD = 500;

  private Main() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    SharedStats stats = new SharedStats();
    ExecutorService workers = Executors.newFixedThreadPool(4);
    try {
      List<Future<ShardResult>> futures = new ArrayList<>();
      for (int shard = 0; shard < SHARDS; shard++) {
        LineBuffer batch = new LineBuffer(LINES_PER_SHARD);
        LogShards.fill(shard, LINES_PER_SHARD, batch);
        int id = shard;
        futures.add(workers.submit(() -> scan(id, batch, stats)));
      }

      // One more batch goes through CompletableFuture, another spawn point.
      LineBuffer tail = new LineBuffer(16);
      LogShards.fill(SHARDS, 16, tail);
      CompletableFuture<Integer> tailErrors = CompletableFuture.supplyAsync(() -> {
        try {
          return countErrors(tail);
        } finally {
          tail.close();
        }
      }, workers);

      int lines = 0;
      int errors = 0;
      for (Future<ShardResult> future : futures) {
        ShardResult r = future.get();
        lines += r.lines();
        errors += r.errors();
        System.out.printf("shard %d on %s: %d lines, %d errors, slowest %d ms%n",
            r.shard(), r.worker(), r.lines(), r.errors(), r.slowestMillis());
      }
      System.out.println("tail batch errors: " + tailErrors.get());
      System.out.println("total: " + lines + " lines, " + errors + " errors, "
          + stats.charsScanned() + " chars");
      System.out.println("by level: " + stats.levels());
    } finally {
      workers.shutdown();
      workers.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  /** Runs on a worker thread. It owns {@code batch} and closes it when done. */
  static ShardResult scan(int shard, @Owned LineBuffer batch, SharedStats stats) {
    try {
      int errors = 0;
      int slowest = 0;
      for (int i = 0; i < batch.size(); i++) {
        String line = batch.line(i);
        String level = line.substring(0, line.indexOf(' '));
        stats.countLevel(level);
        if (level.equals("ERROR")) {
          errors++;
        }
        slowest = Math.max(slowest, Integer.parseInt(line.substring(line.lastIndexOf('=') + 1)));
      }
      stats.addChars(batch.chars());
      return new ShardResult(shard, Thread.currentThread().getName(), batch.size(), errors, slowest);
    } finally {
      batch.close();
    }
  }

  /** Only reads {@code batch}. */
  static int countErrors(LineBuffer batch) {
    int errors = 0;
    for (int i = 0; i < batch.size(); i++) {
      if (batch.line(i).startsWith("ERROR")) {
        errors++;
      }
    }
    return errors;
  }
}
