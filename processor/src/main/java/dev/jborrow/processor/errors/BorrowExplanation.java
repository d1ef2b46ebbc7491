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
  private final Map<Node, Block> blockOf = new HashMap<>();
  private final Map<Node, Integer> indexOf = new HashMap<>();
  private final Map<Loan, Set<Holder>> holders = new HashMap<>();

  public BorrowExplanation(BodyEffects body) {
    this.body = body;
    for (Block b : body.graph().blocks()) {
      List<Node> nodes = b.nodes();
      for (int i = 0; i < nodes.size(); i++) {
        blockOf.put(nodes.get(i), b);
        indexOf.put(nodes.get(i), i);
        for (Effect e : body.of(nodes.get(i))) {
          if (e instanceof Effect.Hold h) {
            for (Loan l : h.loans()) {
              holders.computeIfAbsent(l, k -> new HashSet<>()).add(h.holder());
            }
          }
        }
      }
    }
    // Copies of a holder carry its loans too: those a Hold names, and those lent to it.
    Map<Tree, Set<Holder>> lentTo = new HashMap<>();
    for (List<Effect> es : body.effects().values()) {
      for (Effect e : es) {
        if (e instanceof Effect.Lend l) {
          lentTo.computeIfAbsent(l.consumer(), k -> new HashSet<>()).add(l.holder());
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (List<Effect> es : body.effects().values()) {
        for (Effect e : es) {
          if (e instanceof Effect.Hold h) {
            Set<Holder> sources = new HashSet<>(h.copies());
            sources.addAll(lentTo.getOrDefault(h.at(), Set.of()));
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
    Block start = blockOf.get(from);
    if (start == null) {
      return null;
    }
    Deque<Block> work = new ArrayDeque<>();
    Set<Block> seen = new HashSet<>();
    Tree found = scan(start, indexOf.get(from), hs);
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

  private static boolean reads(Effect e, Set<Holder> holders) {
    Place p = null;
    if (e instanceof Effect.Use u) {
      p = u.place();
    } else if (e instanceof Effect.Move m) {
      p = m.place();
    } else if (e instanceof Effect.Keep k) {
      return holders.contains(k.holder());
    } else if (e instanceof Effect.ReturnBorrow r) {
      for (Place q : r.places()) {
        if (isHeld(q, holders)) {
          return true;
        }
      }
    }
    return p != null && isHeld(p, holders);
  }

  private static boolean isHeld(Place p, Set<Holder> holders) {
    return p.root() instanceof VariableElement v && holders.contains(Holder.of(v));
  }
}
