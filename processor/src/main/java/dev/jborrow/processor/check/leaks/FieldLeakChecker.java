package dev.jborrow.processor.check.leaks;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.dataflow.Dataflow;
import dev.jborrow.processor.dataflow.DataflowResult;
import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.errors.LeakErrors;
import dev.jborrow.processor.errors.Spans;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.lower.BodyContext;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * J0001 for owned fields (SPEC.md §3.9), in a method or constructor of the class that declares
 * them: a resource stored in a field that no disposal method of the class releases; a field
 * overwritten while it may still hold one; a disposal method (or one promising it with
 * {@code @EnsuresCalledMethods}) that returns with the field open on some path; a constructor
 * that stored one and then leaves by an exception, so that its caller never gets the object to
 * close.
 */
final class FieldLeakChecker {

  private final BodyEffects body;
  private final FieldAnalysis analysis;
  private final DataflowResult<BitSet> result;
  private final LeakErrors errors;
  private final Set<Tree> reported = new HashSet<>();

  private FieldLeakChecker(BodyEffects body, FieldAnalysis analysis, Spans spans) {
    this.body = body;
    this.analysis = analysis;
    this.result = Dataflow.solve(body.graph(), analysis);
    this.errors = new LeakErrors(spans);
  }

  static void check(BodyContext context, BodyEffects body, Spans spans, OwnedFields owned,
      Predicate<Edge> ignored, DiagnosticSink sink) {
    ExecutableElement m = context.method();
    if (m == null || m.getModifiers().contains(Modifier.STATIC)
        || !(m.getEnclosingElement() instanceof TypeElement type)) {
      return;
    }
    List<VariableElement> fields = owned.of(type);
    if (fields.isEmpty()) {
      return;
    }
    boolean constructor = m.getKind() == ElementKind.CONSTRUCTOR;
    Set<VariableElement> mustRelease = owned.mustRelease(m);
    if (!constructor && mustRelease.isEmpty() && !storesOneOf(body, fields)) {
      // Most methods of a class with owned fields: they store none and need release none, so
      // nothing here can be overwritten, never released, or left open at their exit.
      return;
    }
    FieldAnalysis analysis = new FieldAnalysis(body, fields, constructor, ignored, owned);
    FieldLeakChecker checker = new FieldLeakChecker(body, analysis, spans);
    checker.stores(type, owned, sink);
    if (constructor) {
      checker.initialisers(type, owned, sink);
    }
    checker.disposal(m, context.path().getLeaf(), mustRelease, sink);
    if (constructor) {
      checker.constructorThrows(context, owned, sink);
    }
  }

  /** Whether the body stores a value into one of {@code fields} of {@code this}. */
  private static boolean storesOneOf(BodyEffects body, List<VariableElement> fields) {
    for (Effect e : body.all()) {
      Effect.Init init = e.match(LeakEffects.INIT);
      if (init != null && FieldAnalysis.bit(fields, init.place()) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Each store: into a field nothing releases, or over a value that may still be open. */
  private void stores(TypeElement type, OwnedFields owned, DiagnosticSink sink) {
    for (Block b : body.graph().blocks()) {
      BitSet entry = result.entryState(b);
      if (entry == null) {
        continue;
      }
      BitSet state = analysis.copy(entry);
      for (Node n : b.nodes()) {
        if (n instanceof Node.Invoke i) {
          analysis.call(i, state);
        }
        for (Effect e : body.of(n)) {
          Effect.Init init = e.match(LeakEffects.INIT);
          int bit = init == null ? -1 : analysis.bit(init.place());
          if (bit >= 0) {
            VariableElement f = analysis.field(bit);
            // A borrow stored in the field was reported as the move it is (E0507): one mistake,
            // one error, though the old value may be lost too (builders' setters).
            boolean borrowed = init.origin() == Effect.Origin.BORROWED
                || init.origin() == Effect.Origin.NONE;
            if (state.get(bit) && !borrowed && reported.add(init.at())) {
              sink.report(errors.fieldOverwritten(f, init.at()));
            } else if (init.origin() == Effect.Origin.OWNED && !owned.hasReleaser(type, f)
                && reported.add(init.at())) {
              sink.report(errors.fieldNeverReleased(f, init.at(), type));
            }
          }
          e.accept(analysis, state);
        }
      }
    }
  }

  /**
   * An owned field initialised at its declaration that no disposal method releases: J0001 at
   * the initialiser, which every constructor runs (reported once for the class).
   */
  private void initialisers(TypeElement type, OwnedFields owned, DiagnosticSink sink) {
    for (int bit = 0; bit < analysis.fieldCount(); bit++) {
      VariableElement f = analysis.field(bit);
      Tree init = owned.initialiser(f);
      if (init != null && !owned.hasReleaser(type, f) && owned.firstReport(init)) {
        sink.report(errors.fieldNeverReleased(f, init, type));
      }
    }
  }

  /** A method that must release fields: each normal exit with one still open. */
  private void disposal(ExecutableElement m, Tree method, Set<VariableElement> required,
      DiagnosticSink sink) {
    BitSet atExit = result.entryState(body.graph().exit());
    if (required.isEmpty() || atExit == null) {
      return;
    }
    for (int bit = atExit.nextSetBit(0); bit >= 0; bit = atExit.nextSetBit(bit + 1)) {
      VariableElement f = analysis.field(bit);
      if (required.contains(f)) {
        sink.report(errors.fieldOpenAtExit(f, m, method,
            ExitPoints.of(result, analysis::isIgnored, body.graph().exit(), bit)));
      }
    }
  }

  /**
   * A constructor leaving by an exception while a field it stored is open. A value it was given
   * by an {@code @Owned} parameter is not its to lose: a constructor that throws never took its
   * arguments, so the caller still owns and closes it (as RLC reads it too).
   */
  private void constructorThrows(BodyContext context, OwnedFields owned, DiagnosticSink sink) {
    Block exit = body.graph().exceptionalExit();
    BitSet atExit = result.entryState(exit);
    if (atExit == null) {
      return;
    }
    for (int bit = atExit.nextSetBit(0); bit >= 0; bit = atExit.nextSetBit(bit + 1)) {
      Tree leaves = ExitPoints.of(result, analysis::isIgnored, exit, bit);
      for (Tree store : stores(exit, bit)) {
        boolean initialiser = store == owned.initialiser(analysis.field(bit));
        if (!isFromParameter(context, store) && reported.add(store)
            && (!initialiser || owned.firstReport(store))) {
          sink.report(errors.fieldLeftByConstructor(analysis.field(bit), store, leaves));
        }
      }
    }
  }

  private static boolean isFromParameter(BodyContext context, Tree store) {
    if (!(store instanceof AssignmentTree a)) {
      return false;
    }
    ExpressionTree value = a.getExpression();
    while (value instanceof ParenthesizedTree p) {
      value = p.getExpression();
    }
    TreePath path = TreePath.getPath(context.path(), value);
    return path != null && context.trees().getElement(path) instanceof VariableElement v
        && v.getKind() == ElementKind.PARAMETER;
  }

  /** The stores of the field that reach {@code exit} with it open: a walk back on such paths. */
  private Set<Tree> stores(Block exit, int bit) {
    return Origins.of(body, exit, exit.nodes().size(), (e, found) -> {
      Effect.Init init = e.match(LeakEffects.INIT);
      if (init == null || analysis.bit(init.place()) != bit) {
        return false;
      }
      if (init.origin() == Effect.Origin.OWNED) {
        found.add(init.at());
      }
      return true;
    }, e -> {
      BitSet s = result.exitState(e.source());
      return s != null && s.get(bit) && !analysis.isIgnored(e) && analysis.nullOnEdge(e) != bit;
    }, analysis.initialiser(bit)); // stored before the constructor's first statement
  }
}
