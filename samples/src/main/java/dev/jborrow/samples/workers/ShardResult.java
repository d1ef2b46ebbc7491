package dev.jborrow.samples.workers;

/** What one worker found in its shard. Plain data, safe to hand between threads. */
record ShardResult(int shard, String worker, int lines, int errors, int slowestMillis) {}
