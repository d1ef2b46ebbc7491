package dev.jborrow.processor.lower;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import dev.jborrow.processor.ir.Loan;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Tracking;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.Collections;
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
  /** Locals holding borrows of parameters the checker does not follow. */
  private final LentSources lent;
  /**
   * Where a holder's value is taken on its way to a new holder: the Lend effects there. Few
   * or none in a body, and an identity map makes its table when it is made: it starts small.
   */
  private final Map<Tree, List<Effect.Lend>> lendsAt = new IdentityHashMap<>(4);

  Carriers(BodyContext body, ValueFlow flow, Roles roles, LoanGathering loans,
      Closures closures, LentSources lent) {
    this.body = body;
    this.tracking = body.tracking();
    this.flow = flow;
    this.roles = roles;
    this.perms = roles.permissions();
    this.loans = loans;
    this.closures = closures;
    this.lent = lent;
    findCarriers(flow.nodes());
    findLends(flow.nodes());
  }

  boolean isCarrier(Element v) {
    return carriers.contains(v);
  }

  /** The parameter the checker does not follow whose borrows {@code value} holds, or null. */
  VariableElement lentSource(ExpressionTree value) {
    return lent.of(value);
  }

  boolean isWrapperCarrier(Element v) {
    return wrapperCarriers.contains(v);
  }

  /** The {@link Effect.Lend}s where a value is taken at {@code leaf}. */
  List<Effect.Lend> lendsAt(Tree leaf) {
    // Not getOrDefault: IdentityHashMap inherits Map's, which looks a missing tree up twice.
    List<Effect.Lend> lends = lendsAt.isEmpty() ? null : lendsAt.get(leaf);
    return lends != null ? lends : List.of();
  }

  /**
   * Untracked locals that receive a borrow: they are not checked themselves, but their reads
   * keep their borrows alive ({@code Iterator<Conn> it = conns.iterator()}).
   */
  private void findCarriers(List<Node> all) {
    for (VariableElement v : lent.holders()) {
      if (!body.isTracked(v)) {
        carriers.add(v); // no loan to carry, but where it goes matters (E0521)
      }
    }
    for (Node n : all) {
      ValueFlow.LocalStore store = flow.store(n);
      if (store != null && !body.isTracked(store.target())
          && (!loans.consumed(n).isEmpty()
              || !holderCopies(store.value()).isEmpty())) {
        carriers.add(store.target());
      } else if (n instanceof Node.Invoke i
          && (!keptLoans(i).isEmpty() || !keptCopies(i).isEmpty())) {
        carriers.add(keeper(i));
      } else if (n instanceof Node.Assign a && a.place() == null && a.value() != null
          && roles.localArray(a.target()) != null
          && (!loans.consumed(n).isEmpty() || !holderCopies(a.value()).isEmpty())) {
        carriers.add(roles.localArray(a.target()));
      }
      if (store != null && !body.isTracked(store.target())
          && flow.node(flow.strip(store.value())) instanceof Node.New nw
          && !roles.wrappedBorrows(nw).isEmpty()) {
        wrapperCarriers.add(store.target());
      }
    }
  }

  /**
   * The values of holders taken on their way into a local (see {@link Effect.Lend}), or into a
   * call through one arm of {@code ?:} ({@code b.merge(c ? a : w)}): on the path of the other
   * arm the holder need not live until the call.
   */
  private void findLends(List<Node> all) {
    for (Node n : all) {
      ValueFlow.LocalStore store = flow.store(n);
      if (store != null) {
        lend(store.value(), n);
      } else if (n instanceof Node.Invoke i && !loans.consumed(n).isEmpty()
          && body.contracts().of(i.method()).result() != Contract.Result.BORROWED) {
        // The call ends what it consumes (EndLoans), what is lent to it among them; a call
        // whose result borrows hands its arguments' borrows on, and keeps them (Keep).
        for (ExpressionTree arg : i.tree().getArguments()) {
          if (flow.leaves(arg).size() > 1) {
            lend(arg, n);
          }
        }
      } else if (n instanceof Node.Return r && r.expression() != null && body.returnsBorrow()
          && flow.leaves(r.expression()).size() > 1) {
        // `return c ? w : hq.s`: a holder returned on one arm need not live on the other's
        // path (NLL keeps it live there, problem case #3; Polonius does not).
        lend(r.expression(), n);
      }
    }
  }

  private void lend(ExpressionTree value, Node consumer) {
    for (Lent l : lents(value)) {
      lendsAt.computeIfAbsent(l.leaf(), k -> new ArrayList<>())
          .add(new Effect.Lend(l.holder(), consumer.tree(), l.leaf()));
    }
  }

  /** Whether the value taken at {@code leaf} is lent to the call at {@code call}. */
  boolean isLentTo(Tree leaf, Tree call) {
    for (Effect.Lend l : lendsAt(leaf)) {
      if (l.consumer() == call) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the value taken at {@code leaf}, an arm of a conditional argument of {@code call},
   * travels on to a new holder ({@code V v = new V(c ? q : w)}, {@code r = pick(c ? q : w)}): its
   * borrows are carried from the leaf on that arm's path only, so the holder that gave them need
   * not live until the call.
   */
  boolean isCarriedThrough(Tree leaf, ExpressionTree arg) {
    return !lendsAt(leaf).isEmpty() && flow.leaves(arg).size() > 1; // no lend: most leaves
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
      if (leaf instanceof NewArrayTree na && na.getInitializers() != null) {
        for (ExpressionTree element : na.getInitializers()) {
          lents.addAll(lents(element)); // `Buf[] pair = {r, s}` keeps what r and s borrow
        }
        continue;
      }
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
        if (body.resultBorrows(i)) {
          for (int source : c.borrowSources()) {
            Place p = loans.sourcePlace(i, source);
            if (p != null && !perms.isFollowed(p) && p.root() instanceof VariableElement v
                && Tracking.isLocal(v)) {
              lents.add(new Lent(leaf, Holder.of(v)));
            } else if (source >= 0 && source < i.tree().getArguments().size()
                && flow.leaves(i.tree().getArguments().get(source)).size() > 1) {
              // `pick(c ? q : w)`: the result reborrows what the arm taken holds
              lents.addAll(lents(i.tree().getArguments().get(source)));
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
    return body.isTracked(v) && Tracking.isBorrowingType(v.asType());
  }

  /** The holders {@code value} copies borrows from, wherever it takes them. */
  List<Holder> holderCopies(ExpressionTree value) {
    return lents(value).stream().map(Lent::holder).toList();
  }

  VariableElement keeper(Node.Invoke i) {
    return roles.keeper(i);
  }

  /**
   * The loans taken in what a keeper's {@code @Owned} parameters receive: they last while the
   * keeper does ({@code tasks.add(() -> c.send())} borrows {@code c} for as long as
   * {@code tasks} is used, as {@code v.push(Box::new(|| c.send()))} does in Rust, and
   * {@code refs.add(p)} of a borrowed parameter as {@code refs.push(p)} does).
   */
  List<Loan> keptLoans(Node.Invoke i) {
    List<Loan> taken = loans.consumed(i);
    if (taken.isEmpty() || keeper(i) == null) {
      return List.of();
    }
    Set<Tree> given = Collections.newSetFromMap(new IdentityHashMap<>());
    for (ExpressionTree arg : ownedArguments(i)) {
      new TreeScanner<Void, Void>() {
        @Override
        public Void scan(Tree t, Void unused) {
          if (t != null) {
            given.add(t);
          }
          return super.scan(t, unused);
        }
      }.scan(arg, null);
    }
    List<Loan> kept = new ArrayList<>();
    for (Loan l : taken) {
      if (given.contains(l.at())) {
        kept.add(l);
      }
    }
    return kept;
  }

  /**
   * The holders whose borrows a local keeper takes with the values its {@code @Owned}
   * parameters receive ({@code dead.add(s)} copies what {@code s} borrows, as
   * {@code dead.push(s)} copies a {@code &Session}).
   */
  List<Holder> keptCopies(Node.Invoke i) {
    if (roles.localKeeper(i) == null) {
      return List.of();
    }
    List<Holder> copies = new ArrayList<>();
    for (ExpressionTree arg : ownedArguments(i)) {
      for (Lent l : lents(arg)) {
        // `dead.add(e.getKey())` of a String key keeps nothing borrowed
        if (!(flow.node(l.leaf()) instanceof Node.Invoke call)
            || tracking.mayHoldTracked(call.type())) {
          copies.add(l.holder());
        }
      }
    }
    return copies;
  }

  private List<ExpressionTree> ownedArguments(Node.Invoke i) {
    Contract c = body.contracts().of(i.method());
    List<? extends ExpressionTree> args = i.tree().getArguments();
    List<ExpressionTree> owned = new ArrayList<>();
    for (int k = 0; k < args.size(); k++) {
      if (c.param(k) == Contract.Param.OWNED) {
        owned.add(args.get(k));
      }
    }
    return owned;
  }
}
