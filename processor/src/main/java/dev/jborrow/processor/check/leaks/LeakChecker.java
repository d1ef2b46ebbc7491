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
import dev.jborrow.processor.ir.ConstructorArguments;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.lower.BodyContext;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.VariableElement;
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

  public static void check(BodyContext context, BodyEffects body,
      ConstructorArguments constructors, Spans spans, Types types,
      Predicate<Edge> uncheckedFromCall, DiagnosticSink sink) {
    ResourceAnalysis analysis = new ResourceAnalysis(context, body, constructors, types,
        uncheckedFromCall);
    boolean handedOff = false;
    for (Effect e : body.all()) {
      Touch t = e.match(TOUCH);
      handedOff |= t != null && t.kind() == Touch.Kind.HANDED_OFF;
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
      boolean exit = b == body.graph().exit() || b == body.graph().exceptionalExit();
      if (!exit && !body.hasEffects(b)) {
        continue; // nothing is lost or handed off there
      }
      BitSet state = analysis.copy(result.entryState(b));
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
        if (b == body.graph().exceptionalExit()) {
          reportLostReturns(b, state, errors, reported, sink);
        }
        continue;
      }
      List<Node> nodes = b.nodes();
      for (int i = 0; i < nodes.size(); i++) {
        List<Effect> effects = body.of(nodes.get(i));
        for (int k = 0; k < effects.size(); k++) { // no iterator per node
          Effect e = effects.get(k);
          Touch t = e.match(TOUCH);
          if (t != null && t.kind() == Touch.Kind.HANDED_OFF && reported.add(t.at())) {
            sink.report(t.variable() == null
                ? errors.temporary(t.at(), disposalNames(t.at()))
                : errors.handedOff(t.variable(), t.at()));
          }
          // A drop or a new value loses what the variable owned.
          boolean loses = t != null && t.kind() != Touch.Kind.HANDED_OFF
              && t.kind() != Touch.Kind.MOVED && t.kind() != Touch.Kind.RETURNED;
          int bit = loses ? analysis.bit(t.variable()) : -1;
          if (bit >= 0 && state.get(bit)) {
            for (Tree acquired : acquisitions(b, i, t.variable())) {
              if (reported.add(acquired)) {
                sink.report(errors.leak(t.variable(), acquired, t.at(),
                    context.tracking().disposalNames(t.variable().asType())));
              }
            }
          }
          analysis.apply(e, state);
        }
      }
    }
  }

  /**
   * The values a {@code return} was handing back when a {@code finally} block or a resource's
   * close threw: each is reported at its acquisition, with the return and the throwing exit.
   */
  private void reportLostReturns(Block exit, BitSet state, LeakErrors errors, Set<Tree> reported,
      DiagnosticSink sink) {
    int owners = analysis.ownerCount();
    for (int bit = 0; bit < owners; bit++) {
      int lost = analysis.lostReturn(bit);
      if (!state.get(lost)) {
        continue;
      }
      VariableElement v = analysis.owner(bit);
      Tree leaves = exitPoint(exit, lost);
      for (Block b : body.graph().blocks()) {
        List<Node> nodes = b.nodes();
        for (int i = 0; i < nodes.size(); i++) {
          for (Effect e : body.of(nodes.get(i))) {
            Touch t = e.match(TOUCH);
            if (t == null || t.kind() != Touch.Kind.RETURNED || !v.equals(t.variable())) {
              continue;
            }
            for (Tree acquired : acquisitions(b, i, v)) {
              if (reported.add(acquired)) {
                sink.report(errors.returnedValueLost(v, acquired, t.at(), leaves,
                    context.tracking().disposalNames(v.asType())));
              }
            }
          }
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
            || last instanceof Node.Invoke || last instanceof Node.New
            || last instanceof Node.ResourceClose) {
          return last.tree();
        }
      }
    }
    return null;
  }

  /**
   * The acquisitions of {@code v} that may reach the point before node {@code index} of
   * {@code block} with their value still unclosed: on each path back, the last effect that
   * fills, empties or moves {@code v} decides (a constructor that throws leaves its argument
   * with the caller: a move into one does not).
   */
  private Set<Tree> acquisitions(Block block, int index, VariableElement v) {
    int bit = analysis.bit(v);
    return Origins.of(body, block, index, (e, found) -> {
      Touch t = e.match(TOUCH);
      if (t == null || !v.equals(t.variable()) || t.kind() == Touch.Kind.HANDED_OFF
          || t.kind() == Touch.Kind.MOVED && analysis.isConstructorArgument((Effect.Move) e)) {
        return false;
      }
      if (t.kind() == Touch.Kind.ACQUIRED) {
        found.add(t.at());
      }
      return true; // filled, emptied or gone: the path's fate of v is known
    }, e -> !analysis.isIgnored(e) && analysis.nullOnEdge(e) != bit
        && result.exitState(e.source()) != null, null);
  }

  /** What an effect does to the value of a whole variable, if anything. */
  private record Touch(VariableElement variable, Tree at, Kind kind) {
    enum Kind {
      /** A new value the variable owns: an acquisition. */
      ACQUIRED,
      /** Any other new value (null, a borrow, a value that holds no resource). */
      FILLED,
      MOVED,
      /** Moved by a {@code return}: gone unless a {@code finally} or a close throws after it. */
      RETURNED,
      /** Out of scope. */
      DROPPED,
      /**
       * Given to code that keeps it open (an {@link Effect.Leak}); with no variable, a
       * temporary resource dropped where it is made.
       */
      HANDED_OFF
    }
  }

  private static final Effect.Cases<Touch> TOUCH = new Effect.Cases<>() {
    @Override
    public Touch use(Effect.Use e) {
      return null;
    }

    @Override
    public Touch borrow(Effect.Borrow e) {
      return null;
    }

    @Override
    public Touch activate(Effect.Activate e) {
      return null;
    }

    @Override
    public Touch endLoans(Effect.EndLoans e) {
      return null;
    }

    @Override
    public Touch hold(Effect.Hold e) {
      return null;
    }

    @Override
    public Touch lend(Effect.Lend e) {
      return null;
    }

    @Override
    public Touch keep(Effect.Keep e) {
      return null;
    }

    @Override
    public Touch returnBorrow(Effect.ReturnBorrow e) {
      return null;
    }

    @Override
    public Touch move(Effect.Move e) {
      return e.place().isRoot() && e.place().root() instanceof VariableElement v
          ? new Touch(v, e.at(), e.kind() == Effect.MoveKind.RETURN ? Touch.Kind.RETURNED
              : Touch.Kind.MOVED) : null;
    }

    @Override
    public Touch illegalMove(Effect.IllegalMove e) {
      return null;
    }

    @Override
    public Touch illegalMutation(Effect.IllegalMutation e) {
      return null;
    }

    @Override
    public Touch spawnCapture(Effect.SpawnCapture e) {
      return null;
    }

    @Override
    public Touch escape(Effect.Escape e) {
      return null;
    }

    @Override
    public Touch carryOut(Effect.CarryOut e) {
      return null;
    }

    @Override
    public Touch leak(Effect.Leak e) {
      return new Touch(e.variable(), e.at(), Touch.Kind.HANDED_OFF);
    }

    @Override
    public Touch init(Effect.Init e) {
      return e.place().isRoot() && e.place().root() instanceof VariableElement v
          ? new Touch(v, e.at(), e.origin() == Effect.Origin.OWNED
              ? Touch.Kind.ACQUIRED : Touch.Kind.FILLED)
          : null;
    }

    @Override
    public Touch drop(Effect.Drop e) {
      return new Touch(e.variable(), e.at(), Touch.Kind.DROPPED);
    }

    @Override
    public Touch obligation(Effect.Obligation e) {
      return null; // the obligation analysis's; it neither fills nor empties the variable
    }
  };
}
