package dev.jborrow.processor.ir;

import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Node;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * A body's graph with the effects of its nodes: what every analysis runs on.
 *
 * @param holders the local variables whose values are borrows, not owned values
 */
public record BodyEffects(ControlFlowGraph graph, Map<Node, List<Effect>> effects,
    Set<VariableElement> holders, boolean[] blockHasEffects) {

  public static BodyEffects of(ControlFlowGraph graph, Map<Node, List<Effect>> effects,
      Set<VariableElement> holders) {
    boolean[] has = new boolean[graph.idLimit()];
    for (Block b : graph.blocks()) {
      for (Node n : b.nodes()) {
        if (effects.containsKey(n)) {
          has[b.id()] = true;
          break;
        }
      }
    }
    return new BodyEffects(graph, effects, holders, has);
  }

  /** Whether any node of the block has an effect; analyses pass the others through. */
  public boolean hasEffects(Block b) {
    return b.id() < blockHasEffects.length && blockHasEffects[b.id()];
  }

  /** Whether {@code v} holds a borrow rather than an owned value. */
  public boolean isHolder(Element v) {
    return holders.contains(v);
  }

  public List<Effect> of(Node node) {
    // Not getOrDefault: IdentityHashMap inherits Map's, which looks a missing node up twice,
    // and most nodes have no effect.
    List<Effect> mine = effects.get(node);
    return mine != null ? mine : List.of();
  }
}
