package dev.jborrow.processor.diag;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic.Kind;

/**
 * Sends the diagnostics of one top-level class to javac through {@link Trees#printMessage}, at
 * their primary position. They are buffered while the class is checked and printed by {@link
 * #flush()} in source order, as rustc sorts its buffered errors by span: the checks find them
 * in whatever order their analyses visit places and loans. A finding reached twice (a {@code
 * finally} block is analysed once per way out of it) is printed once.
 */
public final class JavacReporter implements DiagnosticSink {

  private final Trees trees;
  private final CompilationUnitTree unit;
  private final boolean warnOnly;
  private final boolean countOnly;
  private final boolean rustcFormat;
  private final java.util.function.Consumer<Finding> listener;
  private RustcRenderer.Source source;
  private final Map<Key, Diagnostic> buffered = new HashMap<>();
  private final java.util.EnumMap<Code, Integer> counts = new java.util.EnumMap<>(Code.class);
  private int errors;
  private int warnings;

  /**
   * @param countOnly count findings without printing them ({@code -Ajborrow.stress}, where
   *     every class is tracked and the findings are not meant for anyone); internal errors
   *     (J0999) are printed all the same
   */
  public JavacReporter(Trees trees, CompilationUnitTree unit, boolean warnOnly,
      boolean countOnly, boolean rustcFormat, java.util.function.Consumer<Finding> listener) {
    this.trees = trees;
    this.unit = unit;
    this.warnOnly = warnOnly;
    this.countOnly = countOnly;
    this.rustcFormat = rustcFormat;
    this.listener = listener;
  }

  /**
   * What makes two findings the same finding. The message too: the declarators of {@code Conn
   * a = .., b = ..;} share a start, not a name.
   */
  private record Key(long start, long end, Code code, String message) {

    static final Comparator<Key> SOURCE_ORDER = Comparator.comparingLong(Key::start)
        .thenComparingLong(Key::end).thenComparing(Key::code).thenComparing(Key::message);

    static Key of(Diagnostic d) {
      return new Key(d.primary().start(), d.primary().end(), d.code(), d.message());
    }
  }

  @Override
  public void report(Diagnostic d) {
    buffered.putIfAbsent(Key.of(d), d);
  }

  /** Prints what was reported since the last flush, in source order. */
  public void flush() {
    if (buffered.isEmpty()) {
      return; // most classes: and a cold JVM need not build the comparator for none
    }
    List<Key> order = new ArrayList<>(buffered.keySet());
    order.sort(Key.SOURCE_ORDER);
    for (Key k : order) {
      print(buffered.get(k));
    }
    buffered.clear();
  }

  private void print(Diagnostic d) {
    boolean warning = warnOnly || d.code().isWarning();
    if (warning) {
      warnings++;
    } else {
      errors++;
    }
    counts.merge(d.code(), 1, Integer::sum);
    if (countOnly && d.code() != Code.J0999) {
      return; // an internal error is worth seeing even where findings are not
    }
    if (listener != null) {
      listener.accept(new Finding(d, source(), warning));
    }
    String message = rustcFormat
        ? "[" + d.code().name() + "] " + d.message() + "\n"
            + new RustcRenderer(false).body(d, source())
        : PlainRenderer.render(d, unit.getLineMap());
    // A mandatory warning, which -nowarn does not hide: maven-compiler-plugin passes -nowarn
    // unless told otherwise, and a finding reported as a warning is still meant to be read.
    trees.printMessage(warning ? Kind.MANDATORY_WARNING : Kind.ERROR, message,
        anchor(d.primary().tree(), unit, trees.getSourcePositions()), unit);
  }

  /**
   * The tree javac should point at: it reports a tree at its "preferred position" (the `(` of a
   * call, the `.` of a selection), which may lie lines below where the span starts in a chain
   * split over lines. The leftmost operand starts where the span does, so javac's line and
   * column agree with the command line's, the JSON's and the SARIF's, as rustc's do.
   */
  static Tree anchor(Tree tree, CompilationUnitTree unit, SourcePositions positions) {
    Tree t = tree;
    while (true) {
      Tree next = switch (t.getKind()) {
        case METHOD_INVOCATION -> ((MethodInvocationTree) t).getMethodSelect();
        case MEMBER_SELECT -> ((MemberSelectTree) t).getExpression();
        case ARRAY_ACCESS -> ((ArrayAccessTree) t).getExpression();
        case ASSIGNMENT -> ((AssignmentTree) t).getVariable();
        case CONDITIONAL_EXPRESSION -> ((ConditionalExpressionTree) t).getCondition();
        case INSTANCE_OF -> ((InstanceOfTree) t).getExpression();
        case POSTFIX_INCREMENT, POSTFIX_DECREMENT -> ((UnaryTree) t).getExpression();
        // javac points at a declaration's name, the span starts at its type (or, for `var` and
        // a lambda's implicit parameter, whose type is not in the source, at the name too)
        case VARIABLE -> Span.writesType((VariableTree) t, unit, positions)
            ? ((VariableTree) t).getType() : null;
        case PARAMETERIZED_TYPE -> ((ParameterizedTypeTree) t).getType();
        case ARRAY_TYPE -> ((ArrayTypeTree) t).getType();
        default -> t instanceof BinaryTree b ? b.getLeftOperand()
            : t instanceof CompoundAssignmentTree c ? c.getVariable() : null;
      };
      if (next == null) {
        return t;
      }
      t = next;
    }
  }

  /** The unit's file as the renderers need it, read once. */
  private RustcRenderer.Source source() {
    if (source == null) {
      source = RustcRenderer.Source.of(unit.getSourceFile());
    }
    return source;
  }

  public int errors() {
    return errors;
  }

  public int warnings() {
    return warnings;
  }

  /** How many findings of each code were reported. */
  public java.util.Map<Code, Integer> counts() {
    return counts;
  }
}
