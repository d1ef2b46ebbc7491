package dev.jborrow.processor.lower;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.ir.Loan;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Tracking;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * The loans each node starts (rustc's {@code BorrowSet}, built once): borrows of places by
 * their consumers, results of {@code @Borrowed} calls, pattern bindings and closures. Each is
 * recorded under the node that consumes its value.
 */
final class LoanGathering {

  private final BodyContext body;
  private final Tracking tracking;
  private final ValueFlow flow;
  private final Roles roles;
  private final Permissions perms;
  private final Consumers consumers;
  private final Closures closures;
  /** By node index, the loans each node starts; null where it starts none. */
  private final List<Loan>[] created;
  /** By node index, the loans whose value each node takes; null where it takes none. */
  private final List<Loan>[] consumed;
  private int nextLoan;

  LoanGathering(BodyContext body, ValueFlow flow, Roles roles, Consumers consumers,
      Closures closures) {
    this.body = body;
    this.tracking = body.tracking();
    this.flow = flow;
    this.roles = roles;
    this.perms = roles.permissions();
    this.consumers = consumers;
    this.closures = closures;
    this.created = byNode(flow.nodeCount());
    this.consumed = byNode(flow.nodeCount());
    for (Node n : flow.nodes()) {
      createLoans(n);
    }
  }

  /** The loans {@code n} starts. */
  List<Loan> created(Node n) {
    List<Loan> loans = created[n.index()];
    return loans != null ? loans : List.of();
  }

  boolean hasCreated(Node n) {
    return created[n.index()] != null;
  }

  /** The loans whose value {@code n} takes. */
  List<Loan> consumed(Node n) {
    List<Loan> loans = consumed[n.index()];
    return loans != null ? loans : List.of();
  }

  /** The loans each node starts, recorded under the node that consumes their value. */
  private void createLoans(Node n) {
    List<Loan> loans = List.of(); // most nodes start no loan: a list is made at the first
    if (n instanceof Node.Ref r && perms.isFollowed(r.place())) {
      Take c = consumers.take(r.tree());
      if ((c == Take.BORROW || c == Take.MUT_BORROW || c == Take.RESERVE)
          && perms.holdsTrackedValue(r.place())) {
        // A mutable borrow of what is only lent shared is E0596 (EffectEmitter); as a loan it
        // is a shared one, so that the mistake is not also a conflict.
        boolean mutable = c != Take.BORROW && !perms.isSharedRoot(r.place());
        loans = with(loans, loan(r.place(), mutable, mutable && c == Take.RESERVE, r.tree(),
            consumers.consumerOf(n)));
      }
    } else if (n instanceof Node.Invoke i) {
      Contract c = body.contracts().of(i.method());
      if (body.resultBorrows(i)) {
        for (int source : c.borrowSources()) {
          Place p = sourcePlace(i, source);
          if (p != null && perms.isFollowed(p)) {
            // Tied to a @Mut input, the result keeps it mutably borrowed whatever its own
            // mutability, as rustc keeps `&'a mut` borrowed for 'a (SPEC 3.8).
            boolean mutable = source == Contract.THIS ? c.receiver() == Contract.Receiver.MUT
                : c.param(source) == Contract.Param.MUT && !perms.isSharedRoot(p);
            loans = with(loans, loan(p, mutable, false, sourceTree(i, source),
                consumers.consumerOf(n)));
          }
        }
      }
    } else if (n instanceof Node.Declare d && d.kind() == Node.DeclKind.BINDING
        && roles.isBorrowHolder(d.variable()) && d.source() != null
        && flow.node(flow.strip(d.source())) instanceof Node.Ref r && perms.isFollowed(r.place())) {
      // `x instanceof Sub s` (or a case of a switch on x): s borrows x where it matched.
      loans = with(loans,
          loan(r.place(), roles.isMutableHolder(d.variable()), false, d.tree(), n));
    } else if (closures.closureOf(n) != null && !consumers.isSpawned(n.tree())) {
      Tree closure = closures.closureOf(n);
      for (Captures.Capture c : body.captures().places(closure)) {
        if (c.place().root() instanceof VariableElement v && body.isTracked(v)) {
          // Mutating what is only lent shared is E0596 alone (EffectEmitter), as for a Ref.
          loans = with(loans, loan(c.place(), c.mutable() && !perms.isSharedRoot(c.place()),
              false, n.tree(), consumers.consumerOf(n)));
        }
      }
      Element self = closures.enclosingClass();
      Node consumer = consumers.consumerOf(n);
      // Kept in a field of `this`, or handed to a method of `this` (`on("click", e -> ..)`).
      boolean storedInThis = consumer instanceof Node.Assign a && a.place() != null
          && a.place().isThis() || consumer instanceof Node.Invoke i && flow.onThis(i);
      if (self != null && tracking.isTrackedThis(self) && !storedInThis) {
        // A closure that uses `this` borrows what it uses of it (rustc's closures capture
        // places); one kept in a field of `this` lives with it and borrows nothing.
        Captures.ThisUse use = body.captures().thisUse(closure);
        if (use.whole()) {
          boolean mutably = (use.wholeMutably() || !use.written().isEmpty())
              && !perms.isSharedRoot(Place.of(self));
          loans = with(loans, loan(Place.of(self), mutably, false, n.tree(), consumer));
        } else {
          for (VariableElement f : use.read()) {
            loans = with(loans, loan(Place.of(self).field(f), false, false, n.tree(), consumer));
          }
          for (VariableElement f : use.written()) {
            Place p = Place.of(self).field(f);
            loans = with(loans, loan(p, !perms.isSharedRoot(p), false, n.tree(), consumer));
          }
        }
      }
    }
    if (!loans.isEmpty()) {
      created[n.index()] = loans;
      for (Loan l : loans) {
        if (l.consumer() != null) { // a loan nobody takes ends where it starts
          List<Loan> taken = consumed[l.consumer().index()];
          if (taken == null) {
            taken = new ArrayList<>(2); // a value takes one loan or two, as a rule
            consumed[l.consumer().index()] = taken;
          }
          taken.add(l);
        }
      }
    }
  }

  /**
   * {@code loans} with {@code l} added: a list that starts as the shared empty one and is made,
   * small, at its first loan, since most nodes start or end none.
   */
  static List<Loan> with(List<Loan> loans, Loan l) {
    List<Loan> grown = loans.isEmpty() ? new ArrayList<>(2) : loans;
    grown.add(l);
    return grown;
  }

  @SuppressWarnings("unchecked") // an array of a generic type is made raw
  private static List<Loan>[] byNode(int size) {
    return (List<Loan>[]) new List<?>[size];
  }

  private Loan loan(Place place, boolean mutable, boolean twoPhase, Tree at, Node consumer) {
    return new Loan(nextLoan++, place, mutable, twoPhase, at, consumer);
  }

  /** The expression a {@code @Borrowed} call borrows from, where rustc labels the borrow. */
  private Tree sourceTree(Node.Invoke i, int source) {
    if (source == Contract.THIS) {
      return i.tree().getMethodSelect() instanceof MemberSelectTree m ? m.getExpression()
          : i.tree();
    }
    return source < i.tree().getArguments().size() ? i.tree().getArguments().get(source)
        : i.tree();
  }

  /** The place a {@code @Borrowed} call's result borrows from: its receiver or an argument. */
  Place sourcePlace(Node.Invoke i, int source) {
    Tree t;
    if (source == Contract.THIS) {
      ExpressionTree select = i.tree().getMethodSelect();
      t = select instanceof MemberSelectTree m ? m.getExpression() : select;
    } else if (source < i.tree().getArguments().size()) {
      t = i.tree().getArguments().get(source);
    } else {
      return null;
    }
    return flow.node(flow.strip((ExpressionTree) t)) instanceof Node.Ref r ? r.place() : null;
  }
}
