package dev.jborrow.processor.check;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.jborrow.processor.diag.Span;
import dev.jborrow.processor.model.Contracts;
import dev.jborrow.processor.model.Tracking;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * What the checks of one body need to know beyond its graph: where it is, whose contract it
 * implements, and what it owns.
 *
 * @param method the method or constructor, or null for a lambda or initialiser
 * @param ownsThis {@code this} is owned here ({@code @Consumes}, or {@code close()}), so its
 *     fields may be moved out
 * @param ownsCaptures the body is a closure handed to another thread, which owns what it captures
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
    Map<Tree, Set<VariableElement>> captureCache) {

  public static BodyContext of(Trees trees, CompilationUnitTree unit, TreePath path,
      ExecutableElement method, Tracking tracking, Contracts contracts, boolean ownsThis,
      boolean ownsCaptures) {
    return new BodyContext(trees, unit, path, method, tracking, contracts, ownsThis,
        ownsCaptures, new IdentityHashMap<>());
  }

  public SourcePositions positions() {
    return trees.getSourcePositions();
  }

  public Span span(Tree tree) {
    return tree == null ? null : Span.of(tree, unit, positions());
  }

  public Span endOf(Tree tree) {
    return tree == null ? null : Span.endOf(tree, unit, positions());
  }

  /** The locals of enclosing bodies that a lambda, method reference or class body reads. */
  public Set<VariableElement> captures(Tree closure) {
    return captureCache.computeIfAbsent(closure, this::findCaptures);
  }

  private Set<VariableElement> findCaptures(Tree closure) {
    TreePath closurePath = TreePath.getPath(path, closure);
    if (closurePath == null) {
      return Set.of();
    }
    Set<Element> inside = new HashSet<>();
    Set<VariableElement> read = new LinkedHashSet<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree v, Void unused) {
        Element e = trees.getElement(getCurrentPath());
        if (e != null) {
          inside.add(e);
        }
        return super.visitVariable(v, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree id, Void unused) {
        Element e = trees.getElement(getCurrentPath());
        if (e instanceof VariableElement v && Tracking.isLocal(v)) {
          read.add(v);
        }
        return null;
      }
    }.scan(closurePath, null);
    read.removeAll(inside);
    return read;
  }
}
