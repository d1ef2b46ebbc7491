package dev.jborrow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A shared borrow: read access to a value that somebody else owns.
 *
 * <p>On a <b>parameter</b> it is {@code x: &T}, which is already the default for a parameter
 * of a tracked type. On a <b>local variable</b> it is {@code let r = &x;}: the variable
 * borrows what initialises it, and the owner cannot be moved, closed or mutated while the
 * borrow is still used. On a <b>method</b>, the result is a borrow
 * ({@code fn get(&self) -> &T}) tied to {@code this}, or to the parameters named in
 * {@link #from()} ({@code fn longest<'a>(a: &'a T, b: &'a T) -> &'a T}).
 *
 * <p>On a <b>class or record</b> it declares a <em>borrowing class</em>
 * ({@code struct Cursor<'a> { buf: &'a Buffer }}): its instances hold the borrows its
 * constructors store in its {@code @Borrowed} (shared) or {@code @Mut} (mutable) fields, so
 * {@code new Cursor(buf)} keeps {@code buf} borrowed while the cursor, or anything derived from
 * it, is used. On a <b>field</b> of such a class (or a record component) it is
 * {@code buf: &'a Buffer}. A record component's annotation also reaches its accessor, whose
 * result is then a borrow tied to the record.
 *
 * <pre>{@code
 * @Borrowed(from = {"a", "b"})
 * static Text longest(Text a, Text b) { return a.len() >= b.len() ? a : b; }
 *
 * Text x = new Text("long");
 * Text r; { Text y = new Text("y"); r = longest(x, y); }   // error[E0597]: `y` does not live long enough
 * r.len();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.TYPE,
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.LOCAL_VARIABLE,
  ElementType.METHOD
})
public @interface Borrowed {
  /**
   * On a method: the parameters whose borrows the result may carry. Empty means Rust's
   * lifetime elision: {@code this} for an instance method of a tracked type, otherwise the
   * single borrowed parameter.
   */
  String[] from() default {};
}
