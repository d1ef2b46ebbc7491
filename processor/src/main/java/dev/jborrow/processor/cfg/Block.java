package dev.jborrow.processor.cfg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A basic block: nodes that run one after another, then edges to successors. A node that may
 * throw (a call, a {@code throw}) ends its block, so exceptional edges leave from block ends.
 */
public final class Block {

  /** What a block stands for; only {@link #REGULAR} blocks hold nodes. */
  public enum Kind {
    ENTRY,
    EXIT,
    EXCEPTIONAL_EXIT,
    REGULAR
  }

  private final int id;
  private final Kind kind;
  private final List<Node> nodes = new ArrayList<>();
  private final List<Edge> successors = new ArrayList<>();
  private final List<Edge> predecessors = new ArrayList<>();
  /** Read-only views, made once: every analysis asks for them at every visit of the block. */
  private final List<Node> nodesView = Collections.unmodifiableList(nodes);
  private final List<Edge> successorsView = Collections.unmodifiableList(successors);
  private final List<Edge> predecessorsView = Collections.unmodifiableList(predecessors);

  Block(int id, Kind kind) {
    this.id = id;
    this.kind = kind;
  }

  public int id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public List<Node> nodes() {
    return nodesView;
  }

  public List<Edge> successors() {
    return successorsView;
  }

  public List<Edge> predecessors() {
    return predecessorsView;
  }

  void add(Node node) {
    nodes.add(node);
  }

  static void link(Edge edge) {
    edge.source().successors.add(edge);
    edge.target().predecessors.add(edge);
  }

  @Override
  public String toString() {
    return "B" + id;
  }
}
