package dev.jborrow.processor.difftest;

import dev.jborrow.processor.gen.Seeds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Generates, compiles and compares the batches of one run. */
final class TwinRun {

  /** The default statement budget of one function. */
  static final int SIZE = 10;

  private TwinRun() {}

  /** Batch {@code index} of the run with base seed {@code seed}: {@code count} functions. */
  static TwinBatch batch(long seed, int index, int count, int size) {
    TwinGenerator g = new TwinGenerator(Seeds.of(seed, 7, index), size);
    List<TwinFunction> fs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      fs.add(g.next("f" + i));
    }
    return TwinBatch.render("T" + Long.toUnsignedString(seed, 36) + "_" + index, fs);
  }

  /**
   * Both compilers on one batch: rustc runs while javac does; Polonius is asked only when some
   * function disagrees with NLL.
   */
  static List<Outcome> compare(TwinBatch b, Rustc rustc) throws IOException,
      InterruptedException {
    Rustc.Run nll = rustc.start(b.className(), b.rust(), false);
    List<List<Report>> java = split(b, Jborrow.check(b.qualifiedName(), b.java()));
    List<List<Report>> rust = split(b, nll.reports());
    List<List<Report>> polonius = null;
    for (int i = 0; i < b.functions().size() && polonius == null; i++) {
      TwinFunction f = b.functions().get(i);
      if (!Policy.normalised(rust.get(i), rust.get(i), f)
          .equals(Policy.normalised(java.get(i), rust.get(i), f))) {
        polonius = split(b, rustc.start(b.className(), b.rust(), true).reports());
      }
    }
    List<Outcome> out = new ArrayList<>();
    for (int i = 0; i < b.functions().size(); i++) {
      out.add(new Outcome(b.functions().get(i), rust.get(i), java.get(i),
          polonius == null ? null : polonius.get(i)));
    }
    return out;
  }

  /** Reports by function, lines relative to the function's body; a stray one is an error. */
  static List<List<Report>> split(TwinBatch b, List<Report> reports) {
    List<List<Report>> out = new ArrayList<>();
    for (int i = 0; i < b.functions().size(); i++) {
      out.add(new ArrayList<>());
    }
    for (Report r : reports) {
      int f = b.functionAt(r.line());
      if (f < 0) {
        throw new IllegalStateException("a report outside every function of " + b.className()
            + ": " + r);
      }
      out.get(f).add(r.relative(b.bodyStarts().get(f)));
    }
    return out;
  }
}
