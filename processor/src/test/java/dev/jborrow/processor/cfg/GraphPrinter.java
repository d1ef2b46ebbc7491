package dev.jborrow.processor.cfg;

import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.type.TypeMirror;

/**
 * Renders a graph as stable text: blocks in reverse postorder, numbered by their position in
 * that order (not by builder id, so that the text does not depend on how many scratch blocks
 * the builder made), each with its nodes and then its successor edges.
 *
 * <pre>
 * B1
 *   Declare a [PARAMETER]
 *   Ref a
 *   -&gt; B2 TRUE (a &gt; 0)
 *   -&gt; B3 FALSE (a &gt; 0)
 * </pre>
 *
 * Edges: {@code TRUE/FALSE (condition)}, {@code EXCEPTION Type} (with {@code throw} for an
 * explicit throw), and {@code BACK} when {@link ControlFlowGraph#isBackEdge} says so.
 */
public final class GraphPrinter {

  private GraphPrinter() {}

  public static String print(ControlFlowGraph g) {
    Map<Block, Integer> index = index(g);
    StringBuilder sb = new StringBuilder();
    for (Block b : g.blocks()) {
      sb.append(name(b, index));
      if (b.kind() != Block.Kind.REGULAR) {
        sb.append(' ').append(b.kind());
      }
      sb.append('\n');
      for (Node n : b.nodes()) {
        sb.append("  ").append(node(n)).append('\n');
      }
      for (Edge e : b.successors()) {
        sb.append("  ").append(edge(g, e, index)).append('\n');
      }
    }
    return sb.toString();
  }

  /** Block positions in reverse postorder. */
  public static Map<Block, Integer> index(ControlFlowGraph g) {
    Map<Block, Integer> index = new HashMap<>();
    for (Block b : g.blocks()) {
      index.put(b, index.size());
    }
    return index;
  }

  private static String name(Block b, Map<Block, Integer> index) {
    Integer i = index.get(b);
    return i == null ? "B?" + b.id() : "B" + i;
  }

  public static String edge(ControlFlowGraph g, Edge e, Map<Block, Integer> index) {
    StringBuilder sb = new StringBuilder("-> ").append(name(e.target(), index));
    switch (e.kind()) {
      case NORMAL -> {}
      case TRUE, FALSE -> {
        sb.append(' ').append(e.kind());
        if (e.condition() != null) {
          sb.append(" (").append(text(e.condition())).append(')');
        }
      }
      case EXCEPTION -> {
        sb.append(" EXCEPTION ").append(simpleType(e.exception()));
        if (e.explicitThrow()) {
          sb.append(" throw");
        }
      }
    }
    if (g.isBackEdge(e)) {
      sb.append(" BACK");
    }
    return sb.toString();
  }

  /** One node: its kind and a short text. */
  public static String node(Node n) {
    if (n instanceof Node.Ref r) {
      return "Ref " + r.place().display();
    } else if (n instanceof Node.Declare d) {
      return "Declare " + d.variable().getSimpleName()
          + (d.kind() == Node.DeclKind.LOCAL ? "" : " [" + d.kind() + "]");
    } else if (n instanceof Node.Assign a) {
      return "Assign " + (a.place() != null ? a.place().display() : text(a.target()));
    } else if (n instanceof Node.Invoke i) {
      return "Invoke " + (i.method() == null ? "?" : i.method().getSimpleName());
    } else if (n instanceof Node.New nw) {
      return "New " + text(nw.tree().getIdentifier());
    } else if (n instanceof Node.NewArray) {
      return "NewArray";
    } else if (n instanceof Node.ArrayRead) {
      return "ArrayRead";
    } else if (n instanceof Node.Closure c) {
      return "Closure " + text(c.tree());
    } else if (n instanceof Node.Return r) {
      return r.expression() == null ? "Return" : "Return " + text(r.expression());
    } else if (n instanceof Node.Throw t) {
      return "Throw " + text(t.expression());
    } else if (n instanceof Node.ScopeEnd s) {
      return "ScopeEnd" + s.variables().stream().map(v -> v.getSimpleName().toString())
          .collect(Collectors.joining(", ", "[", "]"));
    } else if (n instanceof Node.ResourceClose rc) {
      return "ResourceClose " + rc.resource().display();
    } else if (n instanceof Node.ComponentStore c) {
      return "ComponentStore " + c.parameter().getSimpleName() + " -> this."
          + c.field().getSimpleName();
    } else if (n instanceof Node.LoopIterator it) {
      return "LoopIterator " + (it.advance() ? "advance" : "create");
    }
    // A node kind added since: its kind and tree, so that the output stays readable.
    return kind(n) + (n.tree() == null ? "" : " " + text(n.tree()));
  }

  /** Just the kind of a node, e.g. {@code Ref}. */
  public static String kind(Node n) {
    return n.getClass().getSimpleName();
  }

  /** Every node of the graph, in reverse postorder of blocks, rendered with {@link #node}. */
  public static List<String> nodes(ControlFlowGraph g) {
    List<String> out = new ArrayList<>();
    for (Block b : g.blocks()) {
      for (Node n : b.nodes()) {
        out.add(node(n));
      }
    }
    return out;
  }

  static String text(Tree t) {
    String s = t.toString().replaceAll("\\s+", " ").trim();
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }

  private static String simpleType(TypeMirror t) {
    if (t == null) {
      return "?";
    }
    String s = t.toString();
    return s.substring(s.lastIndexOf('.') + 1);
  }
}
