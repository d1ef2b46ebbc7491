package dev.jborrow.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The ownership annotations, found by name: the processor jar must not depend on the
 * annotations jar, and a library may be compiled against any copy of it.
 */
public final class Annotations {

  public static final String OWNED = "dev.jborrow.Owned";
  public static final String BORROWED = "dev.jborrow.Borrowed";
  public static final String MUT = "dev.jborrow.Mut";
  public static final String CONSUMES = "dev.jborrow.Consumes";
  public static final String DISCHARGES = "dev.jborrow.Discharges";
  public static final String OBLIGES = "dev.jborrow.Obliges";

  /*
   * The annotations of the Checker Framework's Resource Leak Checker and of Error Prone that say
   * the same things, read by qualified name so that code annotated for them is checked unchanged
   * (the table is in docs/resources.md).
   */
  private static final String RLC = "org.checkerframework.checker.mustcall.qual.";
  /** {@code @Owning} on a parameter or field: {@code @Owned}. */
  public static final String OWNING = RLC + "Owning";
  /** {@code @NotOwning} on a method, parameter or field: {@code @Borrowed}. */
  public static final String NOT_OWNING = RLC + "NotOwning";
  /** {@code @MustCall("m")} on a type: tracked, {@code m()} consumes it; {@code {}}: resource-free. */
  public static final String MUST_CALL = RLC + "MustCall";
  /** As {@link #MUST_CALL}, said for the subtypes too. */
  public static final String INHERITABLE_MUST_CALL = RLC + "InheritableMustCall";
  /**
   * {@code @MustCallAlias} on a parameter: the result carries its obligation, so the method
   * takes it ({@code @Owned}); on a method whose alias is the receiver: a borrow of it.
   */
  public static final String MUST_CALL_ALIAS = RLC + "MustCallAlias";
  /** The Checker Framework's postcondition that a method calls methods of a field. */
  public static final String ENSURES =
      "org.checkerframework.checker.calledmethods.qual.EnsuresCalledMethods";

  /** Error Prone's {@code @MustBeClosed} on a method or constructor: the result is owned. */
  public static final String MUST_BE_CLOSED = "com.google.errorprone.annotations.MustBeClosed";

  /**
   * The other names each jborrow annotation is read under, by the kind of element it is on:
   * {@code @Owning} is {@code @Owned} on a parameter or field, never on a type.
   */
  private static final Map<String, List<String>> ALIASES = Map.of(
      OWNED, List.of(OWNING, MUST_CALL_ALIAS, MUST_BE_CLOSED),
      BORROWED, List.of(NOT_OWNING));

  private Annotations() {}

  /**
   * The qualified names of annotation types seen so far. Asked for every element the checker
   * meets, and javac decodes a name to compare it: once per annotation type is enough. Weak:
   * the types belong to one compilation.
   */
  private static final Map<Element, String> NAMES =
      Collections.synchronizedMap(new WeakHashMap<>());

  public static AnnotationMirror find(Element e, String name) {
    List<? extends AnnotationMirror> mirrors = e.getAnnotationMirrors();
    if (mirrors.isEmpty()) {
      return null;
    }
    for (AnnotationMirror a : mirrors) {
      if (nameOf(a).equals(name)) {
        return a;
      }
    }
    return null;
  }

  private static String nameOf(AnnotationMirror a) {
    return NAMES.computeIfAbsent(a.getAnnotationType().asElement(),
        t -> ((TypeElement) t).getQualifiedName().toString());
  }

  /**
   * Whether {@code e} carries {@code name}, or an annotation of another checker that means the
   * same there (see {@link #ALIASES}): every reader of the contracts sees the Checker
   * Framework's and Error Prone's annotations as jborrow's. {@code @MustCallAlias} on a method
   * is not {@code @Owned}: it ties the result to the receiver or to a parameter (see {@link
   * #mustCallAliasOfReceiver}).
   */
  public static boolean has(Element e, String name) {
    // Most elements carry no annotation: answered before any name is looked for.
    List<? extends AnnotationMirror> mirrors = e.getAnnotationMirrors();
    if (mirrors.isEmpty()) {
      return false;
    }
    // One walk over the element's annotations, the name and its aliases looked for together.
    List<String> aliases = ALIASES.getOrDefault(name, List.of());
    for (AnnotationMirror a : mirrors) {
      String qualified = nameOf(a);
      if (qualified.equals(name) || aliases.contains(qualified) && applies(e, qualified)) {
        return true;
      }
    }
    return false;
  }

  private static boolean applies(Element e, String alias) {
    return switch (alias) {
      case MUST_CALL_ALIAS -> !(e instanceof ExecutableElement); // a parameter taken over
      case MUST_BE_CLOSED -> true; // a method's or constructor's result, or a type's values
      case OWNING -> !(e instanceof TypeElement);
      default -> true;
    };
  }

  /**
   * {@code @MustCallAlias} on a method none of whose parameters carries it: the result is an
   * alias of the receiver ({@code socket.getInputStream()}), a borrow of it in jborrow's terms.
   */
  public static boolean mustCallAliasOfReceiver(ExecutableElement m) {
    if (find(m, MUST_CALL_ALIAS) == null) {
      return false;
    }
    for (var p : m.getParameters()) {
      if (find(p, MUST_CALL_ALIAS) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The methods {@code @MustCall} or {@code @InheritableMustCall} on {@code type} itself names,
   * empty for {@code @MustCall({})}; null when it carries neither.
   */
  public static List<String> mustCall(Element type) {
    AnnotationMirror a = find(type, MUST_CALL);
    if (a == null) {
      a = find(type, INHERITABLE_MUST_CALL);
    }
    if (a == null) {
      return null;
    }
    for (var entry : a.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        Object value = entry.getValue().getValue();
        if (value instanceof List<?> list) {
          return list.stream()
              .map(v -> String.valueOf(((AnnotationValue) v).getValue()))
              .toList();
        }
        return List.of(String.valueOf(value));
      }
    }
    return List.of(); // the element's default is {}
  }

  /** The names in {@code @Borrowed(from = ...)}, empty when absent. */
  public static List<String> from(AnnotationMirror borrowed) {
    for (var entry : borrowed.getElementValues().entrySet()) {
      ExecutableElement key = entry.getKey();
      if (key.getSimpleName().contentEquals("from")) {
        Object value = entry.getValue().getValue();
        if (value instanceof List<?> list) {
          return list.stream()
              .map(v -> String.valueOf(((AnnotationValue) v).getValue()))
              .toList();
        }
        return List.of(String.valueOf(value));
      }
    }
    return List.of();
  }

  /** Whether {@code @SuppressWarnings("ownership")} is on {@code e}. */
  public static boolean suppressed(Element e) {
    AnnotationMirror a = find(e, "java.lang.SuppressWarnings");
    if (a == null) {
      return false;
    }
    for (var entry : a.getElementValues().entrySet()) {
      Object value = entry.getValue().getValue();
      if (value instanceof List<?> list) {
        for (Object v : list) {
          if ("ownership".equals(((AnnotationValue) v).getValue())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The expressions {@code @EnsuresCalledMethods(value = ...)} on {@code m} names (the
   * repeatable form too): the fields the method promises to release, in jborrow's reading.
   */
  public static List<String> ensuredCalls(ExecutableElement m) {
    List<String> names = new ArrayList<>();
    for (AnnotationMirror a : m.getAnnotationMirrors()) {
      String type = a.getAnnotationType().asElement().toString();
      if (type.equals(ENSURES)) {
        names.addAll(strings(a, "value"));
      } else if (type.equals(ENSURES + ".List")) {
        for (Object each : values(a, "value")) {
          if (each instanceof AnnotationValue v && v.getValue() instanceof AnnotationMirror one) {
            names.addAll(strings(one, "value"));
          }
        }
      }
    }
    return names;
  }

  private static List<String> strings(AnnotationMirror a, String element) {
    List<String> out = new ArrayList<>();
    for (Object v : values(a, element)) {
      out.add(String.valueOf(v instanceof AnnotationValue av ? av.getValue() : v));
    }
    return out;
  }

  private static List<?> values(AnnotationMirror a, String element) {
    for (var entry : a.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(element)) {
        Object value = entry.getValue().getValue();
        return value instanceof List<?> list ? list : List.of(value);
      }
    }
    return List.of();
  }
}
