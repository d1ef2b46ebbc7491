package dev.jborrow.processor.check.leaks;

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
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * J0001: an owned resource that a path drops, overwrites, or carries out of the body without
 * closing or moving it. Reported once per acquisition, at the acquisition.
 */
public final class LeakChecker {

  private final BodyContext context;
  private final Spans spans;
  private final BodyEffects body;
  private final ResourceAnalysis analysis;
  private final DataflowResult<BitSet> result;

  private LeakChecker(BodyContext context, BodyEffects body, Spans spans,
      ResourceAnalysis analysis) {
    this.context = context;
    this.spans = spans;
    this.body = body;
    this.analysis = analysis;
    this.result = Dataflow.solve(body.graph(), analysis);
  }

  public static void check(BodyContext context, BodyEffects body, Spans spans, Types types,
      Elements elements, DiagnosticSink sink) {
    ResourceAnalysis analysis = new ResourceAnalysis(context, body, types, elements);
    boolean handedOff = false;
    for (List<Effect> effects : body.effects().values()) {
      for (Effect e : effects) {
        handedOff |= e instanceof Effect.Leak;
      }
    }
    if (!analysis.hasOwners() && !handedOff) {
      return;
    }
    new LeakChecker(context, body, spans, analysis).report(sink);
  }

  private void report(DiagnosticSink sink) {
    LeakErrors errors = new LeakErrors(spans);
    Set<Tree> reported = new HashSet<>();
    for (Block b : body.graph().blocks()) {
      BitSet state = analysis.copy(result.entryState(b));
      boolean exit = b == body.graph().exit() || b == body.graph().exceptionalExit();
      if (exit) {
        int owners = analysis.ownerCount();
        for (int bit = state.nextSetBit(0); bit >= 0 && bit < owners;
            bit = state.nextSetBit(bit + 1)) {
          VariableElement v = analysis.owner(bit);
          for (Tree acquired : acquisitions(b, 0, v)) {
            if (reported.add(acquired)) {
              sink.report(errors.leavesOpen(v, acquired, exitPoint(b, bit),
                  b == body.graph().exceptionalExit(),
                  context.tracking().disposalNames(v.asType())));
            }
          }
        }
        continue;
      }
      List<Node> nodes = b.nodes();
      for (int i = 0; i < nodes.size(); i++) {
        for (Effect e : body.of(nodes.get(i))) {
          if (e instanceof Effect.Leak leak && reported.add(leak.at())) {
            sink.report(leak.variable() == null
                ? errors.temporary(leak.at(), disposalNames(leak.at()))
                : errors.handedOff(leak.variable(), leak.at()));
          }
          VariableElement lost = null;
          Tree where = null;
          if (e instanceof Effect.Drop d) {
            lost = d.variable();
            where = d.at();
          } else if (e instanceof Effect.Init init && init.place().isRoot()
              && init.place().root() instanceof VariableElement v) {
            lost = v;
            where = init.at();
          }
          int bit = lost == null ? -1 : analysis.bit(lost);
          if (bit >= 0 && state.get(bit)) {
            for (Tree acquired : acquisitions(b, i, lost)) {
              if (reported.add(acquired)) {
                sink.report(errors.leak(lost, acquired, where,
                    context.tracking().disposalNames(lost.asType())));
              }
            }
          }
          analysis.apply(e, state);
        }
      }
    }
  }

  /** What releases the value of {@code tree}, asked only when a leak is reported. */
  private List<String> disposalNames(Tree tree) {
    TreePath path = TreePath.getPath(context.path(), tree);
    javax.lang.model.type.TypeMirror type = path == null ? null
        : context.trees().getTypeMirror(path);
    return type == null ? List.of() : context.tracking().disposalNames(type);
  }

  /**
   * Where a path that still owns the resource leaves the body: the return, throw or call that
   * ends the block before the exit; null when control falls off the end.
   */
  private Tree exitPoint(Block exit, int bit) {
    for (Edge e : exit.predecessors()) {
      BitSet s = result.exitState(e.source());
      s = s == null ? null : analysis.alongEdge(e, s);
      List<Node> nodes = e.source().nodes();
      if (s != null && s.get(bit) && !analysis.isIgnored(e) && !nodes.isEmpty()) {
        Node last = nodes.get(nodes.size() - 1);
        if (last instanceof Node.Return || last instanceof Node.Throw
            || last instanceof Node.Invoke || last instanceof Node.New) {
          return last.tree();
        }
      }
    }
    return null;
  }

  /**
   * The acquisitions of {@code v} that may reach the point before node {@code index} of
   * {@code block} with their value still unclosed: a backward walk that stops at whatever
   * empties or fills {@code v} on each path (reaching definitions, asked only for a leak).
   */
  private Set<Tree> acquisitions(Block block, int index, VariableElement v) {
    Set<Tree> found = new LinkedHashSet<>();
    Deque<Block> work = new ArrayDeque<>();
    Set<Block> seen = new HashSet<>();
    if (!walkBack(block, index, v, found)) {
      enqueuePredecessors(block, v, work);
    }
    while (!work.isEmpty()) {
      Block b = work.poll();
      if (seen.add(b) && !walkBack(b, b.nodes().size(), v, found)) {
        enqueuePredecessors(b, v, work);
      }
    }
    return found;
  }

  /** Scans nodes before {@code end} backwards; true when the path's fate of {@code v} is known. */
  private boolean walkBack(Block b, int end, VariableElement v, Set<Tree> found) {
    List<Node> nodes = b.nodes();
    for (int i = Math.min(end, nodes.size()) - 1; i >= 0; i--) {
      List<Effect> es = body.of(nodes.get(i));
      for (int k = es.size() - 1; k >= 0; k--) {
        Effect e = es.get(k);
        if (e instanceof Effect.Init init && init.place().isRoot()
            && init.place().root().equals(v)) {
          if (init.origin() == Effect.Origin.OWNED) {
            found.add(init.at());
          }
          return true;
        }
        if (e instanceof Effect.Move m && m.place().isRoot() && m.place().root().equals(v)
            && !analysis.isConstructorArgument(m)
            || e instanceof Effect.Drop d && d.variable().equals(v)) {
          return true;
        }
      }
    }
    return false;
  }

  private void enqueuePredecessors(Block b, VariableElement v, Deque<Block> work) {
    int bit = analysis.bit(v);
    for (Edge e : b.predecessors()) {
      if (!analysis.isIgnored(e) && analysis.nullOnEdge(e) != bit
          && result.exitState(e.source()) != null) {
        work.add(e.source());
      }
    }
  }
}
