package dev.jborrow.processor.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The recorded sample of the differential tester ({@link RecordedSample}): each twin's jborrow
 * verdict against the rustc verdict stored beside it, after the reporting policies of {@link
 * Policy}. A twin that agrees passes. One listed in {@code Twins.known} that still disagrees in
 * the same way is skipped, its class as the reason; one that disagrees otherwise, or a known one
 * that now agrees (remove it from the list), fails. Re-record with {@code bench/difftest.sh
 * --record} when the generator changes.
 */
class RecordedTwinsTest {

  @TestFactory
  Stream<DynamicTest> recordedTwins() throws Exception {
    RecordedSample sample = RecordedSample.load();
    TwinBatch batch = sample.batch();
    assertEquals(RecordedSample.resource("Twins.java"), batch.java(),
        "the generator no longer writes the recorded twins: re-record them with"
            + " bench/difftest.sh --record");
    List<List<Report>> java = TwinRun.split(batch,
        Jborrow.check(batch.qualifiedName(), batch.java()));
    List<DynamicTest> tests = new ArrayList<>();
    IntStream.range(0, sample.count()).forEach(i -> {
      TwinFunction f = batch.functions().get(i);
      Outcome o = new Outcome(f, sample.nll().get(i), java.get(i), sample.polonius().get(i));
      // Each test names its twin in the recorded file: without a source of its own, a dynamic
      // test is reported under its factory's name, and Maven's summary then merges the 400 into
      // one name, which hid the skipped ones from its count.
      URI twin = URI.create("classpath:/" + RecordedSample.DIR + "/Twins.java?line="
          + batch.declarationLine(i));
      tests.add(DynamicTest.dynamicTest(f.name(), twin, () -> check(sample, batch, i, o)));
    });
    return tests.stream();
  }

  private static void check(RecordedSample sample, TwinBatch batch, int i, Outcome o) {
    String name = o.function().name();
    String known = sample.known().get(name);
    if (o.referenceAgrees() && !o.infidelity()) {
      if (known != null) {
        fail(name + " now agrees with rustc; remove it from Twins.known (was: " + known + ")");
      }
      return;
    }
    String now = Classifier.classOf(o);
    if (now.equals(known)) {
      Assumptions.abort(now);
    }
    fail(name + ": " + now + (known == null ? "" : " (recorded as: " + known + ")")
        + "\n  rustc " + o.rustc() + "\n  jborrow " + o.jborrow() + "\n" + batch.listing(i));
  }
}
