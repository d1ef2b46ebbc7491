package dev.jborrow.processor.cfg;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One evaluation step of a method body, in the order Java evaluates it: operands before the
 * operation that consumes them. Nodes carry the trees and the resolved elements; what a step
 * means for ownership is decided later by the checks, not here.
 */
public sealed interface Node {

  /** The tree whose position a diagnostic about this node points at. */
  Tree tree();

  /**
   * The node's position among those of its graph, dense from 0 up to
   * {@link ControlFlowGraph#nodeCount()}: a pass keeps what it finds per node in an array
   * indexed by it rather than in a table keyed by node.
   */
  int index();

  /** A read of a place (a local, a parameter, {@code this}, or a field path below them). */
  record Ref(ExpressionTree tree, Place place, int index) implements Node {}

  /**
   * The point where a variable comes into scope, after its initialiser is evaluated.
   *
   * @param source what gives the variable its value: the initialiser, the matched expression of
   *     a pattern, the iterated expression of a for-each loop; null for parameters and catches
   */
  record Declare(VariableTree tree, VariableElement variable, DeclKind kind, ExpressionTree source,
      int index) implements Node {}

  /** A store into {@code target}, after the receiver of the target and the value. */
  record Assign(ExpressionTree tree, ExpressionTree target, Place place, ExpressionTree value,
      int index) implements Node {}

  /**
   * The hidden iterator of an enhanced {@code for}: created once the iterable is evaluated
   * ({@code advance} false), asked for the next element at the loop head ({@code advance}
   * true). It borrows the iterable for as long as more iterations may follow.
   */
  record LoopIterator(EnhancedForLoopTree tree, boolean advance, int index) implements Node {}

  /**
   * A method call, after its receiver and arguments.
   *
   * @param type the type of the call's value where it is made ({@code Conn} for a
   *     {@code List<Conn>.get}), or null when javac gives none
   */
  record Invoke(MethodInvocationTree tree, ExecutableElement method, TypeMirror type, int index)
      implements Node {}

  /** An instance creation, after its arguments; an anonymous class body is also a closure. */
  record New(NewClassTree tree, ExecutableElement constructor, int index) implements Node {}

  /** An array creation that stores its initialisers. */
  record NewArray(NewArrayTree tree, int index) implements Node {}

  /** A read of an array element of type {@code elementType}. */
  record ArrayRead(ArrayAccessTree tree, TypeMirror elementType, int index) implements Node {}

  /** A lambda or method reference becoming a value; its body is a graph of its own. */
  record Closure(ExpressionTree tree, int index) implements Node {}

  /** The value leaving the body: {@code return e;} or a lambda's expression body. */
  record Return(Tree tree, ExpressionTree expression, int index) implements Node {}

  /** {@code throw e;}, before control leaves for the handler. */
  record Throw(Tree tree, ExpressionTree expression, int index) implements Node {}

  /**
   * Variables going out of scope at the end of {@code scope}, or on a jump out of it, innermost
   * first (Rust's StorageDead). Jumps to the method exit need none: everything ends there.
   */
  record ScopeEnd(Tree tree, List<VariableElement> variables, int index) implements Node {}

  /**
   * A record's compact (or implicit) canonical constructor storing {@code parameter} in
   * {@code field} as its body completes: {@code this.field = parameter}, written by javac.
   */
  record ComponentStore(VariableTree tree, VariableElement parameter, VariableElement field,
      int index) implements Node {}

  /** The implicit {@code close()} of a try-with-resources resource at the end of the block. */
  record ResourceClose(Tree tree, Place resource, int index) implements Node {}

  /** How a declared variable gets its first value. */
  enum DeclKind {
    /** A method or lambda parameter, at the entry. */
    PARAMETER,
    /** A local variable, with or without initialiser. */
    LOCAL,
    /** A try-with-resources variable. */
    RESOURCE,
    /** A catch parameter, holding the thrown value. */
    CATCH,
    /** A pattern binding, on the path where the pattern matched. */
    BINDING,
    /** The variable of an enhanced for loop, once per iteration. */
    FOREACH
  }
}
