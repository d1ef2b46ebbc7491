package dev.jborrow.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Closeables that hold no resource: closing them is a no-op, so an owner of one is not
 * required to close it (no J0001). They remain tracked if the user tracks them.
 */
final class ResourceFreeTypes {

  private static final List<String> NAMES = List.of(
      "java.io.ByteArrayInputStream",
      "java.io.ByteArrayOutputStream",
      "java.io.CharArrayReader",
      "java.io.CharArrayWriter",
      "java.io.StringReader",
      "java.io.StringWriter",
      "java.util.stream.BaseStream");

  private final Types types;
  private final List<TypeMirror> free = new ArrayList<>();

  ResourceFreeTypes(Types types, Elements elements) {
    this.types = types;
    for (String name : NAMES) {
      TypeElement t = elements.getTypeElement(name);
      if (t != null) {
        free.add(types.erasure(t.asType()));
      }
    }
  }

  boolean contains(TypeElement type) {
    TypeMirror t = types.erasure(type.asType());
    for (TypeMirror f : free) {
      if (types.isSubtype(t, f)) {
        return true;
      }
    }
    return false;
  }
}
