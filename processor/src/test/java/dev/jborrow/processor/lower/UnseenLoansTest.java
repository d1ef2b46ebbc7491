package dev.jborrow.processor.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.CfgTesting;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import dev.jborrow.processor.ir.Loan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.VariableElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which loans the lowering takes out as unseen, on the nodes of {@code f(c, d)} (a {@code Ref c},
 * a {@code Ref d}, the {@code Invoke}) with effects written here as the emitter would: a loan is
 * taken out only where nothing between its start and its end asks for the loans in scope.
 */
class UnseenLoansTest {

  private static Node refC;
  private static Node refD;
  private static Node call;
  private static List<Node> nodes;

  @BeforeAll
  static void graph() {
    ControlFlowGraph g = CfgTesting.compile("""
        class T {
          static int f(Object a, Object b) { return 0; }
          void m(Object c, Object d) { f(c, d); }
        }
        """).method("m");
    for (Block b : g.blocks()) {
      for (Node n : b.nodes()) {
        if (n instanceof Node.Invoke) {
          nodes = b.nodes();
          call = n;
        }
      }
    }
    refC = nodes.get(nodes.indexOf(call) - 2);
    refD = nodes.get(nodes.indexOf(call) - 1);
  }

  private static Loan loan(int id, Node ref, boolean twoPhase) {
    return new Loan(id, ((Node.Ref) ref).place(), twoPhase, twoPhase, ref.tree(), call);
  }

  private static Effect.Use use(Node ref) {
    return new Effect.Use(((Node.Ref) ref).place(), ref.tree(), Effect.Access.BORROW);
  }

  /** The effects of every node of the block: those given, and none for the others. */
  private static List<List<Effect>> effects(List<Effect> ofC, List<Effect> ofD,
      List<Effect> ofCall) {
    List<List<Effect>> all = new ArrayList<>();
    for (Node n : nodes) {
      all.add(n == refC ? ofC : n == refD ? ofD : n == call ? ofCall : List.of());
    }
    return all;
  }

  private static List<Effect> of(List<List<Effect>> effects, Node n) {
    return effects.get(nodes.indexOf(n));
  }

  @Test
  void aLoanEndingAtTheNextNodeIsTakenOut() {
    Loan d = loan(0, refD, false);
    List<List<Effect>> effects = effects(List.of(), List.of(use(refD), new Effect.Borrow(d)),
        List.of(new Effect.EndLoans(List.of(d), call.tree())));
    UnseenLoans.elide(nodes, effects, Set.of());
    assertEquals(List.of(use(refD)), of(effects, refD));
    assertEquals(List.of(), of(effects, call));
  }

  @Test
  void aLoanInScopeAtAnotherAccessStays() {
    // The first argument's loan is in scope where the second is borrowed: E0502 there in
    // `f(&mut c, &c)`.
    Loan c = loan(0, refC, false);
    Loan d = loan(1, refD, false);
    List<List<Effect>> effects = effects(List.of(use(refC), new Effect.Borrow(c)),
        List.of(use(refD), new Effect.Borrow(d)),
        List.of(new Effect.EndLoans(List.of(c, d), call.tree())));
    UnseenLoans.elide(nodes, effects, Set.of());
    assertEquals(List.of(use(refC), new Effect.Borrow(c)), of(effects, refC));
    assertEquals(List.of(use(refD)), of(effects, refD));
    assertEquals(List.of(new Effect.EndLoans(List.of(c), call.tree())), of(effects, call));
  }

  @Test
  void aTwoPhaseLoanStays() {
    // Its activation at the call is an access, which the other loans in scope are checked by.
    Loan d = loan(0, refD, true);
    List<Effect> ofD = List.of(use(refD), new Effect.Borrow(d));
    List<Effect> ofCall = List.of(new Effect.Activate(d, call.tree()),
        new Effect.EndLoans(List.of(d), call.tree()));
    List<List<Effect>> effects = effects(List.of(), ofD, ofCall);
    UnseenLoans.elide(nodes, effects, Set.of());
    assertEquals(ofD, of(effects, refD));
    assertEquals(ofCall, of(effects, call));
  }

  @Test
  void aLoanHandedToAHolderStays() {
    Loan d = loan(0, refD, false);
    Holder holder = Holder.of((VariableElement) ((Node.Ref) refC).place().root());
    List<Effect> ofD = List.of(use(refD), new Effect.Borrow(d));
    List<Effect> ofCall = List.of(new Effect.Hold(holder, List.of(d), List.of(), call.tree()));
    List<List<Effect>> effects = effects(List.of(), ofD, ofCall);
    UnseenLoans.elide(nodes, effects, Set.of());
    assertEquals(ofD, of(effects, refD));
    assertEquals(ofCall, of(effects, call));
  }

  @Test
  void theEndOfLoansAHolderLendsToTheCallStays() {
    // It also takes back what a holder lent to the call: emptied, it is still there.
    Loan d = loan(0, refD, false);
    List<List<Effect>> effects = effects(List.of(), List.of(use(refD), new Effect.Borrow(d)),
        List.of(new Effect.EndLoans(List.of(d), call.tree())));
    UnseenLoans.elide(nodes, effects, Set.of(call.tree()));
    assertEquals(List.of(use(refD)), of(effects, refD));
    assertEquals(List.of(new Effect.EndLoans(List.of(), call.tree())), of(effects, call));
  }
}
