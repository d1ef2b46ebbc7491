package dev.jborrow.processor.model;

import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The JDK types the checker names itself ({@code AutoCloseable}, {@code RuntimeException}),
 * found in {@code java.base}. Asked for by name alone, javac looks for the type in every module
 * of the JDK, which in a cold compiler costs milliseconds at each first lookup of a package, a
 * price every compilation paid before its first class was checked.
 */
public final class JavaBase {

  private JavaBase() {}

  /** The type of {@code java.base} with that canonical name, or null if it has none. */
  public static TypeElement type(Elements elements, String name) {
    // Null when the source level has no modules (--release 8): then every type is in one place.
    ModuleElement base = elements.getModuleElement("java.base");
    return base != null ? elements.getTypeElement(base, name) : elements.getTypeElement(name);
  }
}
