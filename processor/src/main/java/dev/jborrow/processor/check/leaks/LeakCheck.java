package dev.jborrow.processor.check.leaks;

import dev.jborrow.processor.check.api.BodyCheck;
import dev.jborrow.processor.check.api.CheckInfo;
import dev.jborrow.processor.check.api.LoweredBody;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.DiagnosticSink;
import java.util.List;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Leaks: an owned resource that some path drops, overwrites or carries out of the body without
 * closing or moving it (J0001). {@link LeakChecker} does the work.
 */
public final class LeakCheck implements BodyCheck {

  public static final CheckInfo INFO = new CheckInfo("LeakCheck",
      "owned resources that a path never closes or moves", List.of(Code.J0001),
      List.of("dev/jborrow/processor/errors/LeakErrors.java"));

  private final Types types;
  private final Elements elements;

  public LeakCheck(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void run(LoweredBody body, DiagnosticSink sink) {
    LeakChecker.check(body.context(), body.effects(), body.spans(), types, elements, sink);
  }
}
