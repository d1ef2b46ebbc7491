package dev.jborrow.processor.cfg;

import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@code case} matches, read portably: the processor is compiled for Java 17, whose
 * {@link CaseTree} lacks the pattern labels and guards of Java 21. On a newer javac those are
 * read through the public Tree API by reflection; on javac 17 a case has constants only.
 */
final class SwitchCases {

  private static final Method GET_LABELS = method("getLabels");
  private static final Method GET_GUARD = method("getGuard");
  private static final Method GET_CONSTANT = constantOfLabel();

  private SwitchCases() {}

  /**
   * @param isDefault the case is taken when no other case matches
   * @param alsoMatches a default case that also has labels of its own ({@code case null, default})
   * @param bindings variables bound by the case's patterns
   * @param guard the {@code when} condition, or null
   * @param enhanced a pattern or {@code case null}: the switch must then be exhaustive
   * @param onlyNull the {@code null} of a {@code case null} with no other label: where it
   *     matches, the selector is null; else null
   */
  record Shape(boolean isDefault, boolean alsoMatches, List<VariableTree> bindings,
      ExpressionTree guard, boolean enhanced, ExpressionTree onlyNull) {}

  static Shape shape(CaseTree c) {
    List<? extends Tree> labels = labels(c);
    boolean isDefault = false;
    boolean enhanced = false;
    int others = 0;
    List<VariableTree> bindings = new ArrayList<>();
    for (Tree label : labels) {
      String kind = label.getKind().name();
      if (kind.equals("DEFAULT_CASE_LABEL")) {
        isDefault = true;
      } else {
        others++;
        bindings.addAll(bindings(label));
        enhanced |= kind.equals("PATTERN_CASE_LABEL") || label.getKind() == Tree.Kind.NULL_LITERAL
            || kind.equals("CONSTANT_CASE_LABEL") && label.toString().equals("null");
      }
    }
    if (labels.isEmpty()) {
      isDefault = true;
    }
    ExpressionTree guard = (ExpressionTree) invoke(GET_GUARD, c);
    ExpressionTree onlyNull = labels.size() == 1 ? nullLiteral(labels.get(0)) : null;
    return new Shape(isDefault, isDefault && others > 0, bindings, guard, enhanced, onlyNull);
  }

  /** The {@code null} a label is, on javac 17 (an expression) or 21 (a constant label). */
  private static ExpressionTree nullLiteral(Tree label) {
    Tree e = label;
    if (label.getKind().name().equals("CONSTANT_CASE_LABEL") && GET_CONSTANT != null) {
      try {
        e = (Tree) GET_CONSTANT.invoke(label);
      } catch (IllegalAccessException | InvocationTargetException ex) {
        return null;
      }
    }
    return e != null && e.getKind() == Tree.Kind.NULL_LITERAL ? (ExpressionTree) e : null;
  }

  /** The variables a pattern binds, nested record patterns included; none for null. */
  static List<VariableTree> bindings(Tree pattern) {
    List<VariableTree> found = new ArrayList<>();
    if (pattern != null) {
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitBindingPattern(BindingPatternTree node, Void unused) {
          found.add(node.getVariable());
          return null;
        }
      }.scan(pattern, null);
    }
    return found;
  }

  @SuppressWarnings("unchecked")
  private static List<? extends Tree> labels(CaseTree c) {
    if (GET_LABELS != null) {
      Object labels = invoke(GET_LABELS, c);
      if (labels != null) {
        return (List<? extends Tree>) labels;
      }
    }
    return c.getExpressions();
  }

  /** {@code ConstantCaseLabelTree.getConstantExpression}, Java 21's; null before. */
  private static Method constantOfLabel() {
    try {
      return Class.forName("com.sun.source.tree.ConstantCaseLabelTree")
          .getMethod("getConstantExpression");
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return null;
    }
  }

  private static Method method(String name) {
    try {
      return CaseTree.class.getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Object invoke(Method m, CaseTree c) {
    if (m == null) {
      return null;
    }
    try {
      return m.invoke(c);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new UnsupportedConstructException(c, "case label");
    }
  }
}
