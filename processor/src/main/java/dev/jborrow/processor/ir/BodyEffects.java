package dev.jborrow.processor.ir;

import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Node;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * A body's graph with the effects of its nodes: what every analysis runs on.
 *
 * @param byNode by {@link Node#index()}, the effects of each node; null for a node without
 *     any
 * @param holders the local variables whose values are borrows, not owned values
 * @param byBlock by block id, the effects of the block's nodes in order, flattened once so
 *     that a transfer over a block reads an array instead of looking each node up (empty for
 *     a block without effects)
 * @param all the effects of the reachable blocks, in reverse postorder: what a check scans
 *     when the order of nodes does not matter
 */
public record BodyEffects(ControlFlowGraph graph, List<Effect>[] byNode,
    Set<VariableElement> holders, Effect[][] byBlock, List<Effect> all) {

  private static final Effect[] NONE = new Effect[0];

  /**
   * Collects the effects block by block, in the order of the graph's blocks, as they are
   * made: no second pass over the nodes to look their effects up again.
   */
  public static final class Builder {
    private final ControlFlowGraph graph;
    private final Effect[][] byBlock;
    private final List<Effect>[] byNode;
    private final List<Effect> block = new java.util.ArrayList<>();
    private final List<Effect> all = new java.util.ArrayList<>();

    public Builder(ControlFlowGraph graph) {
      this.graph = graph;
      this.byBlock = new Effect[graph.idLimit()][];
      java.util.Arrays.fill(byBlock, NONE);
      @SuppressWarnings("unchecked") // an array of a generic type is made raw
      List<Effect>[] none = (List<Effect>[]) new List<?>[graph.nodeCount()];
      this.byNode = none;
    }

    /**
     * The effects of {@code node}, the next node of the current block; not empty. Added one by
     * one: addAll would first copy the list into an array, and the effects are copied once
     * already, into the block's array.
     */
    public void add(Node node, List<Effect> effects) {
      byNode[node.index()] = effects;
      for (int k = 0; k < effects.size(); k++) {
        block.add(effects.get(k));
      }
    }

    /** The current block {@code b} has no more nodes. */
    public void endBlock(Block b) {
      if (!block.isEmpty()) {
        Effect[] flat = block.toArray(NONE);
        byBlock[b.id()] = flat;
        Collections.addAll(all, flat);
        block.clear();
      }
    }

    /** The body's effects; the builder is done with. */
    public BodyEffects build(Set<VariableElement> holders) {
      return new BodyEffects(graph, byNode, holders, byBlock,
          Collections.unmodifiableList(all));
    }
  }

  /** Whether any node of the block has an effect; analyses pass the others through. */
  public boolean hasEffects(Block b) {
    return b.id() < byBlock.length && byBlock[b.id()].length > 0;
  }

  /** The effects of the block's nodes, in order. Read only. */
  public Effect[] of(Block b) {
    return b.id() < byBlock.length ? byBlock[b.id()] : NONE;
  }

  /** Whether {@code v} holds a borrow rather than an owned value. */
  public boolean isHolder(Element v) {
    return holders.contains(v);
  }

  public List<Effect> of(Node node) {
    List<Effect> mine = byNode[node.index()];
    return mine != null ? mine : List.of();
  }
}
