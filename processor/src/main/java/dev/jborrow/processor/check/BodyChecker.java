package dev.jborrow.processor.check;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.jborrow.processor.cfg.CfgBuilder;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.check.api.BodyCheck;
import dev.jborrow.processor.check.api.LoweredBody;
import dev.jborrow.processor.errors.Spans;
import dev.jborrow.processor.dataflow.LiveHolders;
import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.ConstructorArguments;
import dev.jborrow.processor.lower.BodyContext;
import dev.jborrow.processor.lower.FastPath;
import dev.jborrow.processor.lower.Lowering;
import dev.jborrow.processor.model.Contracts;
import dev.jborrow.processor.model.SpawnPoints;
import dev.jborrow.processor.model.Tracking;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Runs every flow check on one body: build the graph, lower it, analyse, report. */
public final class BodyChecker {

  private final Trees trees;
  private final Tracking tracking;
  private final Contracts contracts;
  private final Types types;
  private final Elements elements;
  private final FastPath fastPath;
  private final SpawnPoints spawnPoints;
  /**
   * Made at the first body that needs a graph: most bodies of most compilations take the fast
   * path, and then the classes of the graph and of the checks are never loaded.
   */
  private CfgBuilder builder;
  private List<BodyCheck> checks;
  private int graphsBuilt;
  /**
   * The borrow holders of the method being checked and of its closures checked so far: the
   * closures inside it are checked after it and capture those as borrows.
   */
  private EnclosingBorrows enclosingBorrows = new EnclosingBorrows();

  public BodyChecker(Trees trees, Types types, Elements elements, Tracking tracking,
      Contracts contracts, SpawnPoints spawnPoints) {
    this.spawnPoints = spawnPoints;
    this.trees = trees;
    this.tracking = tracking;
    this.contracts = contracts;
    this.types = types;
    this.elements = elements;
    this.fastPath = new FastPath(trees, elements, tracking);
  }

  /**
   * Checks the method, constructor, lambda or initialiser at {@code path}.
   *
   * @return whether the trees inside the body may hold something else to check (a lambda or a
   *     class that touches a tracked value, an annotated declaration); false only when the
   *     body touches nothing tracked and declares no class, so that the caller need not look
   *     inside it again
   */
  public boolean check(TreePath path, CompilationUnitTree unit, DiagnosticSink sink) {
    ExecutableElement method = path.getLeaf() instanceof MethodTree
        ? (ExecutableElement) trees.getElement(path) : null;
    if (!(path.getLeaf() instanceof LambdaExpressionTree)) {
      enclosingBorrows = new EnclosingBorrows(); // a new method, initialiser or class body
    }
    // The modifiers last: javac builds a new set each time they are asked for.
    boolean trackedThis = method != null && tracking.isTrackedThis(method.getEnclosingElement())
        && !method.getModifiers().contains(Modifier.STATIC);
    // A constructor of a class with a tracked field runs the fields' initialisers, which may
    // store resources (SPEC 3.9), though its own body (often javac's `super();`) touches none.
    boolean storesFields = method != null && method.getKind() == ElementKind.CONSTRUCTOR
        && method.getEnclosingElement() instanceof TypeElement owner
        && tracking.declaresTrackedField(owner);
    if (!trackedThis && !storesFields) {
      FastPath.Verdict verdict = fastPath.scan(path);
      if (verdict != FastPath.Verdict.TRACKED) {
        return verdict == FastPath.Verdict.DECLARES_CLASS;
      }
    }
    if (builder == null) {
      builder = new CfgBuilder(trees, types, elements);
      checks = Checks.bodyChecks(types, elements);
    }
    ControlFlowGraph graph = builder.build(path);
    graphsBuilt++;
    boolean spawned = runsOnAnotherThread(path);
    ExecutableElement owner = method != null ? method : enclosingMethod(path);
    boolean ownsThis = owner != null && (method != null || spawned)
        && contracts.of(owner).receiver()
            == dev.jborrow.processor.model.Contract.Receiver.CONSUMES;
    BodyContext context = BodyContext.of(trees, unit, path, graph, method, tracking, contracts,
        ownsThis, spawned, enclosingBorrows.snapshot(), spawnPoints);
    BodyEffects body = Lowering.lower(context, graph);
    enclosingBorrows.addAll(body.holders());
    LoweredBody lowered = new LoweredBody(context, body, new LiveHolders(body),
        ConstructorArguments.of(body), new Spans(trees, unit, path));
    for (BodyCheck check : checks) {
      check.run(lowered, Checks.ownedBy(check, sink));
    }
    return true;
  }

  /**
   * Whether the body is a closure handed to a spawn point: a lambda argument, or a method of
   * an anonymous class created as an argument (or an anonymous {@code Thread}).
   */
  private boolean runsOnAnotherThread(TreePath body) {
    TreePath closure = body;
    if (body.getLeaf() instanceof MethodTree) {
      TreePath cls = body.getParentPath();
      if (cls == null || !(cls.getParentPath() != null
          && cls.getParentPath().getLeaf() instanceof NewClassTree)) {
        return false;
      }
      closure = cls.getParentPath();
      if (trees.getElement(closure) instanceof ExecutableElement ctor
          && spawnPoints.isSpawnPoint(ctor)) {
        return true;
      }
    } else if (!(body.getLeaf() instanceof LambdaExpressionTree)) {
      return false;
    }
    TreePath parent = closure.getParentPath();
    while (parent != null && (parent.getLeaf() instanceof ParenthesizedTree
        || parent.getLeaf() instanceof TypeCastTree)) {
      parent = parent.getParentPath();
    }
    if (parent == null || !(parent.getLeaf() instanceof MethodInvocationTree
        || parent.getLeaf() instanceof NewClassTree)) {
      return false;
    }
    return trees.getElement(parent) instanceof ExecutableElement m && spawnPoints.isSpawnPoint(m);
  }

  /** The method a lambda is written in: a closure it spawns may own what the method owns. */
  private ExecutableElement enclosingMethod(TreePath path) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof MethodTree) {
        return trees.getElement(p) instanceof ExecutableElement m ? m : null;
      }
      if (p.getLeaf() instanceof ClassTree) {
        return null;
      }
    }
    return null;
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
