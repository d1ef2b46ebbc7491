package dev.jborrow.processor.check.leaks;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.jborrow.processor.model.Annotations;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Contracts;
import dev.jborrow.processor.model.Tracking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * What a class owns through its fields (SPEC.md §3.9): its owned resource fields, and the
 * methods that release them. A field is released by a disposal method of its class (its
 * {@code close()} or a {@code @Consumes} method, whose {@code this} is owned) and by a method
 * that promises it with the Checker Framework's {@code @EnsuresCalledMethods} (read by name): the
 * one rule that annotation states, here stated once for every owned field. Cached per class.
 */
final class OwnedFields {

  private final Trees trees;
  private final Tracking tracking;
  private final Contracts contracts;
  private final Map<TypeElement, List<VariableElement>> fields = new HashMap<>();
  private final Map<ExecutableElement, Set<VariableElement>> mentioned = new HashMap<>();
  private final Map<VariableElement, java.util.Optional<ExpressionTree>> initialisers =
      new HashMap<>();
  /**
   * The initialisers already reported: every constructor of the class runs them, and each is
   * one acquisition, reported once (from the first constructor that finds it leaked).
   */
  private final Set<Tree> reportedInitialisers = new HashSet<>();

  OwnedFields(Trees trees, Tracking tracking, Contracts contracts) {
    this.trees = trees;
    this.tracking = tracking;
    this.contracts = contracts;
  }

  boolean isFor(Tracking t) {
    return tracking == t;
  }

  /**
   * The fields {@code type} declares that own a resource: tracked, not a borrow, of a type that
   * must be closed. Records are left out: a record's components belong to whoever built it
   * (its accessors lend them), so it has no close of its own to ask for.
   */
  List<VariableElement> of(TypeElement type) {
    return fields.computeIfAbsent(type, t -> {
      List<VariableElement> owned = new ArrayList<>();
      if (t.getKind() == ElementKind.CLASS || t.getKind() == ElementKind.ENUM) {
        for (VariableElement f : ElementFilter.fieldsIn(t.getEnclosedElements())) {
          if (!f.getModifiers().contains(Modifier.STATIC) && tracking.isOwner(f)
              && tracking.mustBeClosed(f.asType())) {
            owned.add(f);
          }
        }
      }
      return List.copyOf(owned);
    });
  }

  /**
   * The initialiser of {@code f} when it acquires a resource ({@code private final Socket s =
   * new Socket(h, p);}): every constructor that does not delegate to {@code this(...)} stores
   * it before its own first statement. A {@code new} of a closeable tracked class whose
   * {@code @Owned} arguments are themselves such {@code new}s (a decorator over a borrow, as
   * {@code new Scanner(System.in)}, acquires nothing), or a {@code @MustBeClosed} call; null
   * otherwise.
   */
  ExpressionTree initialiser(VariableElement f) {
    return initialisers.computeIfAbsent(f, k -> {
      TreePath path = trees.getPath(k);
      if (path == null || !(path.getLeaf() instanceof VariableTree v)
          || v.getInitializer() == null) {
        return java.util.Optional.empty();
      }
      TreePath init = new TreePath(path, v.getInitializer());
      return acquires(init, false) ? java.util.Optional.of(v.getInitializer())
          : java.util.Optional.empty();
    }).orElse(null);
  }

  /**
   * Whether the expression at {@code path} acquires a resource its receiver owns: a {@code new}
   * of a closeable tracked class over no borrow, a {@code @MustBeClosed} call, and with
   * {@code calls} any call whose result is a closeable tracked type and not a borrow.
   */
  boolean acquires(TreePath path, boolean calls) {
    Tree leaf = path.getLeaf();
    while (leaf instanceof ParenthesizedTree p) {
      leaf = p.getExpression();
      path = new TreePath(path, leaf);
    }
    if (leaf instanceof MethodInvocationTree
        && trees.getElement(path) instanceof ExecutableElement m) {
      return tracking.mustBeClosedResult(m)
          || calls && tracking.isTrackedType(m.getReturnType())
              && tracking.mustBeClosed(m.getReturnType())
              && contracts.of(m).result() == Contract.Result.OWNED;
    }
    if (!(leaf instanceof NewClassTree n)
        || !(trees.getElement(path) instanceof ExecutableElement ctor)) {
      return false;
    }
    javax.lang.model.type.TypeMirror type = ctor.getEnclosingElement().asType();
    if (!tracking.isTrackedType(type) || !tracking.mustBeClosed(type)) {
      return false;
    }
    List<Contract.Param> params = contracts.of(ctor).params();
    for (int i = 0; i < n.getArguments().size() && i < params.size(); i++) {
      if (params.get(i) == Contract.Param.OWNED
          && !acquires(new TreePath(path, n.getArguments().get(i)), calls)) {
        return false; // it wraps what someone else owns
      }
    }
    return true;
  }

  /** Whether {@code initialiser} is reported for the first time. */
  boolean firstReport(Tree initialiser) {
    return reportedInitialisers.add(initialiser);
  }

  /** A method that ends the life of {@code this}: {@code close()}, a {@code @Consumes} method. */
  boolean isDisposal(ExecutableElement m) {
    return m.getKind() == ElementKind.METHOD && !m.getModifiers().contains(Modifier.STATIC)
        && contracts.of(m).receiver() == Contract.Receiver.CONSUMES;
  }

  /**
   * The fields {@code m} must have released when it returns normally: every owned field of its
   * class for a disposal method, those {@code @EnsuresCalledMethods} names otherwise.
   */
  Set<VariableElement> mustRelease(ExecutableElement m) {
    if (!(m.getEnclosingElement() instanceof TypeElement type)) {
      return Set.of();
    }
    List<VariableElement> owned = of(type);
    if (owned.isEmpty()) {
      return Set.of();
    }
    if (isDisposal(m)) {
      return Set.copyOf(owned);
    }
    Set<VariableElement> named = new HashSet<>();
    for (String name : Annotations.ensuredCalls(m)) {
      for (VariableElement f : owned) {
        if (name.equals(f.getSimpleName().toString())
            || name.equals("this." + f.getSimpleName())) {
          named.add(f);
        }
      }
    }
    return named;
  }

  /**
   * Whether some method of {@code type} that must release {@code f} (a disposal method, or one
   * promising it) mentions it: a class whose close never names a field cannot release it. Whether
   * it does on every path is checked in that method's own body.
   */
  boolean hasReleaser(TypeElement type, VariableElement f) {
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (!m.getModifiers().contains(Modifier.ABSTRACT)
          && (isDisposal(m) && mentions(m, f) || mustRelease(m).contains(f))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a call of {@code m} on {@code this} may release {@code f}: a method of the field's
   * own class whose body, or that of a method of {@code this} it calls, names the field (a
   * {@code closeAll()} helper of {@code close()}), or that promises it.
   */
  boolean mayRelease(ExecutableElement m, VariableElement f) {
    return m.getEnclosingElement().equals(f.getEnclosingElement())
        && (mentions(m, f) || mustRelease(m).contains(f));
  }

  private boolean mentions(ExecutableElement m, VariableElement f) {
    return mentionedBy(m, new HashSet<>()).contains(f);
  }

  /** The fields a method's body names, with those of the methods of its class it calls. */
  private Set<VariableElement> mentionedBy(ExecutableElement m, Set<ExecutableElement> visiting) {
    Set<VariableElement> known = mentioned.get(m);
    if (known != null) {
      return known;
    }
    TreePath path = trees.getPath(m);
    if (path == null || !(path.getLeaf() instanceof MethodTree tree) || tree.getBody() == null
        || !visiting.add(m)) {
      return Set.of();
    }
    Set<VariableElement> found = new HashSet<>();
    Element owner = m.getEnclosingElement();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree t, Void unused) {
        note(trees.getElement(getCurrentPath()));
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree t, Void unused) {
        note(trees.getElement(getCurrentPath()));
        return super.visitMemberSelect(t, unused);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree t, Void unused) {
        if (trees.getElement(getCurrentPath()) instanceof ExecutableElement callee
            && callee.getEnclosingElement().equals(owner)
            && !callee.getModifiers().contains(Modifier.STATIC)) {
          found.addAll(mentionedBy(callee, visiting));
        }
        return super.visitMethodInvocation(t, unused);
      }

      private void note(Element e) {
        if (e instanceof VariableElement v && v.getKind() == ElementKind.FIELD
            && v.getEnclosingElement().equals(owner)) {
          found.add(v);
        }
      }
    }.scan(path, null);
    visiting.remove(m);
    mentioned.put(m, found);
    return found;
  }
}
