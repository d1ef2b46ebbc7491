package dev.jborrow.processor.check.leaks;

import dev.jborrow.processor.ir.Effect;

/**
 * The questions the leak checks ask of single effects outside their fixpoints, one method per
 * kind of effect and none defaulted (CONTRIBUTING: a new kind must say what it is to them).
 */
final class LeakEffects {

  private LeakEffects() {}

  /** The new value an effect gives a place (a store into an owned field), or null. */
  static final Effect.Cases<Effect.Init> INIT = new Effect.Cases<>() {
    @Override
    public Effect.Init use(Effect.Use e) {
      return null;
    }

    @Override
    public Effect.Init borrow(Effect.Borrow e) {
      return null;
    }

    @Override
    public Effect.Init activate(Effect.Activate e) {
      return null;
    }

    @Override
    public Effect.Init endLoans(Effect.EndLoans e) {
      return null;
    }

    @Override
    public Effect.Init hold(Effect.Hold e) {
      return null;
    }

    @Override
    public Effect.Init lend(Effect.Lend e) {
      return null;
    }

    @Override
    public Effect.Init keep(Effect.Keep e) {
      return null;
    }

    @Override
    public Effect.Init returnBorrow(Effect.ReturnBorrow e) {
      return null;
    }

    @Override
    public Effect.Init move(Effect.Move e) {
      return null; // empties the place: the analysis's, not a store
    }

    @Override
    public Effect.Init illegalMove(Effect.IllegalMove e) {
      return null;
    }

    @Override
    public Effect.Init illegalMutation(Effect.IllegalMutation e) {
      return null;
    }

    @Override
    public Effect.Init spawnCapture(Effect.SpawnCapture e) {
      return null;
    }

    @Override
    public Effect.Init escape(Effect.Escape e) {
      return null;
    }

    @Override
    public Effect.Init carryOut(Effect.CarryOut e) {
      return null;
    }

    @Override
    public Effect.Init leak(Effect.Leak e) {
      return null;
    }

    @Override
    public Effect.Init init(Effect.Init e) {
      return e;
    }

    @Override
    public Effect.Init drop(Effect.Drop e) {
      return null;
    }

    @Override
    public Effect.Init obligation(Effect.Obligation e) {
      return null; // neither fills nor empties a place
    }
  };

  /** An obligation an effect creates or meets ({@code lock()}, {@code unlock()}), or null. */
  static final Effect.Cases<Effect.Obligation> OBLIGATION = new Effect.Cases<>() {
    @Override
    public Effect.Obligation use(Effect.Use e) {
      return null;
    }

    @Override
    public Effect.Obligation borrow(Effect.Borrow e) {
      return null;
    }

    @Override
    public Effect.Obligation activate(Effect.Activate e) {
      return null;
    }

    @Override
    public Effect.Obligation endLoans(Effect.EndLoans e) {
      return null;
    }

    @Override
    public Effect.Obligation hold(Effect.Hold e) {
      return null;
    }

    @Override
    public Effect.Obligation lend(Effect.Lend e) {
      return null;
    }

    @Override
    public Effect.Obligation keep(Effect.Keep e) {
      return null;
    }

    @Override
    public Effect.Obligation returnBorrow(Effect.ReturnBorrow e) {
      return null;
    }

    @Override
    public Effect.Obligation move(Effect.Move e) {
      return null;
    }

    @Override
    public Effect.Obligation illegalMove(Effect.IllegalMove e) {
      return null;
    }

    @Override
    public Effect.Obligation illegalMutation(Effect.IllegalMutation e) {
      return null;
    }

    @Override
    public Effect.Obligation spawnCapture(Effect.SpawnCapture e) {
      return null;
    }

    @Override
    public Effect.Obligation escape(Effect.Escape e) {
      return null;
    }

    @Override
    public Effect.Obligation carryOut(Effect.CarryOut e) {
      return null;
    }

    @Override
    public Effect.Obligation leak(Effect.Leak e) {
      return null;
    }

    @Override
    public Effect.Obligation init(Effect.Init e) {
      return null; // a new value ends an obligation in the analysis, but creates none
    }

    @Override
    public Effect.Obligation drop(Effect.Drop e) {
      return null;
    }

    @Override
    public Effect.Obligation obligation(Effect.Obligation e) {
      return e;
    }
  };
}
