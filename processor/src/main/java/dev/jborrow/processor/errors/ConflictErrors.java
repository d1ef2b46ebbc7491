package dev.jborrow.processor.errors;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.Diagnostic;
import dev.jborrow.processor.ir.Loan;
import javax.lang.model.element.VariableElement;

/**
 * The wording of conflicts between an access and a loan in scope: E0499, E0502, E0503, E0505,
 * E0506, E0597. Each names the loan where it was taken and where it is used later.
 */
public final class ConflictErrors {

  private final Spans body;

  public ConflictErrors(Spans body) {
    this.body = body;
  }

  public Diagnostic mutableWhileShared(Place p, Tree at, Loan shared, Tree later) {
    Diagnostic.Builder d = Diagnostic.of(Code.E0502, "cannot borrow `" + p.display()
            + "` as mutable because it is also borrowed as immutable", body.span(at))
        .primaryLabel("mutable borrow occurs here")
        .label(body.span(shared.at()), "immutable borrow occurs here")
        .label(body.span(later), "immutable borrow later used here");
    if (shared.consumer() instanceof Node.LoopIterator) {
      return d.note("the for loop borrows `" + shared.place().display() + "` for its whole "
              + "duration: changing it under the loop would throw "
              + "ConcurrentModificationException at run time")
          .help("remove with `" + shared.place().display() + ".removeIf(...)`, or with the "
              + "iterator's own `remove()`, or collect the changes and apply them after the loop")
          .build();
    }
    return d.help(endBorrowHelp(shared)).build();
  }

  public Diagnostic sharedWhileMutable(Place p, Tree at, Loan mutable, Tree later) {
    return Diagnostic.of(Code.E0502, "cannot borrow `" + p.display()
            + "` as immutable because it is also borrowed as mutable", body.span(at))
        .primaryLabel("immutable borrow occurs here")
        .label(body.span(mutable.at()), "mutable borrow occurs here")
        .label(body.span(later), "mutable borrow later used here")
        .help(endBorrowHelp(mutable))
        .build();
  }

  public Diagnostic twoMutable(Place p, Tree at, Loan first, Tree later) {
    return Diagnostic.of(Code.E0499, "cannot borrow `" + p.display()
            + "` as mutable more than once at a time", body.span(at))
        .primaryLabel("second mutable borrow occurs here")
        .label(body.span(first.at()), "first mutable borrow occurs here")
        .label(body.span(later), "first borrow later used here")
        .help(endBorrowHelp(first))
        .build();
  }

  public Diagnostic useWhileMutablyBorrowed(Place p, Tree at, Loan mutable, Tree later) {
    return Diagnostic.of(Code.E0503, "cannot use `" + p.display()
            + "` because it was mutably borrowed", body.span(at))
        .primaryLabel("use of borrowed `" + mutable.place().display() + "`")
        .label(body.span(mutable.at()), "`" + mutable.place().display() + "` is borrowed here")
        .label(body.span(later), "borrow later used here")
        .build();
  }

  public Diagnostic moveWhileBorrowed(Place p, Tree at, Loan loan, Tree later) {
    return Diagnostic.of(Code.E0505, "cannot move out of `" + p.display()
            + "` because it is borrowed", body.span(at))
        .primaryLabel("move out of `" + p.display() + "` occurs here")
        .label(body.span(loan.at()), "borrow of `" + loan.place().display() + "` occurs here")
        .label(body.span(later), "borrow later used here")
        .help("finish using the borrow before the move, or move a copy")
        .build();
  }

  public Diagnostic assignWhileBorrowed(Place p, Tree at, Loan loan, Tree later) {
    return Diagnostic.of(Code.E0506, "cannot assign to `" + p.display()
            + "` because it is borrowed", body.span(at))
        .primaryLabel("`" + p.display() + "` is assigned to here but it was already borrowed")
        .label(body.span(loan.at()), "`" + loan.place().display() + "` is borrowed here")
        .label(body.span(later), "borrow later used here")
        .build();
  }

  public Diagnostic droppedWhileBorrowed(VariableElement v, Tree dropAt, Loan loan, Tree later) {
    String name = v.getSimpleName().toString();
    return Diagnostic.of(Code.E0597, "`" + name + "` does not live long enough",
            body.span(loan.at()))
        .primaryLabel("borrowed value does not live long enough")
        .label(dropAt == null ? null : body.endOf(dropAt),
            "`" + name + "` dropped here while still borrowed")
        .label(body.span(later), "borrow later used here")
        .help("declare `" + name + "` in an outer scope, so that it lives as long as the borrow")
        .build();
  }

  /**
   * E0597: a value that holds a borrow of a local owner (a list of borrows, an {@code
   * Optional} from {@code findFirst()}) is stored where it outlives the method.
   */
  public Diagnostic carriedBeyondItsOwner(VariableElement owner, Tree borrow, Tree store) {
    String name = owner.getSimpleName().toString();
    return storedBeyond(owner, borrow, store, "a value holding this borrow is stored here")
        .help("store values the method owns, or keep `" + name + "` where the value is kept")
        .build();
  }

  /**
   * E0597: an instance of a borrowing class (SPEC 3.8), which takes the borrows it keeps where
   * it goes, is stored where it outlives the local owner it borrowed at {@code borrow}.
   */
  public Diagnostic keptBeyondItsOwner(VariableElement owner, Tree borrow, Tree store) {
    String name = owner.getSimpleName().toString();
    return storedBeyond(owner, borrow, store, "a value that keeps this borrow is stored here")
        .note("a borrowing class's value keeps the borrows it was built with; `" + name
            + "` is owned by this method and dropped before it")
        .help("store the owner itself where the value is stored, or keep the value in a "
            + "local that dies before `" + name + "`")
        .build();
  }

  /** E0597: a closure that borrows a local owner is stored where it outlives the method. */
  public Diagnostic storedBeyondItsOwner(VariableElement owner, Tree closure, Tree store) {
    String name = owner.getSimpleName().toString();
    return storedBeyond(owner, closure, store, "the closure is stored here")
        .note("the closure borrows `" + name + "`, which this method owns and drops")
        .help("let the closure own what it uses: pass it an owner it may keep, or store the "
            + "owner itself where the closure is stored")
        .build();
  }

  /** The part every E0597 of a stored value shares: the borrow, and where it is stored. */
  private Diagnostic.Builder storedBeyond(VariableElement owner, Tree borrow, Tree store,
      String stored) {
    String name = owner.getSimpleName().toString();
    return Diagnostic.of(Code.E0597, "`" + name + "` does not live long enough",
            body.span(borrow))
        .primaryLabel("borrowed value does not live long enough")
        .label(body.span(store), stored + ", where it outlives `" + name + "`");
  }

  public Diagnostic escapesToThread(VariableElement owner, Loan loan, Tree spawn) {
    String name = owner.getSimpleName().toString();
    return Diagnostic.of(Code.E0597, "`" + name + "` does not live long enough",
            body.span(loan.at()))
        .primaryLabel("borrowed value does not live long enough")
        .label(body.span(spawn), "the borrow escapes into another thread here, which may run "
            + "after `" + name + "` is gone")
        .help("move the owner into the closure instead of a borrow of it, so that the thread "
            + "owns `" + name + "`")
        .build();
  }

  private static String endBorrowHelp(Loan loan) {
    return "a borrow lasts until its last use: finish using the borrow of `"
        + loan.place().display() + "` first, or copy what you need out of it";
  }
}
