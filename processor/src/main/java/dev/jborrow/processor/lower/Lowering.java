package dev.jborrow.processor.lower;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.model.Tracking;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/**
 * Turns the nodes of a graph into {@link Effect effects}, pass by pass, each reading what the
 * ones before it found: where values flow ({@link ValueFlow}), the roles of the locals
 * ({@link Roles}, with the {@link Permissions} they imply), how each value is taken
 * ({@link Consumers}), which closures are made ({@link Closures}), the loans
 * ({@link LoanGathering}), the untracked locals that carry borrows ({@link Carriers}), the
 * effects themselves ({@link EffectEmitter}), and last, without the loans no check can see
 * ({@link UnseenLoans}).
 */
public final class Lowering {

  private Lowering() {}

  /** Lowers the body's graph to effects, for every analysis to read. */
  public static BodyEffects lower(BodyContext body, ControlFlowGraph graph) {
    ValueFlow flow = new ValueFlow(body, graph); // asks nothing of the locals' tracking
    ClosingResults closing = ClosingResults.of(body.tracking(), flow.nodes());
    ValueOwners.adopt(body, flow, closing); // before the passes: each asks which are tracked
    Roles roles = new Roles(body, flow, closing); // how a value is taken may depend on holders
    Closures closures = new Closures(body);
    LentSources lent = new LentSources(body, flow, roles);
    Consumers consumers = new Consumers(body, graph, flow, roles, closures, lent);
    LoanGathering loans = new LoanGathering(body, flow, roles, consumers, closures);
    Carriers carriers = new Carriers(body, flow, roles, loans, closures, lent);
    EffectEmitter emitter = new EffectEmitter(body, flow, roles, consumers, loans, carriers,
        closures);
    List<Effect> entry = body.ownsCaptures() ? ownedCaptures(body, roles) : List.of();
    Emitted emitted = emit(emitter, graph.blocks(), entry);
    // Flattened once, block by block: an analysis reads a block's effects as one array, and a
    // check that ignores their order as one list.
    BodyEffects.Builder flat = new BodyEffects.Builder(graph);
    for (int i = 0; i < graph.blocks().size(); i++) {
      Block b = graph.blocks().get(i);
      List<Node> nodes = b.nodes();
      List<List<Effect>> effects = emitted.byBlock().get(i);
      UnseenLoans.elide(nodes, effects, emitted.lentTo());
      for (int k = 0; k < nodes.size(); k++) { // no iterator per block
        if (!effects.get(k).isEmpty()) {
          flat.add(nodes.get(k), effects.get(k));
        }
      }
      flat.endBlock(b);
    }
    return flat.build(roles.holders());
  }

  /**
   * The effects of each node, by block in the graph's order, and the consumers that holders
   * lend to ({@link Effect.Lend}), which {@link UnseenLoans} asks about.
   */
  private record Emitted(List<List<List<Effect>>> byBlock, Set<Tree> lentTo) {}

  /** Emits the effects of every node; {@code entry} comes before the body's first node's. */
  private static Emitted emit(EffectEmitter emitter, List<Block> blocks, List<Effect> entry) {
    List<List<List<Effect>>> byBlock = new ArrayList<>(blocks.size());
    Set<Tree> lentTo = Set.of(); // made at the first: most bodies lend nothing
    for (Block b : blocks) {
      List<Node> nodes = b.nodes();
      List<List<Effect>> effects = new ArrayList<>(nodes.size());
      for (int k = 0; k < nodes.size(); k++) {
        List<Effect> es = emitter.effectsOf(nodes.get(k));
        if (!entry.isEmpty()) { // the body's first node: its captures come before it
          List<Effect> first = new ArrayList<>(entry);
          first.addAll(es);
          es = first;
          entry = List.of();
        }
        for (int e = 0; e < es.size(); e++) {
          if (es.get(e) instanceof Effect.Lend l) {
            lentTo = lentTo.isEmpty() ? new HashSet<>() : lentTo;
            lentTo.add(l.consumer());
          }
        }
        effects.add(es);
      }
      byBlock.add(effects);
    }
    return new Emitted(byBlock, lentTo);
  }

  /** What a closure on another thread captures, it owns from its first instruction on. */
  private static List<Effect> ownedCaptures(BodyContext body, Roles roles) {
    Tracking tracking = body.tracking();
    List<Effect> entry = new ArrayList<>();
    for (VariableElement v : body.captures().of(body.path().getLeaf())) {
      if (tracking.isOwner(v) && !roles.isBorrowHolder(v)
          && !body.enclosingBorrows().contains(v)
          && v.getKind() != ElementKind.PARAMETER || body.ownsParameter(v)) {
        entry.add(new Effect.Init(Place.of(v), body.closure(), Effect.Origin.OWNED));
      }
    }
    return entry;
  }
}
