package dev.jborrow.samples.pipeline;

import java.io.IOException;
import java.util.List;

/** Runs the pipeline over a few sensor records and prints what happened. */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws IOException {
    List<String> records = List.of(
        "sensor-1, temperature, 21.5",
        "sensor-2, humidity, 40",
        " , , ",
        "sensor-1, temperature, 21.7",
        "sensor-3, pressure, 1013",
        "sensor-2, humidity, 42",
        "sensor-4, wind, 7.5",
        "sensor-1, temperature, 21.9");
    Journal journal = new Journal();
    try (Pool pool = new Pool("ingest.local:9000", 2)) {
      Report report = Pipeline.run(records, pool, journal);
      for (String ack : report.acks()) {
        System.out.println("  " + ack);
      }
      System.out.println(report);
      System.out.println("pool: " + pool.openCount() + " open, " + pool.idleCount() + " idle");
    }
    System.out.println("journal: " + journal.size() + " entries, " + journal.bytes() + " bytes");
  }
}
