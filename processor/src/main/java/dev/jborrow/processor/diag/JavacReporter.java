package dev.jborrow.processor.diag;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Set;
import javax.tools.Diagnostic.Kind;

/**
 * Sends diagnostics of one compilation unit to javac through {@link Trees#printMessage}, at
 * their primary position. A finding reached twice (a {@code finally} block is analysed once
 * per way out of it) is printed once.
 */
public final class JavacReporter implements DiagnosticSink {

  private final Trees trees;
  private final CompilationUnitTree unit;
  private final boolean warnOnly;
  private final boolean countOnly;
  private final boolean rustcFormat;
  private final java.util.function.Consumer<Finding> listener;
  private RustcRenderer.Source source;
  private final Set<String> printed = new HashSet<>();
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

  @Override
  public void report(Diagnostic d) {
    // The message too: the declarators of `Conn a = .., b = ..;` share a start, not a name.
    if (!printed.add(d.code() + "@" + d.primary().start() + ":" + d.message())) {
      return;
    }
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
    trees.printMessage(warning ? Kind.WARNING : Kind.ERROR, message, anchor(d.primary().tree()),
        unit);
  }

  /**
   * The tree javac should point at: it reports a tree at its "preferred position" (the `(` of a
   * call, the `.` of a selection), which may lie lines below where the span starts in a chain
   * split over lines. The leftmost operand starts where the span does, so javac's line and
   * column agree with the command line's, the JSON's and the SARIF's, as rustc's do.
   */
  static Tree anchor(Tree tree) {
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
      String text;
      try {
        text = unit.getSourceFile().getCharContent(true).toString();
      } catch (java.io.IOException e) {
        text = "";
      }
      source = new RustcRenderer.Source(displayName(unit.getSourceFile().toUri()), text);
    }
    return source;
  }

  /** A path relative to the working directory when the file is below it. */
  static String displayName(java.net.URI uri) {
    if (!"file".equals(uri.getScheme())) {
      return uri.getPath() == null ? uri.toString() : uri.getPath().replaceFirst("^/", "");
    }
    java.nio.file.Path p = java.nio.file.Path.of(uri);
    java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
    return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
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
