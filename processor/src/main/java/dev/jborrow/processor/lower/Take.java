package dev.jborrow.processor.lower;

import dev.jborrow.processor.ir.Effect;

/** How a consumer takes an operand. */
enum Take {
  READ,
  PREFIX,
  BORROW,
  MUT_BORROW,
  RESERVE,
  BORROW_RETURN,
  MOVE_ASSIGN,
  MOVE_ARGUMENT,
  MOVE_RETURN,
  MOVE_CONSUME,
  MOVE_THROW,
  /** Captured by a closure that runs on another thread. */
  MOVE_CAPTURE,
  /** Into a tracked field: ownership passes to its object. */
  MOVE_STORE,
  /** Into an untracked field, a static or an array: out of the method's sight. */
  MOVE_ESCAPE;

  /** Whether the value goes to an owner beyond the method's sight: a call, a caller. */
  boolean handsOver() {
    return this == MOVE_ARGUMENT || this == MOVE_RETURN || this == MOVE_CONSUME
        || this == MOVE_THROW;
  }

  Effect.MoveKind moveKind() {
    return switch (this) {
      case MOVE_ASSIGN -> Effect.MoveKind.ASSIGN;
      case MOVE_ARGUMENT -> Effect.MoveKind.ARGUMENT;
      case MOVE_RETURN -> Effect.MoveKind.RETURN;
      case MOVE_CONSUME -> Effect.MoveKind.CONSUME;
      case MOVE_THROW -> Effect.MoveKind.THROW;
      case MOVE_CAPTURE -> Effect.MoveKind.CAPTURE;
      case MOVE_STORE, MOVE_ESCAPE -> Effect.MoveKind.STORE;
      default -> null;
    };
  }

  Effect.Access access() {
    return switch (this) {
      case BORROW -> Effect.Access.BORROW;
      case MUT_BORROW -> Effect.Access.MUT_BORROW;
      case RESERVE -> Effect.Access.RESERVE;
      case PREFIX -> Effect.Access.PREFIX;
      default -> Effect.Access.READ;
    };
  }
}
