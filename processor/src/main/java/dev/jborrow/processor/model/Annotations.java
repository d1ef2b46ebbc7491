package dev.jborrow.processor.model;

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
      Element type = a.getAnnotationType().asElement();
      String qualified = NAMES.computeIfAbsent(type,
          t -> ((TypeElement) t).getQualifiedName().toString());
      if (qualified.equals(name)) {
        return a;
      }
    }
    return null;
  }

  public static boolean has(Element e, String name) {
    return find(e, name) != null;
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
}
