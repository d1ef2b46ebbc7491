package dev.jborrow.processor.diag;

/** A secondary span with its text, e.g. "value moved here" under the move. */
public record Label(Span span, String text) {}
