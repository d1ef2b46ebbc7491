package dev.jborrow.processor.difftest;

import java.util.List;

/**
 * One generated program of the twin language: a function written in Java and in Rust.
 *
 * @param name its name on both sides ({@code f0}, {@code f1}, ...)
 * @param receiver whether it is a static function or an instance method of H
 * @param returns what it returns
 * @param body its body, one {@link TwinLine} per line on both sides
 */
public record TwinFunction(String name, Receiver receiver, Returns returns, List<TwinLine> body) {

  /** A static function, or an instance method of H with shared or mutable {@code this}. */
  public enum Receiver {
    /** {@code static} / a free {@code fn}. */
    NONE,
    /** a method of H / {@code fn f(&self, ...)} in {@code impl H}. */
    SHARED,
    /** a {@code @Mut} method of H / {@code fn f(&mut self, ...)}. */
    MUT
  }

  /** The three signatures of the language. */
  public enum Returns {
    /** {@code static void f(...)} / {@code fn f(...)}. */
    NOTHING,
    /** {@code static R f(...)} / {@code fn f(...) -> R}: an owned value. */
    OWNED,
    /** {@code @Borrowed(from = ...) static R f(...)} / {@code fn f<'a>(...) -> &'a R}. */
    BORROW
  }

  /** The template of the body line at {@code offset} (0 = the first line of the body). */
  public String formAt(int offset) {
    return offset >= 0 && offset < body.size() ? body.get(offset).form() : "signature";
  }
}
