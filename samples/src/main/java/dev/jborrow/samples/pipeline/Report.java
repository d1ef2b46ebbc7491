package dev.jborrow.samples.pipeline;

import java.util.List;

/** What a pipeline run did. Plain data: nothing here is owned. */
record Report(int records, long rawBytes, long packedBytes, List<String> acks) {

  double ratio() {
    return rawBytes == 0 ? 1.0 : (double) packedBytes / rawBytes;
  }

  @Override
  public String toString() {
    return String.format("%d records, %d bytes encoded, %d bytes sent (%.0f%%)",
        records, rawBytes, packedBytes, ratio() * 100);
  }
}
