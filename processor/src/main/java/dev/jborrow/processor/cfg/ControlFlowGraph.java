package dev.jborrow.processor.cfg;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The control-flow graph of one body: a method, constructor, initialiser or lambda. Blocks are
 * kept in reverse postorder from the entry, which is the order a forward analysis converges
 * fastest in; back edges (retreating edges of that order) are the loops' latches.
 */
public final class ControlFlowGraph {

  private final Tree body;
  private final Block entry;
  private final Block exit;
  private final Block exceptionalExit;
  private final List<Block> reversePostorder;
  private final Set<Edge> backEdges;
  /** By node index, the copy each node belongs to; shorter (empty) where the rest are 0. */
  private final int[] instances;
  private final int idLimit;
  private final int nodeCount;
  private final Map<Tree, TreePath> closurePaths;

  ControlFlowGraph(Tree body, Block entry, Block exit, Block exceptionalExit, int nodeCount,
      int[] instances, Map<Tree, TreePath> closurePaths) {
    this.instances = instances;
    this.closurePaths = closurePaths;
    this.nodeCount = nodeCount;
    this.body = body;
    this.entry = entry;
    this.exit = exit;
    this.exceptionalExit = exceptionalExit;
    List<Block> postorder = new ArrayList<>();
    // By identity: an edge is a record, whose hash would combine all six of its components.
    Set<Edge> back = Collections.newSetFromMap(new IdentityHashMap<>(4)); // one per loop
    depthFirst(entry, postorder, back);
    Collections.reverse(postorder);
    this.reversePostorder = Collections.unmodifiableList(postorder);
    this.backEdges = Collections.unmodifiableSet(back);
    int max = Math.max(exit.id(), exceptionalExit.id());
    for (Block b : postorder) {
      max = Math.max(max, b.id());
    }
    this.idLimit = max + 1;
  }

  /** Iterative, so that a method of thousands of statements cannot overflow the stack. */
  private static void depthFirst(Block entry, List<Block> postorder, Set<Edge> back) {
    BitSet visited = new BitSet(); // by block id
    BitSet onStack = new BitSet();
    Deque<Block> blocks = new ArrayDeque<>();
    Deque<Integer> next = new ArrayDeque<>();
    blocks.push(entry);
    next.push(0);
    visited.set(entry.id());
    onStack.set(entry.id());
    while (!blocks.isEmpty()) {
      Block b = blocks.peek();
      int i = next.pop();
      if (i < b.successors().size()) {
        next.push(i + 1);
        Edge e = b.successors().get(i);
        Block t = e.target();
        if (onStack.get(t.id())) {
          back.add(e);
        } else if (!visited.get(t.id())) {
          visited.set(t.id());
          onStack.set(t.id());
          blocks.push(t);
          next.push(0);
        }
      } else {
        blocks.pop();
        onStack.clear(b.id());
        postorder.add(b);
      }
    }
  }

  /** The method, lambda or initialiser this graph was built from. */
  public Tree body() {
    return body;
  }

  public Block entry() {
    return entry;
  }

  /** Where normal completion and {@code return} end. */
  public Block exit() {
    return exit;
  }

  /** Where exceptions that no handler in the body catches end. */
  public Block exceptionalExit() {
    return exceptionalExit;
  }

  /** The blocks reachable from the entry, in reverse postorder. */
  public List<Block> blocks() {
    return reversePostorder;
  }

  /** One more than the largest block id: arrays indexed by {@link Block#id()} have this size. */
  public int idLimit() {
    return idLimit;
  }

  /**
   * One more than the largest {@link Node#index()} of the graph: arrays indexed by it have this
   * size.
   */
  public int nodeCount() {
    return nodeCount;
  }

  /**
   * The path to a lambda, method reference or anonymous class body that the body makes, as the
   * builder met it; null for any other tree. The analysis of a closure's captures starts there,
   * and need not search the body for it.
   */
  public TreePath closurePath(Tree closure) {
    return closurePaths.get(closure);
  }

  /** True for an edge that closes a loop: control goes back to an earlier iteration. */
  public boolean isBackEdge(Edge edge) {
    return backEdges.contains(edge);
  }

  /**
   * Which copy of its trees a node belongs to: a {@code finally} block is built once per way
   * out of its try, so one tree can have several nodes. Zero outside any copy.
   */
  public int instanceOf(Node node) {
    return node.index() < instances.length ? instances[node.index()] : 0;
  }
}
