package dev.jborrow.processor.gen;

/** The kinds of bug {@link ProgramGenerator#withBug} injects, each with the code it must raise. */
public enum BugKind {
  /** A read after a move, on every path or on one branch only: E0382 at the read. */
  USE_AFTER_MOVE("E0382"),
  /** A move inside a loop of a variable declared before it: E0382, previous iteration. */
  MOVE_IN_LOOP("E0382"),
  /** A second close (or close after a consuming call): E0382 at the second one. */
  DOUBLE_CLOSE("E0382"),
  /** Borrow, mutate, use the borrow: E0502 at the mutation. */
  CONFLICTING_BORROW("E0502"),
  /** A second mutable borrow while the first is live: E0499 at the second. */
  MUT_WHILE_MUT("E0499"),
  /** A move while a borrow is live: E0505 at the move. */
  MOVE_WHILE_BORROWED("E0505"),
  /** An assignment while a borrow is live: E0506 at the assignment. */
  ASSIGN_WHILE_BORROWED("E0506"),
  /** A resource that some normal path does not close: J0001 at its acquisition. */
  LEAK("J0001"),
  /** A {@code @Mut} use of a shared borrow: E0596 at the call or argument. */
  MUT_THROUGH_SHARED("E0596"),
  /** A move out of a shared borrow: E0507 at the moving expression. */
  MOVE_OUT_OF_BORROW("E0507");

  private final String code;

  BugKind(String code) {
    this.code = code;
  }

  /** The diagnostic code the bug must produce. */
  public String code() {
    return code;
  }
}
