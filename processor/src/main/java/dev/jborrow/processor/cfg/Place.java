package dev.jborrow.processor.cfg;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * A memory location named by an access path: a local variable, a parameter, {@code this}, or a
 * chain of fields below one of them ({@code this.items}, {@code x.buf.data}). Two places
 * conflict when one is a prefix of the other; disjoint fields of one root do not conflict, as
 * in rustc's {@code places_conflict}.
 *
 * @param root the local variable or parameter, or the class whose {@code this} it is
 * @param fields the field chain below the root, outermost first
 */
public record Place(Element root, List<VariableElement> fields) {

  public Place {
    fields = List.copyOf(fields);
  }

  public static Place of(Element root) {
    return new Place(root, List.of());
  }

  public Place field(VariableElement field) {
    List<VariableElement> longer = new ArrayList<>(fields);
    longer.add(field);
    return new Place(root, longer);
  }

  /** The place with its last field removed; the root itself has no parent. */
  public Place parent() {
    return fields.isEmpty() ? null : new Place(root, fields.subList(0, fields.size() - 1));
  }

  public boolean isRoot() {
    return fields.isEmpty();
  }

  /** True when this place is {@code that} or lies below it. */
  public boolean startsWith(Place that) {
    if (!root.equals(that.root) || fields.size() < that.fields.size()) {
      return false;
    }
    // Asked for every pair of a loan and an access: compared in place, with no sublist.
    for (int i = 0; i < that.fields.size(); i++) {
      if (!fields.get(i).equals(that.fields.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Prefix or extension: an access to one touches the other. */
  public boolean conflictsWith(Place that) {
    return startsWith(that) || that.startsWith(this);
  }

  /** True when the root is {@code this} rather than a variable. */
  public boolean isThis() {
    return !(root instanceof VariableElement);
  }

  /** The place as the user wrote it: {@code x}, {@code this.items}, {@code x.buf}. */
  public String display() {
    StringBuilder sb = new StringBuilder(isThis() ? "this" : root.getSimpleName().toString());
    for (VariableElement f : fields) {
      sb.append('.').append(f.getSimpleName());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return display();
  }
}
