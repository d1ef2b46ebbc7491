package dev.jborrow.processor.model;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Library calls whose value is the value of one of their operands, as far as a null test can
 * tell: the only element of a one-element list is what the list was made of. Lombok's
 * {@code @Cleanup} closes its variable under {@code if
 * (java.util.Collections.singletonList(r).get(0) != null)}, a null test of {@code r} written so
 * that javac does not warn about a redundant test.
 */
public final class SameValue {

  private SameValue() {}

  /**
   * The operand whose value {@code e} is ({@code r} for {@code Collections.singletonList(r)
   * .get(0)} or {@code List.of(r).get(0)}); {@code e} itself otherwise.
   *
   * @param enclosing a path to a tree that contains {@code e}, to resolve its calls
   */
  public static ExpressionTree of(ExpressionTree e, TreePath enclosing, Trees trees) {
    ExpressionTree x = unwrap(e);
    if (!(x instanceof MethodInvocationTree get) || get.getArguments().size() != 1
        || !(unwrap(get.getArguments().get(0)) instanceof LiteralTree index)
        || !Integer.valueOf(0).equals(index.getValue())
        || !(get.getMethodSelect() instanceof MemberSelectTree select)
        || !select.getIdentifier().contentEquals("get")
        || !(unwrap(select.getExpression()) instanceof MethodInvocationTree make)
        || make.getArguments().size() != 1) {
      return e;
    }
    Element maker = trees.getElement(TreePath.getPath(enclosing, make));
    if (!(maker instanceof ExecutableElement m)
        || !(m.getEnclosingElement() instanceof TypeElement owner)) {
      return e;
    }
    String name = owner.getQualifiedName() + "." + m.getSimpleName();
    return name.equals("java.util.Collections.singletonList") || name.equals("java.util.List.of")
        ? unwrap(make.getArguments().get(0)) : e;
  }

  private static ExpressionTree unwrap(ExpressionTree e) {
    ExpressionTree x = e;
    while (x instanceof ParenthesizedTree p) {
      x = p.getExpression();
    }
    return x;
  }
}
