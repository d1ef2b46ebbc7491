package dev.jborrow.processor.errors;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.Diagnostic;
import dev.jborrow.processor.diag.Span;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** The wording of J0001. */
public final class LeakErrors {

  private static final String HELP = "close it on every path with `try (var NAME = ...) "
      + "{ ... }`, or move it to a new owner that closes it (an `@Owned` parameter, a field, a "
      + "collection)";

  private final Spans body;

  public LeakErrors(Spans body) {
    this.body = body;
  }

  /**
   * J0001 for a path that leaves the body still owning the resource.
   *
   * @param exit the return, throw or call the path leaves by; null when it falls off the end
   */
  public Diagnostic leavesOpen(VariableElement v, Tree acquired, Tree exit, boolean exceptional,
      List<String> disposal) {
    String name = v.getSimpleName().toString();
    Span at = exit == null ? body.endOfBody() : body.span(exit);
    String label = exceptional
        ? (exit != null && exit.getKind() == Tree.Kind.THROW ? "this `throw` leaves"
            : "a checked exception from here leaves")
            + " the method while `" + name + "` is open"
        : exit != null ? "this returns while `" + name + "` is open"
            : "the method ends while `" + name + "` is open";
    return Diagnostic.of(Code.J0001, "owned resource `" + name + "` is never closed or moved",
            body.span(acquired))
        .primaryLabel("`" + name + "` acquires the resource here")
        .label(at, label)
        .help(help(name, disposal))
        .build();
  }

  /**
   * J0001 where a value being returned is lost: a {@code finally} block or a try-with-resources
   * close threw after the {@code return}, and Java discards the returned value.
   *
   * @param exit the call or close whose exception discards it; null when not found
   */
  public Diagnostic returnedValueLost(VariableElement v, Tree acquired, Tree returned, Tree exit,
      List<String> disposal) {
    String name = v.getSimpleName().toString();
    Diagnostic.Builder d = Diagnostic.of(Code.J0001, "owned resource `" + name
            + "` is never closed or moved", body.span(acquired))
        .primaryLabel("`" + name + "` acquires the resource here")
        .label(body.span(returned), "`" + name + "` is returned here");
    if (exit instanceof com.sun.source.tree.VariableTree resource) {
      d.label(body.span(exit), "closing `" + resource.getName() + "` on the way out may throw, "
          + "which discards the returned value");
    } else if (exit != null) {
      d.label(body.span(exit), "an exception from here, on the way out, discards the returned "
          + "value");
    }
    return d.note("when a `finally` block or a try-with-resources close throws after `return`, "
            + "Java drops the value being returned, and nothing closes it")
        .help("open `" + name + "` after the code that may throw, or close it when that code "
            + "throws: `catch (IOException e) { " + name + "."
            + (disposal.isEmpty() ? "close" : disposal.get(0)) + "(); throw e; }`")
        .build();
  }

  /**
   * J0001 where the value is lost inside the body: its scope ends, or it is overwritten.
   *
   * @param lostAt the block, jump or assignment; null for an exception that leaves the scope
   */
  public Diagnostic leak(VariableElement v, Tree acquired, Tree lostAt, List<String> disposal) {
    String name = v.getSimpleName().toString();
    Diagnostic.Builder d = Diagnostic.of(Code.J0001, "owned resource `" + name
            + "` is never closed or moved", body.span(acquired))
        .primaryLabel("`" + name + "` acquires the resource here");
    if (lostAt == null) {
      d.note("an exception leaves the scope of `" + name + "` while it is open");
    } else if (lostAt.getKind() == Tree.Kind.ASSIGNMENT
        || lostAt.getKind() == Tree.Kind.VARIABLE) {
      d.label(body.span(lostAt), "`" + name + "` is overwritten here while it still owns the "
          + "resource");
    } else {
      d.label(body.endOf(lostAt), "`" + name + "` goes out of scope here without being closed");
    }
    return d.help(help(name, disposal)).build();
  }

  /**
   * How to release a value whose disposal methods are {@code disposal}: try-with-resources for
   * a closeable, else a call of the model's method ({@code release()}, {@code shutdown()}) in a
   * {@code finally}.
   */
  private static String help(String name, List<String> disposal) {
    if (disposal.isEmpty() || disposal.contains("close")) {
      return HELP.replace("NAME", name);
    }
    String calls = disposal.stream().map(m -> "`" + name + "." + m + "()`")
        .collect(java.util.stream.Collectors.joining(" or "));
    return "call " + calls + " on every path (in a `finally`), or move it to a new owner that "
        + "releases it (an `@Owned` parameter, a field, a collection)";
  }

  /** J0001 for a temporary resource that nothing takes over: dropped where it is made. */
  public Diagnostic temporary(Tree at, List<String> disposal) {
    return Diagnostic.of(Code.J0001, "owned resource is never closed or moved", body.span(at))
        .primaryLabel("this temporary acquires a resource that is dropped without being closed")
        .note("unlike Rust, Java does not release a temporary at the end of its statement")
        .help(help("r", disposal).replace("`try (var r = ...) { ... }`",
            "`try (var r = ...) { ... }` with the value in a variable `r`"))
        .build();
  }

  /**
   * J0001 at a returned temporary resource that a {@code finally} block or a try-with-resources
   * close may discard by throwing on the way out.
   */
  public Diagnostic returnedTemporaryLost(Tree at, Tree exit, List<String> disposal) {
    Diagnostic.Builder d = Diagnostic.of(Code.J0001, "owned resource is never closed or moved",
            body.span(at))
        .primaryLabel("this temporary acquires a resource that the method returns");
    if (exit instanceof com.sun.source.tree.VariableTree resource) {
      d.label(body.span(exit), "closing `" + resource.getName() + "` on the way out may throw, "
          + "which discards the returned value");
    } else {
      d.label(body.span(exit), "an exception from here, on the way out, discards the returned "
          + "value");
    }
    return d.note("when a `finally` block or a try-with-resources close throws after `return`, "
            + "Java drops the value being returned, and nothing closes it")
        .help("open it in a variable `r` and close it when that code throws: `catch "
            + "(IOException e) { r." + (disposal.isEmpty() ? "close" : disposal.get(0))
            + "(); throw e; }`, or return after the statement")
        .build();
  }

  /** J0001 where ownership passes to code that never closes the resource. */
  public Diagnostic handedOff(VariableElement v, Tree at) {
    String name = v.getSimpleName().toString();
    return Diagnostic.of(Code.J0001, "owned resource `" + name + "` is never closed or moved",
            body.span(at))
        .primaryLabel("`" + name + "` moves into a task that never closes it")
        .help("spawn a lambda that closes it when done: `() -> { try (var c = " + name
            + ") { ... } }`")
        .build();
  }

  /** J0001 where a field is given a resource that no method of its class releases. */
  public Diagnostic fieldNeverReleased(VariableElement f, Tree store, TypeElement owner) {
    String name = "this." + f.getSimpleName();
    return Diagnostic.of(Code.J0001, "owned resource `" + name + "` is never closed or moved",
            body.span(store))
        .primaryLabel("`" + name + "` acquires the resource here")
        .note("no `close()` or `@Consumes` method of `" + owner.getSimpleName()
            + "` releases `" + f.getSimpleName() + "`")
        .help("close `" + f.getSimpleName() + "` in `" + owner.getSimpleName()
            + "`'s own `close()` (and make the class `AutoCloseable`), or mark the field "
            + "`@NotOwning` if another owner closes it")
        .build();
  }

  /** J0001 where a field is given a new value while it may still hold a resource. */
  public Diagnostic fieldOverwritten(VariableElement f, Tree store) {
    String name = "this." + f.getSimpleName();
    return Diagnostic.of(Code.J0001, "owned resource `" + name + "` is never closed or moved",
            body.span(store))
        .primaryLabel("`" + name + "` is overwritten here while it may still hold a resource")
        .help("close or move the old value first: `if (" + f.getSimpleName() + " != null) "
            + f.getSimpleName() + ".close();`")
        .build();
  }

  /**
   * J0001 where a method that must release a field returns with it open.
   *
   * @param exit the return the path leaves by; null when it falls off the end
   */
  public Diagnostic fieldOpenAtExit(VariableElement f, ExecutableElement m, Tree method,
      Tree exit) {
    String name = "this." + f.getSimpleName();
    String called = "`" + m.getSimpleName() + "()`";
    return Diagnostic.of(Code.J0001, "owned resource `" + name + "` is never closed or moved",
            body.span(method))
        .primaryLabel(called + " must release the owned field `" + name + "`")
        .label(exit == null ? body.endOfBody() : body.span(exit),
            (exit == null ? called + " ends" : "this returns") + " while `" + name
                + "` is open")
        .help("close it on every path of " + called + ", e.g. `if (" + f.getSimpleName()
            + " != null) " + f.getSimpleName() + ".close();`")
        .build();
  }

  /**
   * J0001 where a constructor leaves by an exception after storing a resource in a field.
   *
   * @param exit the throw or call the exception comes from; null when unknown
   */
  public Diagnostic fieldLeftByConstructor(VariableElement f, Tree store, Tree exit) {
    String name = "this." + f.getSimpleName();
    Diagnostic.Builder d = Diagnostic.of(Code.J0001, "owned resource `" + name
            + "` is never closed or moved", body.span(store))
        .primaryLabel("`" + name + "` acquires the resource here");
    if (exit != null) {
      d.label(body.span(exit), (exit.getKind() == Tree.Kind.THROW ? "this `throw` leaves"
          : "a checked exception from here leaves") + " the constructor while `" + name
          + "` is open");
    }
    return d.note("the caller never gets an object whose constructor throws, so nothing else "
            + "can close `" + name + "`")
        .help("close it before the exception leaves: `catch (IOException e) { "
            + f.getSimpleName() + ".close(); throw e; }`")
        .build();
  }

  /**
   * J0001 where an obligation a call created is pending when a path leaves the body.
   *
   * @param exit the return, throw or call the path leaves by; null when it falls off the end
   * @param dischargers the methods that meet it, for the help
   */
  public Diagnostic obligationPending(String place, Tree call, Tree exit, boolean exceptional,
      List<String> dischargers) {
    String meet = dischargers.stream().map(m -> "`" + m + "()`")
        .collect(java.util.stream.Collectors.joining(" or "));
    String label = exceptional
        ? (exit != null && exit.getKind() == Tree.Kind.THROW ? "this `throw` leaves"
            : "a checked exception from here leaves")
            + " the method with the obligation pending"
        : exit != null ? "this returns with the obligation pending"
            : "the method ends with the obligation pending";
    String first = dischargers.isEmpty() ? "unlock" : dischargers.get(0);
    return Diagnostic.of(Code.J0001, "the obligation this call puts on `" + place
            + "` is never met", body.span(call))
        .primaryLabel("`" + place + "` must see " + (meet.isEmpty() ? "a discharging call"
            : meet) + " after this")
        .label(exit == null ? body.endOfBody() : body.span(exit), label)
        .help("meet it on every path: `try { ... } finally { " + place + "." + first
            + "(); }`")
        .build();
  }
}
