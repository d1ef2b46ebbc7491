package dev.jborrow.processor.ir;

import com.sun.source.tree.EnhancedForLoopTree;
import javax.lang.model.element.VariableElement;

/**
 * Something that can carry borrows past the expression that took them: a local variable, or
 * the hidden iterator of an enhanced {@code for} loop, which borrows its iterable for as long as
 * more iterations may follow.
 */
public sealed interface Holder {

  static Holder of(VariableElement variable) {
    return new Local(variable);
  }

  static Holder of(EnhancedForLoopTree loop) {
    return new LoopIterator(loop);
  }

  /** A local variable or parameter. */
  record Local(VariableElement variable) implements Holder {}

  /** The iterator of {@code loop} (trees are equal only to themselves). */
  record LoopIterator(EnhancedForLoopTree loop) implements Holder {}
}
