package dev.jborrow.processor.cfg;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Whether evaluating an expression may throw an unchecked exception of its own, without a
 * call (calls have exceptional edges of their own): an index out of bounds, a division by
 * zero, a failed cast, a field read through null, a negative array size, unboxing a null (an
 * {@code Integer} in arithmetic, or stored where an {@code int} goes). A statement with none of
 * these cannot throw between its start and its store, so a handler never sees it half done.
 */
final class ImplicitThrows extends TreePathScanner<Boolean, Void> {

  private final Trees trees;
  private final Types types;

  ImplicitThrows(Trees trees, Types types) {
    this.trees = trees;
    this.types = types;
  }

  /** Whether the expression at {@code path} (null: none) may throw without a call. */
  boolean mayThrow(TreePath path) {
    return path != null && Boolean.TRUE.equals(scan(path, null)); // a leaf scans to null
  }

  @Override
  public Boolean reduce(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
  }

  @Override
  public Boolean visitArrayAccess(ArrayAccessTree node, Void unused) {
    return true;
  }

  @Override
  public Boolean visitBinary(BinaryTree node, Void unused) {
    return (node.getKind() == Tree.Kind.DIVIDE || node.getKind() == Tree.Kind.REMAINDER)
        && mayDivideByZero(node.getRightOperand())
        || unboxes(node)
        || Boolean.TRUE.equals(super.visitBinary(node, unused));
  }

  /**
   * Whether a binary operator unboxes an operand: arithmetic and ordering always do, {@code ==}
   * only against a primitive, and {@code +} not when it builds a string.
   */
  private boolean unboxes(BinaryTree node) {
    boolean left = isBoxed(node.getLeftOperand());
    boolean right = isBoxed(node.getRightOperand());
    if (!left && !right) {
      return false;
    }
    if (node.getKind() == Tree.Kind.EQUAL_TO || node.getKind() == Tree.Kind.NOT_EQUAL_TO) {
      return left != right && isPrimitive(left ? node.getRightOperand() : node.getLeftOperand());
    }
    TypeMirror result = trees.getTypeMirror(getCurrentPath());
    return result == null || result.getKind().isPrimitive();
  }

  @Override
  public Boolean visitUnary(UnaryTree node, Void unused) {
    return isBoxed(node.getExpression()) || Boolean.TRUE.equals(super.visitUnary(node, unused));
  }

  @Override
  public Boolean visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
    return (node.getKind() == Tree.Kind.DIVIDE_ASSIGNMENT
            || node.getKind() == Tree.Kind.REMAINDER_ASSIGNMENT)
        && mayDivideByZero(node.getExpression())
        || isBoxed(node.getVariable()) || isBoxed(node.getExpression())
        || Boolean.TRUE.equals(super.visitCompoundAssignment(node, unused));
  }

  @Override
  public Boolean visitAssignment(AssignmentTree node, Void unused) {
    return isPrimitive(node.getVariable()) && isBoxed(node.getExpression())
        || Boolean.TRUE.equals(super.visitAssignment(node, unused));
  }

  /** Whether a value stored into a variable of type {@code target} is unboxed on the way. */
  boolean unboxesInto(TypeMirror target, TreePath value) {
    return target != null && target.getKind().isPrimitive() && isBoxedType(
        trees.getTypeMirror(value));
  }

  private boolean isBoxed(Tree operand) {
    return isBoxedType(trees.getTypeMirror(new TreePath(getCurrentPath(), operand)));
  }

  private boolean isPrimitive(Tree operand) {
    TypeMirror t = trees.getTypeMirror(new TreePath(getCurrentPath(), operand));
    return t != null && t.getKind().isPrimitive();
  }

  private static final Set<String> BOXES = Set.of("java.lang.Boolean", "java.lang.Byte",
      "java.lang.Character", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
      "java.lang.Float", "java.lang.Double");

  private static boolean isBoxedType(TypeMirror t) {
    return t instanceof DeclaredType d && d.asElement() instanceof TypeElement e
        && BOXES.contains(e.getQualifiedName().toString());
  }

  /**
   * Integer division by zero throws (JLS 15.17.2); floating-point division, and division by a
   * non-zero constant, never do.
   */
  private boolean mayDivideByZero(ExpressionTree divisor) {
    TypeMirror t = trees.getTypeMirror(getCurrentPath());
    if (t == null || t.getKind() == TypeKind.FLOAT || t.getKind() == TypeKind.DOUBLE) {
      return t == null;
    }
    return !(divisor instanceof LiteralTree lit && lit.getValue() instanceof Number n
        && n.longValue() != 0);
  }

  @Override
  public Boolean visitTypeCast(TypeCastTree node, Void unused) {
    return node.getType().getKind() != Tree.Kind.PRIMITIVE_TYPE && !isUpcast(node)
        || Boolean.TRUE.equals(super.visitTypeCast(node, unused));
  }

  /** A cast to a supertype never fails (JLS 5.1.5). */
  private boolean isUpcast(TypeCastTree node) {
    TypeMirror from = trees.getTypeMirror(new TreePath(getCurrentPath(), node.getExpression()));
    TypeMirror to = trees.getTypeMirror(getCurrentPath());
    return from != null && to != null && from.getKind() != TypeKind.ERROR
        && types.isAssignable(from, to);
  }

  @Override
  public Boolean visitNewArray(NewArrayTree node, Void unused) {
    return !node.getDimensions().isEmpty()
        || Boolean.TRUE.equals(super.visitNewArray(node, unused));
  }

  @Override
  public Boolean visitMemberSelect(MemberSelectTree node, Void unused) {
    return throughValue(node) || Boolean.TRUE.equals(super.visitMemberSelect(node, unused));
  }

  @Override
  public Boolean visitMethodInvocation(MethodInvocationTree node, Void unused) {
    // A null receiver throws in the call, whose edge already leads to the handler.
    Tree select = node.getMethodSelect();
    Boolean receiver = select instanceof MemberSelectTree m ? scan(m.getExpression(), null)
        : null;
    return reduce(receiver, scan(node.getArguments(), null));
  }

  @Override
  public Boolean visitLambdaExpression(LambdaExpressionTree node, Void unused) {
    return false; // a body of its own
  }

  @Override
  public Boolean visitClass(ClassTree node, Void unused) {
    return false; // a body of its own; its constructor call has edges
  }

  /** A field read through a value that may be null: not `this`, a type or a package. */
  private boolean throughValue(MemberSelectTree node) {
    if (node.getExpression() instanceof IdentifierTree id
        && (id.getName().contentEquals("this") || id.getName().contentEquals("super"))) {
      return false;
    }
    Element qualifier = trees.getElement(new TreePath(getCurrentPath(), node.getExpression()));
    return qualifier == null || !(qualifier.getKind().isClass()
        || qualifier.getKind().isInterface() || qualifier.getKind() == ElementKind.PACKAGE
        || qualifier.getKind() == ElementKind.TYPE_PARAMETER);
  }
}
