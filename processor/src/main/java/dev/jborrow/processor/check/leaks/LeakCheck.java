package dev.jborrow.processor.check.leaks;

import dev.jborrow.processor.check.api.BodyCheck;
import dev.jborrow.processor.check.api.CheckInfo;
import dev.jborrow.processor.check.api.LoweredBody;
import dev.jborrow.processor.cfg.Edge;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.lower.BodyContext;
import dev.jborrow.processor.model.JavaBase;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Leaks: an owned resource that some path drops, overwrites or carries out of the body without
 * closing or moving it (J0001). {@link LeakChecker} does the work for locals and parameters,
 * {@link FieldLeakChecker} for the owned fields of the body's class.
 */
public final class LeakCheck implements BodyCheck {

  public static final CheckInfo INFO = new CheckInfo("LeakCheck",
      "owned resources that a path never closes or moves", List.of(Code.J0001),
      List.of("dev/jborrow/processor/errors/LeakErrors.java"));

  private final Types types;
  private final TypeMirror runtimeException;
  private final TypeMirror error;
  /**
   * Whether an exception type is unchecked, by the type object the edges carry: a body's edges
   * throw few types, the same ones in every body.
   */
  private final Map<TypeMirror, Boolean> unchecked = new IdentityHashMap<>();
  /** Made on the first body, for the tracking of the compilation it belongs to. */
  private OwnedFields ownedFields;

  public LeakCheck(Types types, Elements elements) {
    this.types = types;
    this.runtimeException = JavaBase.type(elements, "java.lang.RuntimeException").asType();
    this.error = JavaBase.type(elements, "java.lang.Error").asType();
  }

  @Override
  public CheckInfo info() {
    return INFO;
  }

  @Override
  public void run(LoweredBody body, DiagnosticSink sink) {
    LeakChecker.check(body.context(), body.effects(), body.constructors(), body.spans(), types,
        this::isUncheckedFromCall, sink);
    BodyContext context = body.context();
    if (ownedFields == null || !ownedFields.isFor(context.tracking())) {
      ownedFields = new OwnedFields(context.trees(), context.tracking(), context.contracts());
    }
    FieldLeakChecker.check(context, body.effects(), body.spans(), ownedFields,
        this::isUncheckedFromCall, sink);
    ObligationChecker.check(body.effects(), body.spans(), context.tracking(),
        this::isUncheckedFromCall, sink);
    ReturnedTemporaries.check(context, body.effects(), body.spans(), ownedFields,
        this::isUncheckedFromCall, sink);
  }

  /** An edge an unchecked exception from a call takes: not checked (see ResourceAnalysis). */
  private boolean isUncheckedFromCall(Edge e) {
    TypeMirror t = e.exception();
    return e.isExceptional() && !e.explicitThrow() && t != null
        && unchecked.computeIfAbsent(t,
            type -> types.isSubtype(type, runtimeException) || types.isSubtype(type, error));
  }
}
