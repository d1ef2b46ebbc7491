package dev.jborrow.processor.lower;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.model.Annotations;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Contracts;
import dev.jborrow.processor.model.SpawnPoints;
import dev.jborrow.processor.model.Tracking;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * What the checks of one body need to know beyond its graph: where it is, whose contract it
 * implements, and what it owns. What its closures capture is {@link Captures}'; where its
 * diagnostics point, {@code errors.Spans}'.
 *
 * @param method the method or constructor, or null for a lambda or initialiser
 * @param ownsThis {@code this} is owned here ({@code @Consumes}, or {@code close()}), so its
 *     fields may be moved out
 * @param ownsCaptures the body is a closure handed to another thread, which owns what it captures
 * @param enclosingBorrows variables of the enclosing bodies that hold borrows, not owners: a
 *     closure never owns them, even on another thread
 * @param lambdaParams the contracts of a lambda's parameters, found on the first request
 * @param trackedVariables whether each variable asked about is tracked, found on the first
 *     request: every pass asks it of the same few variables, node after node
 */
public record BodyContext(
    Trees trees,
    CompilationUnitTree unit,
    TreePath path,
    ExecutableElement method,
    Tracking tracking,
    Contracts contracts,
    boolean ownsThis,
    boolean ownsCaptures,
    Set<VariableElement> enclosingBorrows,
    SpawnPoints spawnPoints,
    Captures captures,
    Map<VariableElement, Contract.Param> lambdaParams,
    Map<VariableElement, Boolean> trackedVariables) {

  /** The context of the body at {@code path}, whose graph is {@code graph}. */
  public static BodyContext of(Trees trees, CompilationUnitTree unit, TreePath path,
      ControlFlowGraph graph, ExecutableElement method, Tracking tracking, Contracts contracts,
      boolean ownsThis, boolean ownsCaptures, Set<VariableElement> enclosingBorrows,
      SpawnPoints spawnPoints) {
    return new BodyContext(trees, unit, path, method, tracking, contracts, ownsThis,
        ownsCaptures, enclosingBorrows, spawnPoints,
        new Captures(trees, unit, path, graph, tracking, contracts), new HashMap<>(),
        new IdentityHashMap<>());
  }

  /** {@link Tracking#isTracked}, remembered for this body. */
  boolean isTracked(VariableElement v) {
    Boolean known = trackedVariables.get(v);
    if (known == null) {
      known = tracking.isTracked(v);
      trackedVariables.put(v, known);
    }
    return known;
  }

  /**
   * Whether the result of {@code call} borrows from its sources (those of its contract): a
   * {@code @Borrowed} result does; a result that a model says carries its inputs' loans does
   * where its type can hold a tracked value (SPEC 3.8).
   */
  boolean resultBorrows(Node.Invoke call) {
    Contract c = contracts().of(call.method());
    return c.result() == Contract.Result.BORROWED
        && (!c.carried() || tracking().mayHoldTracked(call.type()));
  }

  /**
   * Whether the body is a method that returns a borrow ({@code @Borrowed}, or so modelled): what
   * it returns it lends, as rustc's {@code return &x} does.
   */
  public boolean returnsBorrow() {
    return method != null && contracts.of(method).result() == Contract.Result.BORROWED;
  }

  /** Whether the parameter is owned here: {@code @Owned}, or a lambda's for an owned one. */
  public boolean ownsParameter(VariableElement p) {
    return tracking.isOwnedParameter(p) || lambdaParam(p) == Contract.Param.OWNED;
  }

  /** Whether the parameter is a mutable borrow: {@code @Mut}, or a lambda's for a @Mut one. */
  public boolean mutParameter(VariableElement p) {
    return Annotations.has(p, Annotations.MUT) || lambdaParam(p) == Contract.Param.MUT;
  }

  /**
   * The contract of the functional method's parameter that a parameter of this lambda
   * implements (`x -> x.send()` for a `handle(@Mut Conn c)`), as an anonymous class's method
   * states it; null for any other variable.
   */
  private Contract.Param lambdaParam(VariableElement p) {
    if (!(path.getLeaf() instanceof LambdaExpressionTree lambda)
        || p.getKind() != ElementKind.PARAMETER) {
      return null;
    }
    return lambdaParams.computeIfAbsent(p, k -> {
      int index = -1;
      for (int i = 0; i < lambda.getParameters().size(); i++) {
        if (k.equals(trees.getElement(new TreePath(path, lambda.getParameters().get(i))))) {
          index = i;
        }
      }
      ExecutableElement method = index < 0 ? null
          : functionalMethod(trees.getTypeMirror(path), lambda.getParameters().size());
      return method == null ? Contract.Param.SHARED : contracts.of(method).param(index);
    });
  }

  /** The abstract method of a functional interface type that takes {@code arity} values. */
  static ExecutableElement functionalMethod(TypeMirror type, int arity) {
    if (!Tracking.isClassType(type)
        || !(((DeclaredType) type).asElement() instanceof TypeElement t)) {
      return null; // an erroneous interface may lead back to this one (Tracking.superclass)
    }
    for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
      if (m.getModifiers().contains(Modifier.ABSTRACT) && m.getParameters().size() == arity
          && !isObjectMethod(m)) {
        return m;
      }
    }
    for (TypeMirror parent : t.getInterfaces()) {
      ExecutableElement m = functionalMethod(parent, arity);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /** {@code equals}, {@code hashCode} or {@code toString} redeclared by an interface. */
  private static boolean isObjectMethod(ExecutableElement m) {
    String name = m.getSimpleName().toString();
    return name.equals("equals") && m.getParameters().size() == 1
        || (name.equals("hashCode") || name.equals("toString")) && m.getParameters().isEmpty();
  }

  /**
   * The expression that creates this body's closure value: the lambda itself, or the
   * {@code new} of the anonymous class whose method this is. What a spawned closure owns, it
   * acquires there.
   */
  public Tree closure() {
    Tree leaf = path.getLeaf();
    if (leaf instanceof MethodTree) {
      TreePath created = path.getParentPath().getParentPath();
      if (created != null && created.getLeaf() instanceof NewClassTree) {
        return created.getLeaf();
      }
    }
    return leaf;
  }

  /**
   * The method (or constructor) whose {@code this} is an instance of {@code type}, seen from this
   * body: its own, or that of a method around the lambda or anonymous class this body is;
   * null in an initialiser.
   */
  public ExecutableElement methodOfThis(Element type) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof MethodTree && trees.getElement(p) instanceof ExecutableElement m
          && type.equals(m.getEnclosingElement())) {
        return m;
      }
    }
    return null;
  }

}
