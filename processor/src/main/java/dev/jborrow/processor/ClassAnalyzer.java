package dev.jborrow.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import dev.jborrow.processor.cfg.UnattributedCodeException;
import dev.jborrow.processor.cfg.UnsupportedConstructException;
import dev.jborrow.processor.check.BodyChecker;
import dev.jborrow.processor.check.contracts.DeclarationChecks;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.Diagnostic;
import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.diag.Span;
import dev.jborrow.processor.model.Annotations;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds every body in one top-level class (methods, constructors, initialisers, lambdas, and
 * those of nested, local and anonymous classes) and checks each on its own. A failure inside
 * the checker becomes one J0999 warning for that body; javac goes on.
 */
final class ClassAnalyzer {

  private final Trees trees;
  private final BodyChecker bodies;
  private final DeclarationChecks declarations;

  /** javac's name for it, compared by identity: printing each annotation would cost more. */
  private final Name suppressWarnings;

  ClassAnalyzer(Trees trees, Elements elements, BodyChecker bodies,
      DeclarationChecks declarations) {
    this.trees = trees;
    this.bodies = bodies;
    this.declarations = declarations;
    this.suppressWarnings = elements.getName("SuppressWarnings");
  }

  /**
   * Checks the class and reports to {@code out}, unless javac found errors in it: then its
   * own errors are all the user should see.
   */
  void analyze(TreePath classPath, DiagnosticSink out) {
    List<Diagnostic> found = new ArrayList<>();
    broken = false;
    scan(classPath, found::add);
    if (!broken) {
      found.forEach(out::report);
    }
  }

  private boolean broken;

  /** The stack of the thread a too deeply nested body is checked on again. */
  private static final long DEEP_STACK_BYTES = 512L << 20;

  private void scan(TreePath classPath, DiagnosticSink sink) {
    CompilationUnitTree unit = classPath.getCompilationUnit();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree c, Void unused) {
        if (suppressed(getCurrentPath())) {
          return null;
        }
        for (Tree member : c.getMembers()) {
          if (member instanceof BlockTree) {
            TreePath p = new TreePath(getCurrentPath(), member);
            guard(p, () -> bodies.check(p, unit, sink), sink);
          }
        }
        return super.visitClass(c, unused);
      }

      @Override
      public Void visitMethod(MethodTree m, Void unused) {
        if (suppressed(getCurrentPath())) {
          return null;
        }
        TreePath p = getCurrentPath();
        if (isAnonymousConstructor(p)) {
          // An anonymous class declares no constructor (JLS 15.9.5.1): javac's only hands the
          // arguments to the superclass's, which the `new` was checked against.
          return null;
        }
        guard(p, () -> declarations.checkMethod(p, sink), sink);
        if (m.getBody() != null && !guardAsking(p, () -> bodies.check(p, unit, sink), sink)) {
          // Nothing inside touches a tracked value and no class is declared there: its locals
          // carry no ownership annotation and its lambdas have nothing to check. Its
          // parameters were checked with the method, and its modifiers hold no body.
          return null;
        }
        if (m.getBody() != null) {
          scanInside(p, this);
        }
        return null; // its parameters were checked with the method
      }

      @Override
      public Void visitVariable(VariableTree v, Void unused) {
        TreePath p = getCurrentPath();
        if (suppressed(p)) {
          return null;
        }
        if (!(p.getParentPath().getLeaf() instanceof MethodTree m && m.getParameters().contains(v))) {
          guard(p, () -> declarations.checkVariable(p, sink), sink); // parameters: checkMethod
        }
        return super.visitVariable(v, unused);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree l, Void unused) {
        TreePath p = getCurrentPath();
        guard(p, () -> bodies.check(p, unit, sink), sink);
        return super.visitLambdaExpression(l, unused);
      }
    }.scan(classPath, null);
  }

  /**
   * Hands {@code scanner} what a checked body holds that is checked on its own: its lambdas,
   * its classes, and its annotated locals. Most nodes of a body are none of those: they are
   * walked without the path a TreePathScanner would make for each, and a path is made only for
   * those found, from the trees above them.
   */
  private static void scanInside(TreePath method, TreePathScanner<Void, Void> scanner) {
    Deque<Tree> above = new ArrayDeque<>(); // innermost first
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree == null) {
          return null;
        }
        if (tree instanceof LambdaExpressionTree || tree instanceof ClassTree
            || tree instanceof VariableTree v && !v.getModifiers().getAnnotations().isEmpty()) {
          TreePath path = method;
          for (Iterator<Tree> i = above.descendingIterator(); i.hasNext(); ) {
            path = new TreePath(path, i.next());
          }
          return scanner.scan(new TreePath(path, tree), null);
        }
        above.push(tree);
        try {
          return super.scan(tree, unused);
        } finally {
          above.pop();
        }
      }
    }.scan(((MethodTree) method.getLeaf()).getBody(), null);
  }

  private boolean isAnonymousConstructor(TreePath method) {
    return trees.getElement(method) instanceof ExecutableElement e
        && e.getKind() == ElementKind.CONSTRUCTOR
        && e.getEnclosingElement() instanceof TypeElement t
        && t.getNestingKind() == NestingKind.ANONYMOUS;
  }

  /**
   * Whether {@code @SuppressWarnings("ownership")} is on the class, method or variable. Asked of
   * every declaration, so the element is looked at only when the tree names the annotation.
   */
  private boolean suppressed(TreePath path) {
    ModifiersTree mods = path.getLeaf() instanceof ClassTree c ? c.getModifiers()
        : path.getLeaf() instanceof MethodTree m ? m.getModifiers()
        : ((VariableTree) path.getLeaf()).getModifiers();
    for (AnnotationTree a : mods.getAnnotations()) {
      Tree type = a.getAnnotationType();
      Name simple = type instanceof IdentifierTree id ? id.getName()
          : type instanceof MemberSelectTree m ? m.getIdentifier() : null;
      if (suppressWarnings.equals(simple)) {
        Element e = trees.getElement(path);
        return e != null && Annotations.suppressed(e);
      }
    }
    return false;
  }

  /** Runs one check; an ordinary compile error silences it, anything else is J0999. */
  private void guard(TreePath path, Runnable check, DiagnosticSink sink) {
    guardAsking(path, () -> {
      check.run();
      return true;
    }, sink);
  }

  /**
   * Runs one check that answers whether to look inside its body; after a failure, the answer
   * is yes, so that nested bodies are still checked.
   */
  private boolean guardAsking(TreePath path, BooleanSupplier check,
      DiagnosticSink sink) {
    try {
      return check.getAsBoolean();
    } catch (StackOverflowError e) {
      return onDeepStack(path, check, sink);
    } catch (Exception | LinkageError | AssertionError e) {
      return failed(path, e, sink);
    }
  }

  /**
   * A body nested deeper than javac's thread has stack for (generated code: hundreds of nested
   * {@code ?:}) is checked again on a thread with a stack of its own, while this one waits:
   * javac's objects are still used by one thread at a time. Findings of the first try are
   * reported again, and printed once.
   */
  private boolean onDeepStack(TreePath path, BooleanSupplier check, DiagnosticSink sink) {
    boolean[] answer = {true};
    Throwable[] failure = new Throwable[1];
    Thread deep = new Thread(null, () -> {
      try {
        answer[0] = check.getAsBoolean();
      } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
        failure[0] = e;
      }
    }, "jborrow-deep-body", DEEP_STACK_BYTES);
    deep.start();
    try {
      deep.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(path, e, sink);
    }
    return failure[0] == null ? answer[0] : failed(path, failure[0], sink);
  }

  /** A compile error javac reports itself silences the class; anything else is J0999. */
  private boolean failed(TreePath path, Throwable e, DiagnosticSink sink) {
    if (e instanceof UnattributedCodeException) {
      broken = true;
    } else {
      internalError(path, e, sink);
    }
    return true; // look inside: nested bodies are still checked
  }

  private void internalError(TreePath path, Throwable e, DiagnosticSink sink) {
    Tree at = e instanceof UnsupportedConstructException u && u.tree() != null
        ? u.tree() : path.getLeaf();
    sink.report(Diagnostic.of(Code.J0999, "internal error while checking `" + describe(path)
            + "`", Span.of(path.getLeaf(), path.getCompilationUnit(), trees.getSourcePositions()))
        .note(e.getClass().getSimpleName() + ": " + e.getMessage())
        .label(Span.of(at, path.getCompilationUnit(), trees.getSourcePositions()),
            "while analysing this")
        .help("please report this with the method; the rest of the build was checked")
        .build());
  }

  private String describe(TreePath path) {
    Tree leaf = path.getLeaf();
    Element e = trees.getElement(path);
    if (leaf instanceof MethodTree && e != null) {
      return e.getEnclosingElement().getSimpleName() + "." + e.getSimpleName();
    }
    Element owner = BodyChecker.enclosingClass(trees, path);
    String where = owner == null ? "?" : owner.getSimpleName().toString();
    if (leaf instanceof LambdaExpressionTree) {
      return "lambda in " + where;
    }
    return "initialiser of " + where;
  }
}
