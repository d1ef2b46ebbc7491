package dev.jborrow.processor.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the control-flow graph, tested directly on the builder (not through the checks).
 * Most tests compare the whole graph rendered by {@link GraphPrinter}: blocks in reverse
 * postorder, numbered by that order, with their nodes and successor edges; the others assert
 * structural facts. Every expected graph here was checked by hand against Java's semantics.
 * The program's variables are boxed ({@code Integer}, {@code Boolean}): a primitive one has no
 * node ({@link #aPrimitiveVariableHasNoNode}), and the graphs are about where nodes go.
 */
class CfgShapeTest {

  private static final String SOURCE = """
      import java.io.*;
      import java.util.*;
      import java.util.function.*;
      class T {
        static int f(int a, int b) { return a; }
        static int g(int b) { return b; }
        static void use(int x) {}
        static void io() throws IOException {}
        static void plain() {}
        static void cleanup() {}
        static Reader open(String n) throws IOException { return null; }

        void ifElse(Integer a) {
          Integer r;
          if (a > 0) { r = 1; } else { r = 2; }
          use(r);
        }
        void andOrNot(Boolean a, Boolean b, Boolean c) {
          if (a && !b || c) { use(1); }
        }
        void condValue(Boolean c, Integer x, Integer y) {
          Integer z = c ? x : y;
        }
        void condCond(Boolean c, Boolean x, Boolean y) {
          if (c ? x : y) { use(1); }
        }
        void evalOrder(Integer a, Integer b) { f(a, g(b)); }
        void whileLoop(Integer n) {
          while (n > 0) { n--; }
          use(n);
        }
        void doWhile(Integer n) {
          do { n--; } while (n > 0);
        }
        void forLoop(Integer n) {
          for (Integer i = 0; i < n; i++) { use(i); }
        }
        void forEach(List<String> xs) {
          for (String s : xs) { use(s.length()); }
        }
        void forever() {
          while (true) { use(1); }
        }
        void labelled(Integer n) {
          outer:
          for (Integer i = 0; i < n; i++) {
            Integer a = i;
            for (Integer j = 0; j < n; j++) {
              Integer b = j;
              if (b == 1) continue outer;
              if (b == 2) break outer;
              if (b == 3) break;
              use(a + b);
            }
          }
        }
        void colon(Integer k) {
          switch (k) {
            case 1:
              use(1);
            case 2:
              use(2);
              break;
            default:
              use(3);
          }
          use(4);
        }
        void arrow(Integer k) {
          switch (k) {
            case 1 -> use(1);
            case 2, 3 -> { use(2); }
            default -> use(3);
          }
        }
        Integer switchExpr(Integer k) {
          Integer r = switch (k) {
            case 1 -> 10;
            case 2 -> { Integer t = k * 2; yield t; }
            default -> { yield 0; }
          };
          return r;
        }
        void tryCatch(Integer p) {
          try {
            io();
            plain();
          } catch (IOException e) {
            use(1);
          }
        }
        void noHandler() {
          plain();
          use(2);
        }
        void ioNoHandler() throws IOException {
          io();
        }
        Integer tryFinally(Boolean c) throws IOException {
          try {
            io();
            if (c) return 1;
          } finally {
            cleanup();
          }
          return 2;
        }
        void twr(Integer p) throws IOException {
          try (Reader a = open("a"); Reader b = open("b")) {
            io();
          }
        }
        void thrower(Boolean c) {
          if (c) throw new IllegalStateException();
          use(1);
        }
        void lambda(Integer k) {
          IntSupplier s = () -> { Integer q = k + 1; return q; };
          UnaryOperator<Integer> f = x -> x + k;
          Runnable r = T::plain;
        }
        void uncheckedFromArithmetic(Integer a, Integer b) {
          Integer r;
          try { r = a / b; r = r / a; } catch (ArithmeticException e) { r = 0; }
          use(r);
        }
        void uncheckedInLoopTest(int[] xs) {
          Integer i = 0;
          try { while (xs[i] > 0) { i = i + 1; } } catch (RuntimeException e) { use(i); }
        }
        void catchAtTop() {
          try { plain(); } catch (RuntimeException e) { use(1); }
        }
        void resourceAtTop() throws IOException {
          try (Reader a = open("a")) { io(); }
        }
        void compound(Integer x) {
          x += 1;
        }
        int primitives(int n, List<String> xs) {
          int total = n;
          for (int i = 0; i < n; i++) { total += xs.get(i).length(); }
          return total;
        }
      }
      """;

  private static CfgTesting compiled;

  @BeforeAll
  static void compile() {
    compiled = CfgTesting.compile(SOURCE);
  }

  private static ControlFlowGraph graph(String method) {
    return compiled.method(method);
  }

  private static void assertGraph(String expected, ControlFlowGraph g) {
    assertEquals(expected, GraphPrinter.print(g));
  }

  // ---------------------------------------------------------------- helpers

  private static List<Edge> edges(ControlFlowGraph g) {
    List<Edge> out = new ArrayList<>();
    for (Block b : g.blocks()) {
      out.addAll(b.successors());
    }
    return out;
  }

  private static List<Edge> backEdges(ControlFlowGraph g) {
    return edges(g).stream().filter(g::isBackEdge).collect(Collectors.toList());
  }

  /** The blocks that hold a node rendered as {@code text}. */
  private static List<Block> blocksWith(ControlFlowGraph g, String text) {
    return g.blocks().stream()
        .filter(b -> b.nodes().stream().anyMatch(n -> GraphPrinter.node(n).equals(text)))
        .collect(Collectors.toList());
  }

  private static Block onlyBlockWith(ControlFlowGraph g, String text) {
    List<Block> found = blocksWith(g, text);
    assertEquals(1, found.size(), "blocks with " + text);
    return found.get(0);
  }

  private static long count(ControlFlowGraph g, String text) {
    return GraphPrinter.nodes(g).stream().filter(text::equals).count();
  }

  /** The block holding the call whose source text is {@code call}, e.g. {@code use(2)}. */
  private static Block callBlock(ControlFlowGraph g, String call) {
    List<Block> found = g.blocks().stream()
        .filter(b -> b.nodes().stream().anyMatch(
            n -> n instanceof Node.Invoke i && i.tree().toString().equals(call)))
        .toList();
    assertEquals(1, found.size(), "blocks calling " + call);
    return found.get(0);
  }

  private static List<Block> targets(Block b) {
    return b.successors().stream().map(Edge::target).toList();
  }

  /** Rendered nodes met on single normal forward edges from {@code from}, back edges not taken. */
  private static List<String> straightLine(ControlFlowGraph g, Block from) {
    List<String> out = new ArrayList<>();
    for (Block b = from; b != null; ) {
      b.nodes().forEach(n -> out.add(GraphPrinter.node(n)));
      b = b.successors().size() == 1 && !g.isBackEdge(b.successors().get(0))
          ? b.successors().get(0).target() : null;
    }
    return out;
  }

  /** Follows single normal edges from {@code from}; the block where the straight line ends. */
  private static Block endOfLine(Block from) {
    Block b = from;
    Set<Block> seen = new HashSet<>();
    while (seen.add(b) && b.successors().size() == 1) {
      b = b.successors().get(0).target();
    }
    return b;
  }

  private static boolean reaches(Block from, Block to, Predicate<Edge> along) {
    Set<Block> seen = new HashSet<>();
    List<Block> work = new ArrayList<>(List.of(from));
    while (!work.isEmpty()) {
      Block b = work.remove(work.size() - 1);
      if (b == to) {
        return true;
      }
      if (seen.add(b)) {
        for (Edge e : b.successors()) {
          if (along.test(e)) {
            work.add(e.target());
          }
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- branches

  @Test
  void ifElseJoinsAfterBothBranches() {
    ControlFlowGraph g = graph("ifElse");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare a [PARAMETER]
          Declare r
          Ref a
          -> B3 TRUE (a > 0)
          -> B2 FALSE (a > 0)
        B2
          Assign r
          -> B4
        B3
          Assign r
          -> B4
        B4
          Ref r
          Invoke use
          ScopeEnd[r]
          -> B5
        B5 EXIT
        """, g);
    Block join = onlyBlockWith(g, "Invoke use");
    assertEquals(2, join.predecessors().size());
    assertTrue(backEdges(g).isEmpty());
  }

  @Test
  void shortCircuitAndOrNotBranchOnEachLeaf() {
    ControlFlowGraph g = graph("andOrNot");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare a [PARAMETER]
          Declare b [PARAMETER]
          Declare c [PARAMETER]
          Ref a
          -> B2 TRUE (a)
          -> B3 FALSE (a)
        B2
          Ref b
          -> B3 TRUE (b)
          -> B5 FALSE (b)
        B3
          Ref c
          -> B5 TRUE (c)
          -> B4 FALSE (c)
        B4
          -> B6
        B5
          Invoke use
          -> B6
        B6
          -> B7
        B7 EXIT
        """, g);
    // The leaf edges carry the leaf tests themselves: `b`, not `!b` (the negation swaps the
    // targets instead), and no edge carries a compound condition.
    for (Edge e : edges(g)) {
      if (e.kind() == Edge.Kind.TRUE || e.kind() == Edge.Kind.FALSE) {
        assertNotNull(e.condition());
        assertEquals(Tree.Kind.IDENTIFIER, e.condition().getKind(), e.toString());
      }
    }
    MethodTree m = (MethodTree) g.body();
    IfTree s = (IfTree) m.getBody().getStatements().get(0);
    BinaryTree or = (BinaryTree) ((ParenthesizedTree) s.getCondition()).getExpression();
    BinaryTree and = (BinaryTree) or.getLeftOperand();
    IdentifierTree b = (IdentifierTree) ((UnaryTree) and.getRightOperand()).getExpression();
    Block testB = onlyBlockWith(g, "Ref b");
    for (Edge e : testB.successors()) {
      assertSame(b, e.condition());
    }
  }

  @Test
  void conditionalInValuePositionJoinsBeforeTheDeclaration() {
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare c [PARAMETER]
          Declare x [PARAMETER]
          Declare y [PARAMETER]
          Ref c
          -> B3 TRUE (c)
          -> B2 FALSE (c)
        B2
          Ref y
          -> B4
        B3
          Ref x
          -> B4
        B4
          Declare z
          ScopeEnd[z]
          -> B5
        B5 EXIT
        """, graph("condValue"));
  }

  @Test
  void conditionalInConditionPositionBranchesOnEachArm() {
    ControlFlowGraph g = graph("condCond");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare c [PARAMETER]
          Declare x [PARAMETER]
          Declare y [PARAMETER]
          Ref c
          -> B3 TRUE (c)
          -> B2 FALSE (c)
        B2
          Ref y
          -> B5 TRUE (y)
          -> B4 FALSE (y)
        B3
          Ref x
          -> B5 TRUE (x)
          -> B4 FALSE (x)
        B4
          -> B6
        B5
          Invoke use
          -> B6
        B6
          -> B7
        B7 EXIT
        """, g);
    // Both arms branch straight to the then-block and the else-block: no join of a value.
    Block then = onlyBlockWith(g, "Invoke use");
    assertEquals(2, then.predecessors().size());
    for (Edge e : then.predecessors()) {
      assertEquals(Edge.Kind.TRUE, e.kind());
    }
  }

  @Test
  void evaluationOrderIsOperandsBeforeOperation() {
    assertEquals(
        List.of("Declare a [PARAMETER]", "Declare b [PARAMETER]",
            "Ref a", "Ref b", "Invoke g", "Invoke f"),
        GraphPrinter.nodes(graph("evalOrder")));
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare a [PARAMETER]
          Declare b [PARAMETER]
          Ref a
          Ref b
          Invoke g
          Invoke f
          -> B2
        B2 EXIT
        """, graph("evalOrder"));
  }

  // ---------------------------------------------------------------- loops

  @Test
  void whileLoopHasOneBackEdgeToItsTest() {
    ControlFlowGraph g = graph("whileLoop");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare n [PARAMETER]
          -> B2
        B2
          Ref n
          -> B5 TRUE (n > 0)
          -> B3 FALSE (n > 0)
        B3
          Ref n
          Invoke use
          -> B4
        B4 EXIT
        B5
          Ref n
          Assign n
          -> B2 BACK
        """, g);
    List<Edge> back = backEdges(g);
    assertEquals(1, back.size());
    Block head = back.get(0).target();
    assertEquals(List.of("Ref n"), head.nodes().stream().map(GraphPrinter::node).toList());
    assertEquals(2, head.predecessors().size());
    assertEquals(Edge.Kind.NORMAL, back.get(0).kind());
  }

  @Test
  void doWhileBackEdgeIsTheTrueEdgeOfItsTest() {
    ControlFlowGraph g = graph("doWhile");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare n [PARAMETER]
          -> B2
        B2
          Ref n
          Assign n
          -> B3
        B3
          Ref n
          -> B2 TRUE (n > 0) BACK
          -> B4 FALSE (n > 0)
        B4
          -> B5
        B5 EXIT
        """, g);
    List<Edge> back = backEdges(g);
    assertEquals(1, back.size());
    assertEquals(Edge.Kind.TRUE, back.get(0).kind());
    // The body comes first: its block is the back edge's target and holds `n--`.
    assertEquals(List.of("Ref n", "Assign n"),
        back.get(0).target().nodes().stream().map(GraphPrinter::node).toList());
  }

  @Test
  void forLoopRunsUpdateBeforeTheBackEdgeAndEndsItsVariableAfter() {
    ControlFlowGraph g = graph("forLoop");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare n [PARAMETER]
          Declare i
          -> B2
        B2
          Ref i
          Ref n
          -> B5 TRUE (i < n)
          -> B3 FALSE (i < n)
        B3
          ScopeEnd[i]
          -> B4
        B4 EXIT
        B5
          Ref i
          Invoke use
          -> B6
        B6
          Ref i
          Assign i
          -> B2 BACK
        """, g);
    List<Edge> back = backEdges(g);
    assertEquals(1, back.size());
    assertEquals(List.of("Ref i", "Assign i"),
        back.get(0).source().nodes().stream().map(GraphPrinter::node).toList());
  }

  @Test
  void enhancedForDeclaresItsVariableEachIteration() {
    ControlFlowGraph g = graph("forEach");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare xs [PARAMETER]
          Ref xs
          LoopIterator create
          -> B2
        B2
          LoopIterator advance
          -> B5 TRUE
          -> B3 FALSE
        B3
          -> B4
        B4 EXIT
        B5
          Declare s [FOREACH]
          Ref s
          Invoke length
          Invoke use
          ScopeEnd[s]
          -> B2 BACK
        """, g);
    List<Edge> back = backEdges(g);
    assertEquals(1, back.size());
    Block head = back.get(0).target();
    // The head asks the hidden iterator for the next element, once per iteration.
    assertEquals(List.of("LoopIterator advance"),
        head.nodes().stream().map(GraphPrinter::node).toList());
    assertEquals(List.of(Edge.Kind.TRUE, Edge.Kind.FALSE),
        head.successors().stream().map(Edge::kind).toList());
  }

  @Test
  void whileTrueHasNoExitEdge() {
    ControlFlowGraph g = graph("forever");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          -> B2
        B2
          -> B3
        B3
          Invoke use
          -> B2 BACK
        """, g);
    assertFalse(g.blocks().contains(g.exit()));
    // (the block after the loop is built, and linked to the exit, but nothing reaches it)
    for (Edge e : g.exit().predecessors()) {
      assertFalse(g.blocks().contains(e.source()), e.toString());
    }
    for (Edge e : edges(g)) {
      assertEquals(Edge.Kind.NORMAL, e.kind(), "no test on a constant condition: " + e);
    }
    assertEquals(1, backEdges(g).size());
  }

  @Test
  void labelledBreakAndContinueDropTheVariablesOfTheScopesTheyLeave() {
    ControlFlowGraph g = graph("labelled");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare n [PARAMETER]
          Declare i
          -> B2
        B2
          Ref i
          Ref n
          -> B3 TRUE (i < n)
          -> B16 FALSE (i < n)
        B3
          Ref i
          Declare a
          Declare j
          -> B4
        B4
          Ref j
          Ref n
          -> B5 TRUE (j < n)
          -> B14 FALSE (j < n)
        B5
          Ref j
          Declare b
          Ref b
          -> B18 TRUE (b == 1)
          -> B6 FALSE (b == 1)
        B6
          -> B7
        B7
          Ref b
          -> B15 TRUE (b == 2)
          -> B8 FALSE (b == 2)
        B8
          -> B9
        B9
          Ref b
          -> B13 TRUE (b == 3)
          -> B10 FALSE (b == 3)
        B10
          -> B11
        B11
          Ref a
          Ref b
          Invoke use
          ScopeEnd[b]
          -> B12
        B12
          Ref j
          Assign j
          -> B4 BACK
        B13
          ScopeEnd[b]
          -> B14
        B14
          ScopeEnd[j]
          ScopeEnd[a]
          -> B19
        B15
          ScopeEnd[b, j, a]
          -> B16
        B16
          ScopeEnd[i]
          -> B17
        B17 EXIT
        B18
          ScopeEnd[b, j, a]
          -> B19
        B19
          Ref i
          Assign i
          -> B2 BACK
        """, g);
    assertEquals(2, backEdges(g).size());
    // `continue outer` and `break outer` both leave b, j and a (innermost first)...
    List<Block> leaveBoth = blocksWith(g, "ScopeEnd[b, j, a]");
    assertEquals(2, leaveBoth.size());
    Block outerUpdate = null;
    Block outerAfter = null;
    for (Block b : leaveBoth) {
      assertEquals(1, b.successors().size());
      Block target = b.successors().get(0).target();
      if (target.successors().size() == 1 && g.isBackEdge(target.successors().get(0))) {
        outerUpdate = target; // continue outer: the update i++, then back to the outer test
      } else {
        outerAfter = target; // break outer: after the outer loop, where i ends
      }
    }
    assertNotNull(outerUpdate);
    assertNotNull(outerAfter);
    assertEquals(List.of("Ref i", "Assign i"),
        outerUpdate.nodes().stream().map(GraphPrinter::node).toList());
    assertEquals(List.of("ScopeEnd[i]"),
        outerAfter.nodes().stream().map(GraphPrinter::node).toList());
    // ...while a plain `break` leaves only b, then the inner loop's exit ends j and a.
    assertEquals(List.of("ScopeEnd[b]", "ScopeEnd[j]", "ScopeEnd[a]", "Ref i", "Assign i"),
        straightLine(g, blocksWith(g, "ScopeEnd[b]").stream()
            .filter(b -> b.nodes().size() == 1).findFirst().orElseThrow()));
  }

  // ---------------------------------------------------------------- switch

  @Test
  void switchColonFormFallsThrough() {
    ControlFlowGraph g = graph("colon");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare k [PARAMETER]
          Ref k
          -> B6 TRUE
          -> B2 FALSE
        B2
          -> B5 TRUE
          -> B3 FALSE
        B3
          -> B4
        B4
          Invoke use
          -> B9
        B5
          -> B8
        B6
          -> B7
        B7
          Invoke use
          -> B8
        B8
          Invoke use
          -> B9
        B9
          Invoke use
          -> B10
        B10 EXIT
        """, g);
    // case 1's body falls through into case 2's body; break and the default's end go after.
    Block one = callBlock(g, "use(1)");
    Block two = callBlock(g, "use(2)");
    Block three = callBlock(g, "use(3)");
    Block four = callBlock(g, "use(4)");
    assertEquals(List.of(two), targets(one));
    assertEquals(List.of(four), targets(two));
    assertEquals(List.of(four), targets(three));
    assertEquals(2, two.predecessors().size());
    assertTrue(backEdges(g).isEmpty());
  }

  @Test
  void switchArrowFormDoesNotFallThrough() {
    ControlFlowGraph g = graph("arrow");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare k [PARAMETER]
          Ref k
          -> B7 TRUE
          -> B2 FALSE
        B2
          -> B5 TRUE
          -> B3 FALSE
        B3
          -> B4
        B4
          Invoke use
          -> B9
        B5
          -> B6
        B6
          Invoke use
          -> B9
        B7
          -> B8
        B8
          Invoke use
          -> B9
        B9
          -> B10
        B10 EXIT
        """, g);
    // Each of the three bodies goes straight to the block after the switch.
    List<Block> bodies = blocksWith(g, "Invoke use");
    assertEquals(3, bodies.size());
    Set<Block> after = new HashSet<>();
    for (Block b : bodies) {
      assertEquals(1, b.predecessors().size());
      assertEquals(1, b.successors().size());
      after.add(b.successors().get(0).target());
    }
    assertEquals(1, after.size());
  }

  @Test
  void switchExpressionYieldsToTheDeclaration() {
    ControlFlowGraph g = graph("switchExpr");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare k [PARAMETER]
          Ref k
          -> B7 TRUE
          -> B2 FALSE
        B2
          -> B5 TRUE
          -> B3 FALSE
        B3
          -> B4
        B4
          -> B9
        B5
          -> B6
        B6
          Ref k
          Declare t
          Ref t
          ScopeEnd[t]
          -> B9
        B7
          -> B8
        B8
          -> B9
        B9
          Declare r
          Ref r
          Return r
          -> B10
        B10 EXIT
        """, g);
    Block declare = onlyBlockWith(g, "Declare r");
    assertEquals(3, declare.predecessors().size());
    // `yield t` leaves the rule's block: t ends on the way.
    Block yieldT = onlyBlockWith(g, "Declare t");
    assertEquals(List.of("Ref k", "Declare t", "Ref t", "ScopeEnd[t]"),
        yieldT.nodes().stream().map(GraphPrinter::node).toList());
    assertSame(declare, yieldT.successors().get(0).target());
  }

  // ---------------------------------------------------------------- exceptions

  @Test
  void checkedExceptionGoesToTheMatchingCatch() {
    ControlFlowGraph g = graph("tryCatch");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare p [PARAMETER]
          Invoke io
          -> B7 EXCEPTION IOException
          -> B5 EXCEPTION RuntimeException
          -> B4 EXCEPTION Error
          -> B2
        B2
          Invoke plain
          -> B5 EXCEPTION RuntimeException
          -> B4 EXCEPTION Error
          -> B3
        B3
          -> B9
        B4
          -> B6
        B5
          -> B6
        B6 EXCEPTIONAL_EXIT
        B7
          -> B8
        B8
          Declare e [CATCH]
          Invoke use
          ScopeEnd[e]
          -> B9
        B9
          -> B10
        B10 EXIT
        """, g);
    Block io = onlyBlockWith(g, "Invoke io");
    Block handler = onlyBlockWith(g, "Declare e [CATCH]");
    assertEquals(List.of("Declare e [CATCH]", "Invoke use", "ScopeEnd[e]"),
        handler.nodes().stream().map(GraphPrinter::node).toList());
    List<Edge> ioEx = io.successors().stream().filter(Edge::isExceptional).toList();
    assertEquals(List.of("IOException", "RuntimeException", "Error"),
        ioEx.stream().map(e -> e.exception().toString().replaceAll(".*\\.", "")).toList());
    assertTrue(reaches(ioEx.get(0).target(), handler, e -> true));
    assertFalse(reaches(ioEx.get(0).target(), g.exceptionalExit(), e -> true));
    assertFalse(ioEx.get(0).explicitThrow());
    // Unchecked exceptions are not caught by `catch (IOException e)`.
    assertFalse(reaches(ioEx.get(1).target(), handler, e -> true));
    assertTrue(reaches(ioEx.get(1).target(), g.exceptionalExit(), e -> true));
    // plain() declares nothing: only the unchecked edges, since a handler is in scope.
    Block plain = onlyBlockWith(g, "Invoke plain");
    assertEquals(List.of("RuntimeException", "Error"), plain.successors().stream()
        .filter(Edge::isExceptional)
        .map(e -> e.exception().toString().replaceAll(".*\\.", "")).toList());
  }

  @Test
  void aLoopTestThatMayThrowHasItsEdgeAtTheHeadOnEveryIteration() {
    ControlFlowGraph g = graph("uncheckedInLoopTest");
    Block handler = onlyBlockWith(g, "Declare e [CATCH]");
    // `i = i + 1` cannot throw: no edge from the body, but its back edge goes to a head whose
    // test `xs[i]` may, so the handler sees the state after every iteration.
    Block body = onlyBlockWith(g, "Assign i");
    assertTrue(body.successors().stream().noneMatch(Edge::isExceptional));
    List<Edge> back = body.successors();
    assertEquals(1, back.size());
    Block head = back.get(0).target();
    List<Edge> unchecked = head.successors().stream().filter(Edge::isExceptional).toList();
    assertEquals(1, unchecked.size());
    assertTrue(reaches(unchecked.get(0).target(), handler, e -> true));
  }

  @Test
  void statementsMayThrowUncheckedWhereACatchTakesThem() {
    ControlFlowGraph g = graph("uncheckedFromArithmetic");
    // `r = a / b; r = r / a;` has no call, yet the handler is reachable from before each
    // statement, with the state of that point: a statement that throws has not stored.
    Block handler = onlyBlockWith(g, "Declare e [CATCH]");
    Block before = onlyBlockWith(g, "Declare b [PARAMETER]");
    List<Block> throwing = g.blocks().stream()
        .filter(b -> b.successors().stream().anyMatch(Edge::isExceptional)).toList();
    List<Block> assigns = blocksWith(g, "Assign r");
    assertEquals(3, assigns.size()); // two in the try body, one in the handler
    assertEquals(List.of(before, assigns.get(0)), throwing);
    for (Block from : throwing) {
      List<Edge> unchecked = from.successors().stream().filter(Edge::isExceptional).toList();
      assertEquals(List.of("RuntimeException"),
          unchecked.stream().map(e -> e.exception().toString().replaceAll(".*\\.", "")).toList());
      assertTrue(reaches(unchecked.get(0).target(), handler, e -> true));
    }
  }

  @Test
  void compactRecordConstructorStoresItsParametersWhereItCompletes() {
    CfgTesting record = CfgTesting.compile("""
        record Pt(int x, String name) {
          Pt {
            if (x < 0) { throw new IllegalArgumentException(); }
          }
        }
        """);
    ControlFlowGraph g = record.method("<init>");
    Block stores = onlyBlockWith(g, "ComponentStore x -> this.x");
    List<String> nodes = stores.nodes().stream().map(GraphPrinter::node).toList();
    assertEquals(List.of("ComponentStore x -> this.x", "ComponentStore name -> this.name"),
        nodes.subList(nodes.size() - 2, nodes.size()));
    assertTrue(stores.successors().stream().allMatch(e -> e.target() == g.exit()));
    // The throwing path leaves before the stores.
    Block thrower = onlyBlockWith(g, "Throw new IllegalArgumentException()");
    assertFalse(reaches(thrower, stores, e -> true));
  }

  @Test
  void callDeclaringNothingHasNoExceptionalEdgeWithoutHandler() {
    ControlFlowGraph g = graph("noHandler");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Invoke plain
          Invoke use
          -> B2
        B2 EXIT
        """, g);
    assertTrue(edges(g).stream().noneMatch(Edge::isExceptional));
    assertFalse(g.blocks().contains(g.exceptionalExit()));
  }

  @Test
  void checkedExceptionWithoutHandlerGoesToTheExceptionalExit() {
    ControlFlowGraph g = graph("ioNoHandler");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Invoke io
          -> B4 EXCEPTION IOException
          -> B2
        B2
          -> B3
        B3 EXIT
        B4 EXCEPTIONAL_EXIT
        """, g);
    Block io = onlyBlockWith(g, "Invoke io");
    List<Edge> ex = io.successors().stream().filter(Edge::isExceptional).toList();
    assertEquals(1, ex.size());
    assertSame(g.exceptionalExit(), ex.get(0).target());
  }

  @Test
  void finallyIsCopiedOntoEveryExitPath() {
    ControlFlowGraph g = graph("tryFinally");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare c [PARAMETER]
          Invoke io
          -> B10 EXCEPTION IOException
          -> B9 EXCEPTION RuntimeException
          -> B8 EXCEPTION Error
          -> B2
        B2
          Ref c
          -> B6 TRUE (c)
          -> B3 FALSE (c)
        B3
          -> B4
        B4
          Invoke cleanup
          -> B5
        B5
          Return 2
          -> B7
        B6
          Return 1
          Invoke cleanup
          -> B7
        B7 EXIT
        B8
          Invoke cleanup
          -> B11
        B9
          Invoke cleanup
          -> B11
        B10
          Invoke cleanup
          -> B11
        B11 EXCEPTIONAL_EXIT
        """, g);
    // Normal completion, `return 1`, and each of the three exception types thrown by io().
    assertEquals(5, count(g, "Invoke cleanup"));
    assertEquals(List.of("Invoke cleanup", "Return 2"),
        straightLine(g, g.blocks().stream().filter(b -> b.nodes().isEmpty()
            && b.predecessors().size() == 1
            && b.predecessors().get(0).kind() == Edge.Kind.FALSE).findFirst().orElseThrow()));
    assertEquals(List.of("Return 1", "Invoke cleanup"),
        onlyBlockWith(g, "Return 1").nodes().stream().map(GraphPrinter::node).toList());
    assertSame(g.exit(), endOfLine(onlyBlockWith(g, "Return 1")));
    Block io = onlyBlockWith(g, "Invoke io");
    for (Edge e : io.successors()) {
      if (e.isExceptional()) {
        assertEquals(List.of("Invoke cleanup"), straightLine(g, e.target()), e.toString());
        assertSame(g.exceptionalExit(), endOfLine(e.target()));
      }
    }
  }

  @Test
  void tryWithResourcesClosesInReverseOrderOnEveryPath() {
    ControlFlowGraph g = graph("twr");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare p [PARAMETER]
          Invoke open
          -> B24 EXCEPTION IOException
          -> B2
        B2
          Declare a [RESOURCE]
          Invoke open
          -> B22 EXCEPTION IOException
          -> B20 EXCEPTION RuntimeException
          -> B18 EXCEPTION Error
          -> B3
        B3
          Declare b [RESOURCE]
          Invoke io
          -> B13 EXCEPTION IOException
          -> B11 EXCEPTION RuntimeException
          -> B9 EXCEPTION Error
          -> B4
        B4
          ResourceClose b
          -> B17 EXCEPTION IOException
          -> B16 EXCEPTION RuntimeException
          -> B15 EXCEPTION Error
          -> B5
        B5
          ScopeEnd[b]
          ResourceClose a
          -> B24 EXCEPTION IOException
          -> B6
        B6
          ScopeEnd[a]
          -> B7
        B7
          -> B8
        B8 EXIT
        B9
          ResourceClose b
          -> B17 EXCEPTION IOException
          -> B16 EXCEPTION RuntimeException
          -> B15 EXCEPTION Error
          -> B10
        B10
          -> B15
        B11
          ResourceClose b
          -> B17 EXCEPTION IOException
          -> B16 EXCEPTION RuntimeException
          -> B15 EXCEPTION Error
          -> B12
        B12
          -> B16
        B13
          ResourceClose b
          -> B17 EXCEPTION IOException
          -> B16 EXCEPTION RuntimeException
          -> B15 EXCEPTION Error
          -> B14
        B14
          -> B17
        B15
          ScopeEnd[b]
          -> B18
        B16
          ScopeEnd[b]
          -> B20
        B17
          ScopeEnd[b]
          -> B22
        B18
          ResourceClose a
          -> B24 EXCEPTION IOException
          -> B19
        B19
          -> B24
        B20
          ResourceClose a
          -> B24 EXCEPTION IOException
          -> B21
        B21
          -> B24
        B22
          ResourceClose a
          -> B24 EXCEPTION IOException
          -> B23
        B23
          -> B24
        B24 EXCEPTIONAL_EXIT
        """, g);
    Block io = onlyBlockWith(g, "Invoke io");
    Block normal = io.successors().stream().filter(e -> !e.isExceptional())
        .findFirst().orElseThrow().target();
    assertEquals(List.of("ResourceClose b", "ScopeEnd[b]", "ResourceClose a", "ScopeEnd[a]"),
        normalLine(normal));
    assertSame(g.exit(), endOfNormalLine(normal));
    List<Edge> ex = io.successors().stream().filter(Edge::isExceptional).toList();
    assertEquals(3, ex.size());
    for (Edge e : ex) {
      assertEquals(List.of("ResourceClose b", "ScopeEnd[b]", "ResourceClose a"),
          normalLine(e.target()), e.toString());
      assertSame(g.exceptionalExit(), endOfNormalLine(e.target()));
    }
    // A close that throws is an exit, and the resources declared before it are still closed
    // (JLS 14.20.3): b's close throwing leads through a's close to the exceptional exit.
    Block closeB = normal;
    List<Edge> closeBEx = closeB.successors().stream().filter(Edge::isExceptional).toList();
    assertEquals(3, closeBEx.size());
    for (Edge e : closeBEx) {
      assertEquals(List.of("ScopeEnd[b]", "ResourceClose a"), normalLine(e.target()),
          e.toString());
      assertSame(g.exceptionalExit(), endOfNormalLine(e.target()));
    }
    // If opening b fails, only a is closed; if opening a fails, nothing is.
    Block openB = onlyBlockWith(g, "Declare a [RESOURCE]");
    for (Edge e : openB.successors()) {
      if (e.isExceptional()) {
        assertEquals(List.of("ResourceClose a"), normalLine(e.target()));
      }
    }
    Block openA = g.entry().successors().get(0).target();
    assertEquals(List.of("Declare p [PARAMETER]", "Invoke open"),
        openA.nodes().stream().map(GraphPrinter::node).toList());
    List<Edge> openAEx = openA.successors().stream().filter(Edge::isExceptional).toList();
    assertEquals(1, openAEx.size());
    assertSame(g.exceptionalExit(), openAEx.get(0).target());
  }

  /** The nodes from {@code from} along its single normal successor each time. */
  private static List<String> normalLine(Block from) {
    List<String> out = new ArrayList<>();
    for (Block b = from; b != null; b = nextNormal(b)) {
      b.nodes().forEach(n -> out.add(GraphPrinter.node(n)));
    }
    return out;
  }

  /** The block where {@link #normalLine} ends. */
  private static Block endOfNormalLine(Block from) {
    Block b = from;
    while (nextNormal(b) != null) {
      b = nextNormal(b);
    }
    return b;
  }

  private static Block nextNormal(Block b) {
    List<Edge> normal = b.successors().stream().filter(e -> !e.isExceptional()).toList();
    return normal.size() == 1 ? normal.get(0).target() : null;
  }

  @Test
  void throwGoesToTheExceptionalExit() {
    ControlFlowGraph g = graph("thrower");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare c [PARAMETER]
          Ref c
          -> B5 TRUE (c)
          -> B2 FALSE (c)
        B2
          -> B3
        B3
          Invoke use
          -> B4
        B4 EXIT
        B5
          New IllegalStateException
          Throw new IllegalStateException()
          -> B6 EXCEPTION IllegalStateException throw
        B6 EXCEPTIONAL_EXIT
        """, g);
    Block t = onlyBlockWith(g, "Throw new IllegalStateException()");
    assertEquals(1, t.successors().size());
    Edge e = t.successors().get(0);
    assertTrue(e.explicitThrow());
    assertSame(g.exceptionalExit(), e.target());
  }

  // ---------------------------------------------------------------- closures

  @Test
  void lambdaIsOneClosureNodeWithAGraphOfItsOwn() {
    ControlFlowGraph g = graph("lambda");
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare k [PARAMETER]
          Closure ()->{ Integer q = k + 1; return q; }
          Declare s
          Closure (x)->x + k
          Declare f
          Closure T::plain
          Declare r
          ScopeEnd[r, f, s]
          -> B2
        B2 EXIT
        """, g);
    assertEquals(3, g.blocks().size(), "entry, one block, exit: a closure does not branch");
    assertEquals(3, g.blocks().get(1).nodes().stream()
        .filter(n -> n instanceof Node.Closure).count());
    assertEquals(0, count(g, "Ref k"), "the captured k is not read where the lambda is made");

    ControlFlowGraph block = compiled.lambda("lambda", 0);
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Ref k
          Declare q
          Ref q
          Return q
          -> B2
        B2 EXIT
        """, block);
    assertTrue(block.body() instanceof com.sun.source.tree.LambdaExpressionTree);

    ControlFlowGraph expr = compiled.lambda("lambda", 1);
    assertGraph(
        """
        B0 ENTRY
          -> B1
        B1
          Declare x [PARAMETER]
          Ref x
          Ref k
          Return x + k
          -> B2
        B2 EXIT
        """, expr);
  }

  // ---------------------------------------------------------------- regressions

  /**
   * A catch parameter (and a try-with-resources variable) ends on the normal path even when
   * the try statement is in the outermost scope of a method without parameters: a jump to the
   * method's own frame is not a jump to its exit.
   */
  @Test
  void catchParameterEndsEvenAtTheOutermostScope() {
    assertEquals(1, count(graph("catchAtTop"), "ScopeEnd[e]"));
    assertEquals(1, count(graph("resourceAtTop"), "ScopeEnd[a]"));
  }

  /**
   * A local or parameter of a primitive type holds no reference, so neither an owned value nor
   * a borrow: it gets no node (no declaration, read, store or end of scope), only what its
   * values are computed from does. The other tests use boxed types to show the nodes of
   * variables.
   */
  @Test
  void aPrimitiveVariableHasNoNode() {
    assertEquals(List.of("Declare xs [PARAMETER]", "Return total", "Ref xs", "Invoke get",
            "Invoke length"),
        GraphPrinter.nodes(graph("primitives")));
  }

  /** {@code x += 1} reads x before it stores, as {@code x++} does. */
  @Test
  void compoundAssignmentReadsItsTarget() {
    assertEquals(List.of("Declare x [PARAMETER]", "Ref x", "Assign x"),
        GraphPrinter.nodes(graph("compound")));
  }
}
