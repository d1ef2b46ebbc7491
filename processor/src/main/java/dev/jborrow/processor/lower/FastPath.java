package dev.jborrow.processor.lower;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
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
    Walk walk = new Walk(body);
    walk.scan(body.getLeaf(), null);
    return walk.found ? Verdict.TRACKED
        : walk.declaresClass ? Verdict.DECLARES_CLASS : Verdict.UNTRACKED;
  }

  /**
   * One body's walk, which stops at the first tracked value. A tree scanner, not a path
   * scanner: javac finds a tree's element and type from the tree alone (it walks the path only
   * for a class it has not attributed yet, and the body's path leads to its class), so the few
   * trees asked about get a path, not every node.
   */
  private final class Walk extends TreeScanner<Void, Void> {
    private final TreePath body;
    /** Whether every local it names is declared in it, and was asked about there. */
    private final boolean ownsItsLocals;
    /**
     * Whether {@code this} of a class around the tree walked is tracked (a class around the
     * body, or one declared in it): a member named without {@code this.} belongs to one of
     * those classes or to a supertype of one, and a class with a tracked {@code this} makes its
     * subclasses' tracked too.
     */
    private boolean inTrackedThis;
    private boolean found;
    private boolean declaresClass;

    Walk(TreePath body) {
      this.body = body;
      this.ownsItsLocals = declaresEveryLocalItReads(body);
      this.inTrackedThis = inTrackedThis(body);
    }

    private TreePath at(Tree leaf) {
      return new TreePath(body, leaf);
    }

    /** Records what {@code tracked} says; the walk ends at the first yes. */
    private Void found(boolean tracked) {
      found |= tracked;
      return null;
    }

    @Override
    public Void scan(Tree tree, Void unused) {
      // Types and annotations hold no value: the walk skips them, so that javac is asked only
      // about trees that may be values.
      if (!found && tree != null && !holdsNoValue(tree.getKind())) {
        tree.accept(this, null);
      }
      return null;
    }

    @Override
    public Void scan(Iterable<? extends Tree> trees, Void unused) {
      if (trees != null) {
        for (Tree t : trees) {
          scan(t, null);
        }
      }
      return null;
    }

    // A declaration's type and modifiers, and a `new`'s class name, hold no value either.
    @Override
    public Void visitVariable(VariableTree v, Void unused) {
      return askThenWalk(v, v.getInitializer());
    }

    @Override
    public Void visitMethod(MethodTree m, Void unused) {
      scan(m.getParameters(), null);
      return scan(m.getBody(), null);
    }

    @Override
    public Void visitNewClass(NewClassTree n, Void unused) {
      scan(n.getEnclosingExpression(), null);
      scan(n.getArguments(), null);
      scan(n.getClassBody(), null);
      // A new resource may be dropped at once, as a temporary (J0001, issue 17).
      return found ? null : found(isResource(trees.getTypeMirror(at(n))));
    }

    private boolean isResource(javax.lang.model.type.TypeMirror t) {
      return tracking.isTrackedType(t) && tracking.mustBeClosed(t);
    }

    @Override
    public Void visitIdentifier(IdentifierTree id, Void unused) {
      Element e = trees.getElement(at(id));
      if (ownsItsLocals && e != null && Tracking.isLocal(e)) {
        return null; // its declaration is in this body, and was asked about there
      }
      return found(tracked(e) || usesTrackedThis(id, e));
    }

    /** `this`, or a member named without it, of a tracked class (seen from a lambda too). */
    private boolean usesTrackedThis(IdentifierTree id, Element e) {
      if (id.getName().equals(thisName) || id.getName().equals(superName)) {
        return tracking.isTrackedType(trees.getTypeMirror(at(id)));
      }
      // The modifiers last: javac builds a new set each time they are asked for.
      return inTrackedThis && e != null
          && (e.getKind() == ElementKind.METHOD || e.getKind() == ElementKind.FIELD)
          && tracking.isTrackedThis(e.getEnclosingElement())
          && !e.getModifiers().contains(Modifier.STATIC);
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree m, Void unused) {
      return askThenWalk(m, m.getExpression());
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      // A tracked result may be moved at once: `take(list.get(0))` moves out of a borrow; one
      // that holds tracked values (`conns.stream()`) may carry borrows of a parameter out of
      // the method (SPEC 3.8). An obliging call (`lock.lock()`) needs the graph whatever its
      // receiver (SPEC 3.9), and so does one whose result must be closed whatever its type
      // (`Files.lines(p)`).
      TreePath path = at(call);
      if (tracking.mayHoldTracked(trees.getTypeMirror(path))
          || trees.getElement(path) instanceof ExecutableElement m
              && tracking.bindsItsCaller(m)) {
        return found(true);
      }
      // The method's name is no value: of `recv.m(args)`, only the receiver is read (the call's
      // element is the method's, which nothing tracks).
      if (call.getMethodSelect() instanceof MemberSelectTree select) {
        scan(select.getExpression(), null);
      } else {
        scan(call.getMethodSelect(), null);
      }
      return scan(call.getArguments(), null);
    }

    @Override
    public Void visitArrayAccess(ArrayAccessTree a, Void unused) {
      // Moving a tracked element out of an array is an error even with no tracked variable.
      found(tracking.isTrackedType(trees.getTypeMirror(at(a))));
      return super.visitArrayAccess(a, null);
    }

    @Override
    public Void visitTypeCast(TypeCastTree cast, Void unused) {
      // `keep((Conn) o)` moves out of what the method only borrows.
      found(cast.getType().getKind() != Tree.Kind.PRIMITIVE_TYPE
          && tracking.isTrackedType(trees.getTypeMirror(at(cast))));
      return scan(cast.getExpression(), null);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree r, Void unused) {
      // `X::archive`, `Buf::push` are checked as the lambdas they stand for, whose parameters
      // may be tracked values though no variable here is.
      found(trees.getElement(at(r)) instanceof ExecutableElement m
          && (!m.getModifiers().contains(Modifier.STATIC)
                  && tracking.isTrackedType(m.getEnclosingElement().asType())
              || m.getParameters().stream().anyMatch(p -> tracking.isTrackedType(p.asType()))));
      return super.visitMemberReference(r, null);
    }

    @Override
    public Void visitClass(ClassTree c, Void unused) {
      declaresClass = true;
      boolean outside = inTrackedThis;
      inTrackedThis = outside || tracking.isTrackedThis(trees.getElement(at(c)));
      super.visitClass(c, null);
      inTrackedThis = outside;
      return null;
    }

    // Reads in a lambda (or a local or anonymous class, scanned as any tree) are captures of
    // this body's variables: they count here.

    private boolean holdsNoValue(Tree.Kind kind) {
      return switch (kind) {
        case ANNOTATION, TYPE_ANNOTATION, PARAMETERIZED_TYPE, ARRAY_TYPE, PRIMITIVE_TYPE,
            UNION_TYPE, INTERSECTION_TYPE -> true;
        default -> false;
      };
    }

    /** Asks whether {@code t} declares or names a tracked variable, then walks {@code inside}. */
    private Void askThenWalk(Tree t, Tree inside) {
      found(tracked(trees.getElement(at(t))));
      return scan(inside, null);
    }

    private boolean tracked(Element e) {
      return e instanceof VariableElement v && tracking.isTracked(v);
    }
  }

  /** Whether a class the body is in has a tracked {@code this} (see {@link Walk#inTrackedThis}). */
  private boolean inTrackedThis(TreePath body) {
    for (TreePath p = body.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree && tracking.isTrackedThis(trees.getElement(p))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every local the body names is declared inside it: a method or initialiser of a
   * class declared outside any body. A lambda, or a method of a local or anonymous class (or
   * of a class nested in one), may read the locals of the body around it.
   */
  private static boolean declaresEveryLocalItReads(TreePath body) {
    if (body.getLeaf() instanceof LambdaExpressionTree) {
      return false;
    }
    for (TreePath p = body.getParentPath(); p != null; p = p.getParentPath()) {
      if (!(p.getLeaf() instanceof ClassTree || p.getLeaf() instanceof CompilationUnitTree)) {
        return false;
      }
    }
    return true;
  }
}
