package dev.jborrow.processor.dataflow;

/** Which way facts flow: from the entry to the exits, or from the uses back to definitions. */
public enum Direction {
  FORWARD,
  BACKWARD
}
