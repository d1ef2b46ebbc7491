package dev.jborrow.processor.check.leaks;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.dataflow.Dataflow;
import dev.jborrow.processor.dataflow.DataflowResult;
import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.errors.LeakErrors;
import dev.jborrow.processor.errors.Spans;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.model.Tracking;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.type.TypeMirror;

/**
 * J0001 for an obligation a call created ({@code lock.lock()}) that some path leaves the body
 * without meeting ({@code lock.unlock()}): reported once per obliging call, at the call.
 */
final class ObligationChecker {

  private ObligationChecker() {}

  static void check(BodyEffects body, Spans spans, Tracking tracking,
      Predicate<Edge> ignored, DiagnosticSink sink) {
    ObligationAnalysis analysis = new ObligationAnalysis(body, ignored);
    if (analysis.isEmpty()) {
      return;
    }
    DataflowResult<BitSet> result = Dataflow.solve(body.graph(), analysis);
    LeakErrors errors = new LeakErrors(spans);
    Set<Tree> reported = new HashSet<>();
    for (Block exit : List.of(body.graph().exit(), body.graph().exceptionalExit())) {
      BitSet state = result.entryState(exit);
      if (state == null) {
        continue;
      }
      for (int bit = state.nextSetBit(0); bit >= 0; bit = state.nextSetBit(bit + 1)) {
        Tree leaves = ExitPoints.of(result, analysis::isIgnored, exit, bit);
        for (Tree call : creations(body, result, analysis, exit, bit)) {
          if (reported.add(call)) {
            Place obliged = analysis.place(bit);
            sink.report(errors.obligationPending(obliged.display(), call, leaves,
                exit == body.graph().exceptionalExit(),
                tracking.disposalNames(typeOf(obliged))));
          }
        }
      }
    }
  }

  private static TypeMirror typeOf(Place p) {
    return p.isRoot() ? p.root().asType() : p.fields().get(p.fields().size() - 1).asType();
  }

  /** The obliging calls that reach {@code exit} with their obligation pending. */
  private static Set<Tree> creations(BodyEffects body, DataflowResult<BitSet> result,
      ObligationAnalysis analysis, Block exit, int bit) {
    return Origins.of(body, exit, exit.nodes().size(), (e, found) -> {
      Effect.Obligation o = e.match(LeakEffects.OBLIGATION);
      if (o == null || analysis.bit(o.place()) != bit || !o.creates()) {
        return false;
      }
      found.add(o.at());
      return true;
    }, e -> {
      BitSet s = result.exitState(e.source());
      return s != null && s.get(bit) && !analysis.isIgnored(e);
    }, null);
  }
}
