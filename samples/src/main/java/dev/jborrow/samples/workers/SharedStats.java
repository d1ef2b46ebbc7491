package dev.jborrow.samples.workers;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The only state the workers share. Its types are thread-safe and not tracked, so the
 * checker leaves them alone; everything tracked stays with a single thread.
 */
final class SharedStats {

  private final ConcurrentHashMap<String, LongAdder> linesPerLevel = new ConcurrentHashMap<>();
  private final AtomicLong charsScanned = new AtomicLong();

  void countLevel(String level) {
    linesPerLevel.computeIfAbsent(level, k -> new LongAdder()).increment();
  }

  void addChars(long chars) {
    charsScanned.addAndGet(chars);
  }

  long charsScanned() {
    return charsScanned.get();
  }

  Map<String, Long> levels() {
    Map<String, Long> snapshot = new TreeMap<>();
    linesPerLevel.forEach((level, count) -> snapshot.put(level, count.sum()));
    return snapshot;
  }
}
