package dev.jborrow.processor.dataflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.CfgTesting;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.GraphPrinter;
import dev.jborrow.processor.cfg.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worklist engine on two small analyses over real graphs: a forward "may have a value"
 * analysis (the variables declared with a value or assigned on some path and still in scope,
 * join = union) and a backward liveness analysis over {@link Node.Ref} nodes. Loops make the
 * fixpoint depend on facts carried around a back edge. The variables are boxed: a primitive
 * one has no node in the graph.
 */
class DataflowTest {

  private static final String SOURCE = """
      class T {
        static void use(int v) {}
        static void plain() {}

        void assigned(Integer n) {
          Integer a = 0;
          Integer b;
          while (n > 0) {
            if (n == 5) { b = 1; }
            n--;
          }
          use(a);
        }

        void live(Integer n, Integer unused) {
          Integer last = 0;
          Integer x = 0, y = 0, z = 0;
          while (n > 0) {
            use(last);
            if (n == 3) { last = n; }
            z = y; y = x; x = n;
            n--;
          }
          use(z);
        }

        void scoped(Integer n) {
          for (Integer i = 0; i < n; i++) {
            Integer k = i;
            use(k);
          }
          use(n);
        }

        void caught(Integer p) {
          Integer q = 1;
          try { plain(); } catch (RuntimeException e) { use(q); }
          use(p);
        }

        void refined(Integer a) {
          if (a > 0) { use(1); } else { use(2); }
        }
      }
      """;

  private static CfgTesting compiled;

  @BeforeAll
  static void compile() {
    compiled = CfgTesting.compile(SOURCE);
  }

  // ---------------------------------------------------------------- the analyses

  /** Forward: variables that may hold a value here. ScopeEnd removes; join is union. */
  static class MayHaveValue implements Analysis<Set<String>> {
    @Override
    public Direction direction() {
      return Direction.FORWARD;
    }

    @Override
    public Set<String> bottom() {
      return new TreeSet<>();
    }

    @Override
    public Set<String> boundary(ControlFlowGraph graph, Block block) {
      return new TreeSet<>();
    }

    @Override
    public Set<String> copy(Set<String> state) {
      return new TreeSet<>(state);
    }

    @Override
    public boolean joinInto(Set<String> target, Set<String> other) {
      return target.addAll(other);
    }

    @Override
    public void apply(Node node, Set<String> state) {
      if (node instanceof Node.Declare d
          && (d.kind() != Node.DeclKind.LOCAL || d.source() != null)) {
        state.add(d.variable().getSimpleName().toString());
      } else if (node instanceof Node.Assign a && a.place() != null && a.place().isRoot()) {
        state.add(a.place().display());
      } else if (node instanceof Node.ScopeEnd s) {
        s.variables().forEach(v -> state.remove(v.getSimpleName().toString()));
      }
    }
  }

  /** Backward: variables read later on some path. A store or declaration kills. */
  static class Liveness implements Analysis<Set<String>> {
    @Override
    public Direction direction() {
      return Direction.BACKWARD;
    }

    @Override
    public Set<String> bottom() {
      return new TreeSet<>();
    }

    @Override
    public Set<String> boundary(ControlFlowGraph graph, Block block) {
      return new TreeSet<>();
    }

    @Override
    public Set<String> copy(Set<String> state) {
      return new TreeSet<>(state);
    }

    @Override
    public boolean joinInto(Set<String> target, Set<String> other) {
      return target.addAll(other);
    }

    @Override
    public void apply(Node node, Set<String> state) {
      if (node instanceof Node.Ref r && !r.place().isThis()) {
        state.add(r.place().display());
      } else if (node instanceof Node.Assign a && a.place() != null && a.place().isRoot()) {
        state.remove(a.place().display());
      } else if (node instanceof Node.Declare d) {
        state.remove(d.variable().getSimpleName().toString());
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static Edge onlyBackEdge(ControlFlowGraph g) {
    List<Edge> back = new ArrayList<>();
    for (Block b : g.blocks()) {
      for (Edge e : b.successors()) {
        if (g.isBackEdge(e)) {
          back.add(e);
        }
      }
    }
    assertEquals(1, back.size(), "back edges");
    return back.get(0);
  }

  private static Edge successor(Block b, Edge.Kind kind) {
    return b.successors().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
  }

  private static Block blockWith(ControlFlowGraph g, String node) {
    List<Block> found = g.blocks().stream()
        .filter(b -> b.nodes().stream().anyMatch(n -> GraphPrinter.node(n).equals(node)))
        .toList();
    assertEquals(1, found.size(), "blocks with " + node);
    return found.get(0);
  }

  private static Set<String> set(String... names) {
    return new TreeSet<>(List.of(names));
  }

  // ---------------------------------------------------------------- forward

  @Test
  void forwardFactsFlowAroundTheBackEdgeToTheLoopHead() {
    ControlFlowGraph g = compiled.method("assigned");
    DataflowResult<Set<String>> r = Dataflow.solve(g, new MayHaveValue());
    Edge back = onlyBackEdge(g);
    Block head = back.target();
    Block before = g.entry().successors().get(0).target();
    // Coming in from above, b has no value; the back edge brings the `b = 1` of the body.
    assertEquals(set("a", "n"), r.exitState(before));
    assertEquals(set("a", "b", "n"), r.entryState(head));
    assertEquals(set("a", "b", "n"), r.exitState(back.source()));
    Block after = successor(head, Edge.Kind.FALSE).target();
    assertEquals(set("a", "b", "n"), r.entryState(after));
    // At the exit every local has ended (block ends drop a and b), the parameter remains.
    assertEquals(set("n"), r.entryState(g.exit()));
    // Entry is the boundary.
    assertEquals(set(), r.entryState(g.entry()));
  }

  @Test
  void forwardScopeEndsRemoveLoopVariables() {
    ControlFlowGraph g = compiled.method("scoped");
    DataflowResult<Set<String>> r = Dataflow.solve(g, new MayHaveValue());
    Block head = onlyBackEdge(g).target();
    // k ends with the body each iteration, so it never reaches the head; i does.
    assertEquals(set("i", "n"), r.entryState(head));
    Block body = successor(head, Edge.Kind.TRUE).target();
    assertEquals(set("i", "n"), r.entryState(body));
    List<Set<String>> beforeScopeEnd = new ArrayList<>();
    r.replay(body, (node, state) -> {
      if (node instanceof Node.ScopeEnd) {
        beforeScopeEnd.add(new TreeSet<>(state));
      }
    });
    assertEquals(List.of(set("i", "k", "n")), beforeScopeEnd);
    assertEquals(set("i", "n"), r.exitState(body));
    // After the loop i has ended too.
    assertEquals(set("n"), r.exitState(successor(head, Edge.Kind.FALSE).target()));
  }

  @Test
  void nothingFlowsAlongAnEdgeWhereAlongEdgeReturnsNull() {
    ControlFlowGraph g = compiled.method("caught");
    Block handler = blockWith(g, "Declare e [CATCH]");

    DataflowResult<Set<String>> all = Dataflow.solve(g, new MayHaveValue());
    assertEquals(set("p", "q"), all.entryState(handler));

    DataflowResult<Set<String>> normalOnly = Dataflow.solve(g, new MayHaveValue() {
      @Override
      public Set<String> alongEdge(Edge edge, Set<String> state) {
        return edge.isExceptional() ? null : state;
      }
    });
    // The handler is reached only through exceptional edges: it keeps the bottom state.
    assertEquals(set(), normalOnly.entryState(handler));
    assertEquals(set(), normalOnly.exitState(handler)); // e declared, then ended
    assertEquals(set("p", "q"), all.exitState(handler));
    assertEquals(set("p", "q"), normalOnly.exitState(blockWith(g, "Invoke plain")));
  }

  @Test
  void alongEdgeRefinesByTheEdgeCondition() {
    ControlFlowGraph g = compiled.method("refined");
    DataflowResult<Set<String>> r = Dataflow.solve(g, new MayHaveValue() {
      @Override
      public Set<String> alongEdge(Edge edge, Set<String> state) {
        if (edge.condition() == null) {
          return state;
        }
        Set<String> refined = copy(state);
        refined.add(edge.kind() + " " + edge.condition());
        return refined;
      }
    });
    Block test = blockWith(g, "Ref a");
    Block then = successor(test, Edge.Kind.TRUE).target();
    Block otherwise = successor(test, Edge.Kind.FALSE).target();
    assertEquals(set("a", "TRUE a > 0"), r.entryState(then));
    assertEquals(set("a", "FALSE a > 0"), r.entryState(otherwise));
    // The states of the edges' origin are not changed by what flows along them.
    assertEquals(set("a"), r.exitState(test));
    assertEquals(set("a", "TRUE a > 0", "FALSE a > 0"), r.entryState(g.exit()));
  }

  // ---------------------------------------------------------------- backward

  @Test
  void livenessConvergesAroundTheBackEdge() {
    ControlFlowGraph g = compiled.method("live");
    DataflowResult<Set<String>> r = Dataflow.solve(g, new Liveness());
    Edge back = onlyBackEdge(g);
    Block head = back.target();
    Block latch = back.source();
    // Backward: entryState is the block's end in program order, exitState its start.
    // The latch (after the inner if) reads x, y, n and passes `last` through untouched: `last`
    // is live there only because the next iteration reads it, which takes a second visit.
    assertEquals(set("last", "n", "x", "y", "z"), r.entryState(latch));
    assertEquals(set("last", "n", "x", "y"), r.exitState(latch));
    assertEquals(set("last", "n", "x", "y", "z"), r.exitState(head));
    // `last = n` kills it: dead at the start of the then-branch.
    assertEquals(set("n", "x", "y"), r.exitState(blockWith(g, "Assign last")));
    Block after = successor(head, Edge.Kind.FALSE).target();
    assertEquals(set("z"), r.exitState(after));
    // Everything is declared in the first block: nothing is live before it.
    Block first = g.entry().successors().get(0).target();
    assertEquals(set("last", "n", "x", "y", "z"), r.entryState(first));
    assertEquals(set(), r.exitState(first));
    for (Block b : g.blocks()) {
      assertFalse(r.entryState(b).contains("unused"), b.toString());
    }
    assertEquals(set(), r.entryState(g.exit()));
  }

  @Test
  void backwardReplayVisitsNodesLastToFirst() {
    ControlFlowGraph g = compiled.method("live");
    DataflowResult<Set<String>> r = Dataflow.solve(g, new Liveness());
    Block body = blockWith(g, "Ref last");
    List<String> visited = new ArrayList<>();
    AtomicReference<Set<String>> atUseOfLast = new AtomicReference<>();
    r.replay(body, (node, state) -> {
      visited.add(GraphPrinter.node(node));
      if (GraphPrinter.node(node).equals("Ref last")) {
        atUseOfLast.set(new TreeSet<>(state));
      }
    });
    assertEquals(List.of("Ref n", "Invoke use", "Ref last"), visited);
    // Live just after `use(last)` reads it: `last` too, on the path where n != 3.
    assertNotNull(atUseOfLast.get());
    assertEquals(set("last", "n", "x", "y"), atUseOfLast.get());
    assertTrue(r.exitState(body).contains("last"));
  }
}
