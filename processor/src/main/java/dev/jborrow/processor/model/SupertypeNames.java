package dev.jborrow.processor.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Whether a class is a named type or one of its subtypes, answered by name from the class's
 * supertypes. javac has read every supertype of a class it has seen; looking up the named type
 * instead would make it read the class file of each type a table names (the JDK models name a
 * few hundred, and a program uses few of them). For one compilation.
 */
final class SupertypeNames {

  private final Types types;
  /** Per class, the canonical names of the class and of all its supertypes. */
  private final Map<TypeElement, Set<String>> names = new HashMap<>();

  SupertypeNames(Types types) {
    this.types = types;
  }

  /** Whether {@code type} is the class or interface {@code canonicalName}, or a subtype of it. */
  boolean isSubclass(TypeElement type, String canonicalName) {
    return of(type).contains(canonicalName);
  }

  private Set<String> of(TypeElement type) {
    Set<String> found = names.get(type);
    if (found == null) {
      found = new HashSet<>();
      found.add(type.getQualifiedName().toString());
      names.put(type, found); // before the supertypes: an erroneous hierarchy may be a cycle
      for (TypeMirror s : types.directSupertypes(type.asType())) {
        if (Tracking.isClassType(s) && ((DeclaredType) s).asElement() instanceof TypeElement st) {
          found.addAll(of(st)); // not computeIfAbsent: the recursion adds keys
        }
      }
    }
    return found;
  }
}
