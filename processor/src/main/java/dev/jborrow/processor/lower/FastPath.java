package dev.jborrow.processor.lower;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import dev.jborrow.processor.model.Tracking;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Decides, without building anything, whether a body touches a tracked variable at all. Most
 * methods of most programs do not, and they must cost no graph.
 */
public final class FastPath {

  private final Trees trees;
  private final Tracking tracking;
  /** javac's names, compared by identity: comparing text would decode every identifier. */
  private final Name thisName;
  private final Name superName;

  public FastPath(Trees trees, Elements elements, Tracking tracking) {
    this.trees = trees;
    this.tracking = tracking;
    this.thisName = elements.getName("this");
    this.superName = elements.getName("super");
  }

  /** What a body holds, as far as the checker cares. */
  public enum Verdict {
    /** It touches a tracked value: it needs its graph. */
    TRACKED,
    /**
     * It touches none, but declares a class (local or anonymous), whose methods may still be
     * checked: they may override a contract, or their {@code this} may be tracked.
     */
    DECLARES_CLASS,
    /** It touches none, and nothing inside it needs a check of its own. */
    UNTRACKED
  }

  /**
   * Whether the body declares or reads a tracked variable, or gets a tracked value from a call
   * or an array, counting what lambdas and nested classes inside it read; and if not, whether
   * it declares a class.
   */
  public Verdict scan(TreePath body) {
    boolean[] declaresClass = {false};
    // A tree scanner, not a path scanner: javac finds a tree's element and type from the tree
    // alone (it walks the path only for a class it has not attributed yet, and the body's path
    // leads to its class), so the few trees asked about get a path, not every node.
    Boolean found = new TreeScanner<Boolean, Void>() {
      private TreePath at(Tree leaf) {
        return new TreePath(body, leaf);
      }

      @Override
      public Boolean scan(Tree tree, Void unused) {
        // Types and annotations hold no value: the walk skips them, so that javac is asked
        // only about trees that may be values.
        if (tree == null || holdsNoValue(tree.getKind())) {
          return false;
        }
        Boolean r = super.scan(tree, unused);
        return r != null && r;
      }

      @Override
      public Boolean scan(Iterable<? extends Tree> trees, Void unused) {
        Boolean r = super.scan(trees, unused); // null for no trees
        return r != null && r;
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return (a != null && a) || (b != null && b);
      }

      // A declaration's type and modifiers, and a `new`'s class name, hold no value either.
      @Override
      public Boolean visitVariable(VariableTree v, Void unused) {
        return tracked(trees.getElement(at(v))) || scan(v.getInitializer(), unused);
      }

      @Override
      public Boolean visitMethod(MethodTree m, Void unused) {
        return scan(m.getParameters(), unused) || scan(m.getBody(), unused);
      }

      @Override
      public Boolean visitNewClass(NewClassTree n, Void unused) {
        // A new resource may be dropped at once, as a temporary (J0001, issue 17).
        return scan(n.getEnclosingExpression(), unused) || scan(n.getArguments(), unused)
            || scan(n.getClassBody(), unused) || isResource(trees.getTypeMirror(at(n)));
      }

      private boolean isResource(javax.lang.model.type.TypeMirror t) {
        return tracking.isTrackedType(t) && tracking.mustBeClosed(t);
      }

      @Override
      public Boolean visitIdentifier(IdentifierTree id, Void unused) {
        Element e = trees.getElement(at(id));
        return tracked(e) || usesTrackedThis(id, e);
      }

      /** `this`, or a member named without it, of a tracked class (seen from a lambda too). */
      private boolean usesTrackedThis(IdentifierTree id, Element e) {
        if (id.getName().equals(thisName) || id.getName().equals(superName)) {
          return tracking.isTrackedType(trees.getTypeMirror(at(id)));
        }
        // The modifiers last: javac builds a new set each time they are asked for.
        return e != null && (e.getKind() == ElementKind.METHOD || e.getKind() == ElementKind.FIELD)
            && tracking.isTrackedThis(e.getEnclosingElement())
            && !e.getModifiers().contains(Modifier.STATIC);
      }

      @Override
      public Boolean visitMemberSelect(MemberSelectTree m, Void unused) {
        return tracked(trees.getElement(at(m))) || super.visitMemberSelect(m, unused);
      }

      @Override
      public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
        // A tracked result may be moved at once: `take(list.get(0))` moves out of a borrow;
        // one that holds tracked values (`conns.stream()`) may carry borrows of a parameter
        // out of the method (SPEC 3.8).
        // An obliging call (`lock.lock()`) needs the graph whatever its receiver (SPEC 3.9),
        // and so does one whose result must be closed whatever its type (`Files.lines(p)`).
        return tracking.mayHoldTracked(trees.getTypeMirror(at(call)))
            || trees.getElement(at(call)) instanceof ExecutableElement m
                && (tracking.obliges(m) || tracking.mustBeClosedResult(m))
            || super.visitMethodInvocation(call, unused);
      }

      @Override
      public Boolean visitArrayAccess(ArrayAccessTree a, Void unused) {
        // Moving a tracked element out of an array is an error even with no tracked variable.
        return tracking.isTrackedType(trees.getTypeMirror(at(a)))
            || super.visitArrayAccess(a, unused);
      }

      @Override
      public Boolean visitTypeCast(TypeCastTree cast, Void unused) {
        // `keep((Conn) o)` moves out of what the method only borrows.
        return cast.getType().getKind() != Tree.Kind.PRIMITIVE_TYPE
            && tracking.isTrackedType(trees.getTypeMirror(at(cast)))
            || scan(cast.getExpression(), unused);
      }

      @Override
      public Boolean visitMemberReference(MemberReferenceTree r, Void unused) {
        // `X::archive`, `Buf::push` are checked as the lambdas they stand for, whose
        // parameters may be tracked values though no variable here is.
        return trees.getElement(at(r)) instanceof ExecutableElement m
            && (!m.getModifiers().contains(Modifier.STATIC)
                    && tracking.isTrackedType(m.getEnclosingElement().asType())
                || m.getParameters().stream().anyMatch(p -> tracking.isTrackedType(p.asType())))
            || super.visitMemberReference(r, unused);
      }

      @Override
      public Boolean visitClass(ClassTree c, Void unused) {
        declaresClass[0] = true;
        return super.visitClass(c, unused);
      }

      @Override
      public Boolean visitLambdaExpression(LambdaExpressionTree l, Void unused) {
        // Reads in a lambda (or a local or anonymous class, scanned as any tree) are captures of
        // this body's variables: they count here.
        return super.visitLambdaExpression(l, unused);
      }

      private boolean holdsNoValue(Tree.Kind kind) {
        return switch (kind) {
          case ANNOTATION, TYPE_ANNOTATION, PARAMETERIZED_TYPE, ARRAY_TYPE, PRIMITIVE_TYPE,
              UNION_TYPE, INTERSECTION_TYPE -> true;
          default -> false;
        };
      }

      private boolean tracked(Element e) {
        return e instanceof VariableElement v && tracking.isTracked(v);
      }
    }.scan(body.getLeaf(), null);
    return found != null && found ? Verdict.TRACKED
        : declaresClass[0] ? Verdict.DECLARES_CLASS : Verdict.UNTRACKED;
  }
}
