package dev.jborrow.processor.errors;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import dev.jborrow.processor.ir.Loan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * Explains why a loan is still in scope: where it is used later (rustc's {@code explain_borrow},
 * "borrow later used here"). A temporary is used by the call that consumes it; a held loan by
 * the next read of a holder that carries it, found by walking forward from the conflict.
 */
public final class BorrowExplanation {

  private final BodyEffects body;
  /** Where each node is, by its index: its block and its position in the block. */
  private final Block[] blockOf;
  private final int[] positionOf;
  private final Map<Loan, Set<Holder>> holders = new HashMap<>();

  public BorrowExplanation(BodyEffects body) {
    this.body = body;
    blockOf = new Block[body.graph().nodeCount()];
    positionOf = new int[blockOf.length];
    Gather gather = new Gather();
    for (Block b : body.graph().blocks()) {
      List<Node> nodes = b.nodes();
      for (int i = 0; i < nodes.size(); i++) {
        blockOf[nodes.get(i).index()] = b;
        positionOf[nodes.get(i).index()] = i;
        for (Effect e : body.of(nodes.get(i))) {
          e.accept(gather, null);
        }
      }
    }
    // Copies of a holder carry its loans too: those a Hold names, and those lent to it.
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Effect.Hold h : gather.holds) {
        Set<Holder> sources = new HashSet<>(h.copies());
        sources.addAll(gather.lentTo.getOrDefault(h.at(), Set.of()));
        for (Loan l : h.loans()) {
          // A borrow of a holder (`new Outer(cursor)`) keeps what the holder borrows alive,
          // as the loan analysis carries it.
          if (l.place().root() instanceof VariableElement via) {
            sources.add(Holder.of(via));
          }
        }
        for (Set<Holder> carriers : holders.values()) {
          for (Holder c : sources) {
            if (carriers.contains(c)) {
              changed |= carriers.add(h.holder());
            }
          }
        }
      }
    }
  }

  /** The holders of each loan, and what is lent to each consumer: only holds and lends count. */
  private final class Gather implements Effect.Visitor<Void> {
    private final List<Effect.Hold> holds = new ArrayList<>();
    private final Map<Tree, Set<Holder>> lentTo = new HashMap<>();

    @Override
    public void visitUse(Effect.Use e, Void unused) {
      // carries no loan to a holder
    }

    @Override
    public void visitBorrow(Effect.Borrow e, Void unused) {
      // carries no loan to a holder
    }

    @Override
    public void visitActivate(Effect.Activate e, Void unused) {
      // carries no loan to a holder
    }

    @Override
    public void visitEndLoans(Effect.EndLoans e, Void unused) {
      // carries no loan to a holder
    }

    @Override
    public void visitHold(Effect.Hold e, Void unused) {
      holds.add(e);
      for (Loan l : e.loans()) {
        holders.computeIfAbsent(l, x -> new HashSet<>()).add(e.holder());
      }
    }

    @Override
    public void visitLend(Effect.Lend e, Void unused) {
      lentTo.computeIfAbsent(e.consumer(), x -> new HashSet<>()).add(e.holder());
    }

    @Override
    public void visitKeep(Effect.Keep e, Void unused) {
      // carries no loan to a holder
    }

    @Override
    public void visitReturnBorrow(Effect.ReturnBorrow e, Void unused) {
      // carries no loan to a holder
    }

    @Override
    public void visitMove(Effect.Move e, Void unused) {
      // carries no loan to a holder
    }

    @Override
    public void visitIllegalMove(Effect.IllegalMove e, Void unused) {
      // carries no loan to a holder
    }

    @Override
    public void visitIllegalMutation(Effect.IllegalMutation e, Void unused) {
      // carries no loan to a holder
    }

    @Override
    public void visitSpawnCapture(Effect.SpawnCapture e, Void unused) {
      // carries no loan to a holder
    }

    @Override
    public void visitEscape(Effect.Escape e, Void unused) {
      // carries no loan to a holder
    }

    @Override
    public void visitCarryOut(Effect.CarryOut e, Void unused) {
      // carries loans out of the body: no holder to number, nothing read here
    }

    @Override
    public void visitLeak(Effect.Leak e, Void unused) {
      // carries no loan to a holder
    }

    @Override
    public void visitObligation(Effect.Obligation e, Void unused) {
      // an obligation is the leak checks' alone
    }

    @Override
    public void visitInit(Effect.Init e, Void unused) {
      // carries no loan to a holder
    }

    @Override
    public void visitDrop(Effect.Drop e, Void unused) {
      // carries no loan to a holder
    }
  }

  /** The tree where {@code loan} is used after {@code from}, or null if none is found. */
  public Tree laterUse(Loan loan, Node from) {
    if (loan.consumer() instanceof Node.LoopIterator it) {
      return it.tree().getExpression(); // the next iteration asks the loop's iterator again
    }
    Set<Holder> hs = holders.getOrDefault(loan, Set.of());
    if (hs.isEmpty()) {
      return loan.consumer() == null ? null : loan.consumer().tree();
    }
    Block start = blockOf[from.index()];
    if (start == null) {
      return null;
    }
    Deque<Block> work = new ArrayDeque<>();
    Set<Block> seen = new HashSet<>();
    Tree found = scan(start, positionOf[from.index()], hs);
    if (found != null) {
      return found;
    }
    for (Edge e : start.successors()) {
      work.add(e.target());
    }
    while (!work.isEmpty()) {
      Block b = work.poll();
      if (!seen.add(b)) {
        continue;
      }
      found = scan(b, 0, hs);
      if (found != null) {
        return found;
      }
      for (Edge e : b.successors()) {
        work.add(e.target());
      }
    }
    return null;
  }

  private Tree scan(Block b, int fromIndex, Set<Holder> holders) {
    List<Node> nodes = b.nodes();
    for (int i = fromIndex; i < nodes.size(); i++) {
      for (Effect e : body.of(nodes.get(i))) {
        if (reads(e, holders)) {
          return e.at() != null ? e.at() : nodes.get(i).tree();
        }
      }
    }
    return null;
  }

  /** Whether an effect uses the value of one of the holders: a read, a move, a call, a return. */
  private static boolean reads(Effect e, Set<Holder> holders) {
    return e.match(new Effect.Cases<>() {
      @Override
      public Boolean use(Effect.Use e) {
        return isHeld(e.place(), holders);
      }

      @Override
      public Boolean borrow(Effect.Borrow e) {
        return false;
      }

      @Override
      public Boolean activate(Effect.Activate e) {
        return false;
      }

      @Override
      public Boolean endLoans(Effect.EndLoans e) {
        return false;
      }

      @Override
      public Boolean hold(Effect.Hold e) {
        return false;
      }

      @Override
      public Boolean lend(Effect.Lend e) {
        return false;
      }

      @Override
      public Boolean keep(Effect.Keep e) {
        return holders.contains(e.holder());
      }

      @Override
      public Boolean returnBorrow(Effect.ReturnBorrow e) {
        for (Place q : e.places()) {
        if (isHeld(q, holders)) {
          return true;
        }
      }
      return false;
      }

      @Override
      public Boolean move(Effect.Move e) {
        return isHeld(e.place(), holders);
      }

      @Override
      public Boolean illegalMove(Effect.IllegalMove e) {
        return false;
      }

      @Override
      public Boolean illegalMutation(Effect.IllegalMutation e) {
        return false;
      }

      @Override
      public Boolean spawnCapture(Effect.SpawnCapture e) {
        return false;
      }

      @Override
      public Boolean escape(Effect.Escape e) {
        return false;
      }

      @Override
      public Boolean carryOut(Effect.CarryOut e) {
        return false;
      }

      @Override
      public Boolean leak(Effect.Leak e) {
        return false;
      }

      @Override
      public Boolean obligation(Effect.Obligation e) {
        return false; // an obligation is the leak checks' alone
      }

      @Override
      public Boolean init(Effect.Init e) {
        return false;
      }

      @Override
      public Boolean drop(Effect.Drop e) {
        return false;
      }
    });
  }

  private static boolean isHeld(Place p, Set<Holder> holders) {
    return p.root() instanceof VariableElement v && holders.contains(Holder.of(v));
  }
}
