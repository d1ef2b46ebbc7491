package dev.jborrow.processor.errors;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.jborrow.processor.diag.Span;
import java.io.IOException;
import javax.lang.model.element.VariableElement;

/**
 * Where in the source a body's diagnostics point: the spans of trees, and the name in a
 * variable's declaration, which needs the text; the text is read once, on the first request.
 */
public final class Spans {

  private final Trees trees;
  private final CompilationUnitTree unit;
  private final TreePath body;
  private String text;

  /** @param body the method, lambda or initialiser the diagnostics are about */
  public Spans(Trees trees, CompilationUnitTree unit, TreePath body) {
    this.trees = trees;
    this.unit = unit;
    this.body = body;
  }

  public SourcePositions positions() {
    return trees.getSourcePositions();
  }

  public CompilationUnitTree unit() {
    return unit;
  }

  public Span span(Tree tree) {
    return tree == null ? null : Span.of(tree, unit, positions());
  }

  public Span endOf(Tree tree) {
    return tree == null ? null : Span.endOf(tree, unit, positions());
  }

  /** The end of the body, where what it owns goes out of scope. */
  public Span endOfBody() {
    return endOf(body.getLeaf());
  }

  /**
   * The name in the declaration of local or parameter {@code v}, where rustc labels a binding;
   * null when it is declared outside the method around this body. Looked for only when an
   * error is reported.
   */
  public Span declaredName(VariableElement v) {
    TreePath method = body;
    for (TreePath p = body; p != null && !(p.getLeaf() instanceof ClassTree);
        p = p.getParentPath()) {
      method = p;
    }
    VariableTree[] found = new VariableTree[1];
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree t, Void unused) {
        if (found[0] == null && v.equals(trees.getElement(getCurrentPath()))) {
          found[0] = t;
        }
        return super.visitVariable(t, unused);
      }
    }.scan(method, null);
    if (found[0] == null) {
      return null;
    }
    long from = found[0].getType() == null ? -1
        : positions().getEndPosition(unit, found[0].getType());
    String source = text();
    if (source == null) {
      return span(found[0]);
    }
    String name = v.getSimpleName().toString();
    int at = from < 0 ? -1 : source.indexOf(name, (int) from);
    return at < 0 ? span(found[0]) : new Span(found[0], at, at + name.length());
  }

  private String text() {
    if (text == null) {
      try {
        text = unit.getSourceFile().getCharContent(true).toString();
      } catch (IOException e) {
        return null; // the span of the whole declaration will do
      }
    }
    return text;
  }
}
