package dev.jborrow.processor.check;

import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Node;
import java.util.List;
import java.util.Map;

/** A body's graph with the effects of its nodes: what every analysis runs on. */
public record BodyEffects(BodyContext context, ControlFlowGraph graph,
    Map<Node, List<Effect>> effects) {

  public static BodyEffects lower(BodyContext context, ControlFlowGraph graph) {
    return new BodyEffects(context, graph, new Lowering(context).lower(graph));
  }

  public List<Effect> of(Node node) {
    return effects.getOrDefault(node, List.of());
  }
}
