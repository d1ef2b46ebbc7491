package dev.jborrow.processor.check;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.jborrow.processor.cfg.CfgBuilder;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.check.leaks.LeakChecker;
import dev.jborrow.processor.check.loans.ConflictChecker;
import dev.jborrow.processor.check.moves.MoveChecker;
import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.model.Contracts;
import dev.jborrow.processor.model.Tracking;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Runs every flow check on one body: build the graph, lower it, analyse, report. */
public final class BodyChecker {

  private final Trees trees;
  private final Types types;
  private final Elements elements;
  private final Tracking tracking;
  private final Contracts contracts;
  private final CfgBuilder builder;
  private int graphsBuilt;

  public BodyChecker(Trees trees, Types types, Elements elements, Tracking tracking,
      Contracts contracts) {
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.tracking = tracking;
    this.contracts = contracts;
    this.builder = new CfgBuilder(trees, types, elements);
  }

  /** Checks the method, constructor, lambda or initialiser at {@code path}. */
  public void check(TreePath path, CompilationUnitTree unit, DiagnosticSink sink) {
    ExecutableElement method = path.getLeaf() instanceof MethodTree
        ? (ExecutableElement) trees.getElement(path) : null;
    boolean trackedThis = method != null && !method.getModifiers().contains(Modifier.STATIC)
        && tracking.isTrackedThis(method.getEnclosingElement());
    if (!trackedThis && !FastPath.touchesTrackedVariable(path, trees, tracking)) {
      return;
    }
    ControlFlowGraph graph = builder.build(path);
    graphsBuilt++;
    boolean ownsThis = method != null && (contracts.of(method).receiver()
        == dev.jborrow.processor.model.Contract.Receiver.CONSUMES);
    BodyContext context = BodyContext.of(trees, unit, path, method, tracking, contracts,
        ownsThis, false);
    BodyEffects body = BodyEffects.lower(context, graph);
    MoveChecker.check(body, sink);
    LeakChecker.check(body, types, elements, sink);
    MutabilityChecker.check(body, sink);
    ConflictChecker.check(body, sink);
  }

  /** How many bodies needed a graph: the rest took the fast path. */
  public int graphsBuilt() {
    return graphsBuilt;
  }

  /** The class a body belongs to, for messages. */
  public static Element enclosingClass(Trees trees, TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree) {
        return trees.getElement(p);
      }
    }
    return null;
  }
}
