package dev.jborrow.processor.dataflow;

import dev.jborrow.processor.ir.BodyEffects;
import java.util.BitSet;

/**
 * An analysis over effects whose facts are bits (one per variable, loan or move): the empty
 * set knows nothing, and paths join by union (a fact holds where it holds on some path).
 */
public abstract class BitSetAnalysis extends EffectAnalysis<BitSet> {

  protected BitSetAnalysis(BodyEffects body) {
    super(body);
  }

  @Override
  protected final BitSet empty() {
    return new BitSet();
  }

  @Override
  public final BitSet copy(BitSet state) {
    return (BitSet) state.clone();
  }

  @Override
  public final boolean joinInto(BitSet target, BitSet other) {
    int before = target.cardinality();
    target.or(other);
    return target.cardinality() != before;
  }
}
