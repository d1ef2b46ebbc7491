package dev.jborrow.processor.check.leaks;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.check.BodyEffects;
import dev.jborrow.processor.check.Effect;
import dev.jborrow.processor.dataflow.Dataflow;
import dev.jborrow.processor.dataflow.DataflowResult;
import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.errors.LeakErrors;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * J0001: an owned resource that a path drops, overwrites, or carries out of the body without
 * closing or moving it. Reported once per acquisition.
 */
public final class LeakChecker {

  private LeakChecker() {}

  public static void check(BodyEffects body, Types types, Elements elements, DiagnosticSink sink) {
    ResourceAnalysis analysis = new ResourceAnalysis(body, types, elements);
    if (!hasResources(body, analysis)) {
      return;
    }
    DataflowResult<Map<VariableElement, Set<Tree>>> result =
        Dataflow.solve(body.graph(), analysis);
    LeakErrors errors = new LeakErrors(body.context());
    Set<Tree> reported = new HashSet<>();
    for (Block b : body.graph().blocks()) {
      Map<VariableElement, Set<Tree>> state = analysis.copy(result.entryState(b));
      if (b == body.graph().exit() || b == body.graph().exceptionalExit()) {
        for (var e : state.entrySet()) {
          for (Tree acquired : e.getValue()) {
            if (reported.add(acquired)) {
              sink.report(errors.leak(e.getKey(), acquired, null,
                  b == body.graph().exceptionalExit()));
            }
          }
        }
        continue;
      }
      for (Node n : b.nodes()) {
        for (Effect e : body.of(n)) {
          VariableElement lost = null;
          Tree where = null;
          if (e instanceof Effect.Drop d) {
            lost = d.variable();
            where = d.at();
          } else if (e instanceof Effect.Init i && i.place().isRoot()
              && i.place().root() instanceof VariableElement v) {
            lost = v;
            where = i.at();
          }
          if (e instanceof Effect.Leak leak && reported.add(leak.at())) {
            sink.report(errors.handedOff(leak.variable(), leak.at()));
          }
          if (lost != null && state.containsKey(lost)) {
            for (Tree acquired : state.get(lost)) {
              if (reported.add(acquired)) {
                sink.report(errors.leak(lost, acquired, where, false));
              }
            }
          }
          analysis.apply(e, state);
        }
      }
    }
  }

  /** Whether anything here acquires a resource: a declaration, or a closure's capture. */
  private static boolean hasResources(BodyEffects body, ResourceAnalysis analysis) {
    for (List<Effect> es : body.effects().values()) {
      for (Effect e : es) {
        if (e instanceof Effect.Init i && i.place().isRoot()
            && i.place().root() instanceof VariableElement v && analysis.isResourceOwner(v)
            || e instanceof Effect.Leak) {
          return true;
        }
      }
    }
    return false;
  }
}
