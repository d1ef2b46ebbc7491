package dev.jborrow.processor.lower;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import dev.jborrow.processor.ir.Loan;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Tracking;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * Untracked locals that carry borrows though they are not checked themselves (an iterator, a
 * stream, a list of tasks), decorators over a borrow, and where a holder's value is taken on
 * its way to a new holder (the {@link Effect.Lend}s).
 */
final class Carriers {

  private final BodyContext body;
  private final Tracking tracking;
  private final ValueFlow flow;
  private final Roles roles;
  private final Permissions perms;
  private final LoanGathering loans;
  private final Closures closures;
  /** Locals of untracked types that may carry borrows (an iterator, a stream, a lambda). */
  private final Set<VariableElement> carriers = new HashSet<>();
  /**
   * Untracked locals holding a decorator over a borrow ({@code PrintWriter pw = new
   * PrintWriter(out)}): mutable borrows, though no annotation says so.
   */
  private final Set<VariableElement> wrapperCarriers = new HashSet<>();
  /** Where a holder's value is taken on its way to a new holder: the Lend effects there. */
  private final Map<Tree, List<Effect.Lend>> lendsAt = new IdentityHashMap<>();

  Carriers(BodyContext body, ValueFlow flow, Roles roles, LoanGathering loans,
      Closures closures) {
    this.body = body;
    this.tracking = body.tracking();
    this.flow = flow;
    this.roles = roles;
    this.perms = roles.permissions();
    this.loans = loans;
    this.closures = closures;
    findCarriers(flow.nodes());
    findLends(flow.nodes());
  }

  boolean isCarrier(Element v) {
    return carriers.contains(v);
  }

  boolean isWrapperCarrier(Element v) {
    return wrapperCarriers.contains(v);
  }

  /** The {@link Effect.Lend}s where a value is taken at {@code leaf}. */
  List<Effect.Lend> lendsAt(Tree leaf) {
    return lendsAt.getOrDefault(leaf, List.of());
  }

  /**
   * Untracked locals that receive a borrow: they are not checked themselves, but their reads
   * keep their borrows alive ({@code Iterator<Conn> it = conns.iterator()}).
   */
  private void findCarriers(List<Node> all) {
    for (Node n : all) {
      ValueFlow.LocalStore store = ValueFlow.localStore(n);
      if (store != null && !tracking.isTracked(store.target())
          && (!loans.consumed(n).isEmpty()
              || !holderCopies(store.value()).isEmpty())) {
        carriers.add(store.target());
      } else if (n instanceof Node.Invoke i && !keptLoans(i).isEmpty()) {
        carriers.add(keeper(i));
      }
      if (store != null && !tracking.isTracked(store.target())
          && flow.node(flow.strip(store.value())) instanceof Node.New nw
          && !roles.wrappedBorrows(nw).isEmpty()) {
        wrapperCarriers.add(store.target());
      }
    }
  }

  /** The values of holders taken on their way into a local (see {@link Effect.Lend}). */
  private void findLends(List<Node> all) {
    for (Node n : all) {
      ValueFlow.LocalStore store = ValueFlow.localStore(n);
      if (store != null) {
        for (Lent l : lents(store.value())) {
          lendsAt.computeIfAbsent(l.leaf(), k -> new ArrayList<>())
              .add(new Effect.Lend(l.holder(), n.tree(), l.leaf()));
        }
      }
    }
  }

  /** A holder whose value is taken at {@code leaf} of a bigger value. */
  private record Lent(Tree leaf, Holder holder) {}

  /**
   * Holders whose borrows {@code value} carries on, with where each is taken: a borrow copied
   * from another holder, or a borrowed result of a call on an untracked carrier ({@code
   * it.next()} borrows what {@code it} borrows).
   */
  private List<Lent> lents(ExpressionTree value) {
    List<Lent> lents = new ArrayList<>();
    for (Tree leaf : flow.leaves(value)) {
      Node n = flow.node(leaf);
      if (n instanceof Node.New nw && Consumers.isBorrowingConstructor(nw)) {
        // A borrowing class's value keeps what its arguments hold (a cursor moved into an
        // outer view); borrowed arguments are borrows of their own (LoanGathering).
        for (ExpressionTree arg : nw.tree().getArguments()) {
          lents.addAll(lents(arg));
        }
        continue;
      }
      if (n instanceof Node.Ref r && r.place().isRoot()
          && r.place().root() instanceof VariableElement source && Tracking.isLocal(source)
          && (roles.isBorrowHolder(source) || carriers.contains(source)
              || holdsLoans(source))) {
        lents.add(new Lent(leaf, Holder.of(source)));
      } else if (n instanceof Node.Invoke i) {
        Contract c = body.contracts().of(i.method());
        if (c.result() == Contract.Result.BORROWED) {
          for (int source : c.borrowSources()) {
            Place p = loans.sourcePlace(i, source);
            if (p != null && !perms.isFollowed(p) && p.root() instanceof VariableElement v
                && Tracking.isLocal(v)) {
              lents.add(new Lent(leaf, Holder.of(v)));
            }
          }
        }
      }
    }
    return lents;
  }

  /**
   * A tracked local whose value holds loans though it is owned: an instance of a borrowing
   * class (SPEC 3.8). Moved to another local, its loans go with it.
   */
  boolean holdsLoans(VariableElement v) {
    return tracking.isTracked(v) && Tracking.isBorrowingType(v.asType());
  }

  /** The holders {@code value} copies borrows from, wherever it takes them. */
  List<Holder> holderCopies(ExpressionTree value) {
    return lents(value).stream().map(Lent::holder).toList();
  }

  /**
   * The untracked local whose call takes ownership of an argument ({@code tasks.add(..)}, an
   * {@code @Owned} parameter): it keeps the value, so it keeps what the value borrows. Null
   * for any other call.
   */
  VariableElement keeper(Node.Invoke i) {
    return i.tree().getMethodSelect() instanceof MemberSelectTree m
        && flow.node(flow.strip(m.getExpression())) instanceof Node.Ref r && r.place().isRoot()
        && r.place().root() instanceof VariableElement v && Tracking.isLocal(v)
        && !tracking.isTracked(v) ? v : null;
  }

  /**
   * The loans of closures given to a keeper's {@code @Owned} parameters: they last while the
   * keeper does ({@code tasks.add(() -> c.send())} borrows {@code c} for as long as
   * {@code tasks} is used, as {@code v.push(Box::new(|| c.send()))} does in Rust).
   */
  List<Loan> keptLoans(Node.Invoke i) {
    List<Loan> taken = loans.consumed(i);
    if (taken.isEmpty() || keeper(i) == null) {
      return List.of();
    }
    Contract c = body.contracts().of(i.method());
    List<? extends ExpressionTree> args = i.tree().getArguments();
    Set<Tree> given = new HashSet<>();
    for (int k = 0; k < args.size(); k++) {
      if (c.param(k) == Contract.Param.OWNED) {
        for (Tree leaf : flow.leaves(args.get(k))) {
          if (closures.closureOf(flow.node(leaf)) != null) {
            given.add(leaf);
          }
        }
      }
    }
    List<Loan> kept = new ArrayList<>();
    for (Loan l : taken) {
      if (given.contains(l.at())) {
        kept.add(l);
      }
    }
    return kept;
  }
}
