package dev.jborrow.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * The ownership contract of a method: how it takes its receiver and each argument, and what its
 * result is. This is the Rust signature the annotations spell ({@code fn f(&mut self, x: T) ->
 * &U}).
 *
 * @param borrowSources for a {@link Result#BORROWED} result, the indices of the parameters it
 *     may borrow from, with {@link #THIS} for the receiver; empty when none could be elided
 *     (E0106)
 * @param carried for a {@link Result#BORROWED} result, whether it is a value that holds what
 *     its sources hold (a model's {@code @Carries}: the {@code Optional<Conn>} of {@code
 *     findFirst()}) rather than a view of them: it carries their loans only where its type can
 *     hold a tracked value ({@code Optional<Integer>} borrows nothing, as Rust's {@code
 *     Option<usize>} does not)
 */
public record Contract(
    ExecutableElement method,
    Receiver receiver,
    List<Param> params,
    Result result,
    List<Integer> borrowSources,
    boolean carried) {

  /** The receiver as a borrow source. */
  public static final int THIS = -1;

  public Contract {
    params = List.copyOf(params);
    borrowSources = List.copyOf(borrowSources);
  }

  public Contract(ExecutableElement method, Receiver receiver, List<Param> params, Result result,
      List<Integer> borrowSources) {
    this(method, receiver, params, result, borrowSources, false);
  }

  /** How the method takes {@code this}. */
  public enum Receiver {
    /** Static methods and constructors. */
    NONE,
    /** {@code &self}. */
    SHARED,
    /** {@code &mut self}. */
    MUT,
    /** {@code self}: the call moves the receiver. */
    CONSUMES
  }

  /** How the method takes one argument. */
  public enum Param {
    /** {@code x: &T}, also what an untracked parameter does to a tracked argument. */
    SHARED,
    /** {@code x: &mut T}. */
    MUT,
    /** {@code x: T}: the argument is moved in. */
    OWNED
  }

  /** What the call's value is. */
  public enum Result {
    /** Void, or a type the checker does not follow. */
    UNTRACKED,
    /** A fresh value the caller owns. */
    OWNED,
    /** A borrow of the receiver or of the arguments in {@link #borrowSources}. */
    BORROWED,
    /**
     * The first argument itself, handed back ({@code Objects.requireNonNull(x)}): it moves on to
     * whatever takes the call's value, and stays where it was when the value is discarded. Only
     * a library model says this ({@code @PassThrough}).
     */
    ARGUMENT
  }

  /**
   * Whether no override can break this contract by having it: it takes nothing by ownership or
   * mutably and returns nothing tracked, which every contract allows (see J0003).
   */
  public boolean isNeutral() {
    return result == Result.UNTRACKED && receiver != Receiver.MUT && receiver != Receiver.CONSUMES
        && params.stream().allMatch(p -> p == Param.SHARED);
  }

  /** The mode of argument {@code i}, varargs included. */
  public Param param(int i) {
    if (params.isEmpty()) {
      return Param.SHARED;
    }
    return params.get(Math.min(i, params.size() - 1));
  }
}
