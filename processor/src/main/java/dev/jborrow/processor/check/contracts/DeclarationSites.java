package dev.jborrow.processor.check.contracts;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.jborrow.processor.diag.Span;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * Where the methods of this compilation are declared, for a message that points at one in
 * another file ("the overridden method"). {@link Trees#getPath} answers only while javac holds
 * the class: once it has generated a class it empties the class's tree, and by then the class
 * that overrides it is often still to come. So each method checked leaves its site here: two
 * positions and its unit, which javac keeps to the end of the compilation anyway, not its tree.
 */
public final class DeclarationSites {

  /** A method's declaration: its unit and where it starts and ends, which hold its name. */
  private record Site(CompilationUnitTree unit, long start, long end) {}

  private final Trees trees;
  private final Map<ExecutableElement, Site> sites = new IdentityHashMap<>();

  public DeclarationSites(Trees trees) {
    this.trees = trees;
  }

  /** A method javac has analysed, at {@code path}; kept only if another could override it. */
  void declared(ExecutableElement method, TreePath path) {
    if (method.getKind() != ElementKind.METHOD) {
      return;
    }
    Set<Modifier> modifiers = method.getModifiers(); // javac builds a new set at each call
    if (modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.PRIVATE)) {
      return;
    }
    Tree tree = path.getLeaf();
    CompilationUnitTree unit = path.getCompilationUnit();
    SourcePositions positions = trees.getSourcePositions();
    // Its name is found from the text only if a message needs it: most never do.
    sites.put(method, new Site(unit, positions.getStartPosition(unit, tree),
        positions.getEndPosition(unit, tree)));
  }

  /** The unit that declares {@code method}, or null when it comes from a class file. */
  CompilationUnitTree unitOf(ExecutableElement method) {
    TreePath known = trees.getPath(method);
    if (known != null) {
      return known.getCompilationUnit();
    }
    Site site = sites.get(method);
    return site == null ? null : site.unit();
  }

  /** The name of {@code method} where it is declared, or null when it comes from a class file. */
  Span nameOf(ExecutableElement method) {
    TreePath known = trees.getPath(method);
    if (known != null) {
      return Span.of(known.getLeaf(), known.getCompilationUnit(), trees.getSourcePositions());
    }
    Site site = sites.get(method);
    return site == null ? null
        : Span.methodNamed(site.unit(), method.getSimpleName(), site.start(), site.end());
  }
}
