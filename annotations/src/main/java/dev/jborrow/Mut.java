package dev.jborrow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An exclusive, mutable borrow.
 *
 * <p>On a <b>parameter</b> it is {@code x: &mut T}: for the duration of the call nobody else
 * may read or write the argument. On a <b>local variable</b> it is {@code let r = &mut x;}.
 * On a <b>method</b> it is {@code &mut self}: the method needs exclusive access to
 * {@code this}, so it cannot be called while {@code this} is borrowed, nor through a shared
 * borrow. Instance methods of a tracked type without {@code @Mut} get a shared {@code this}.
 * On a <b>field</b> of a borrowing class ({@code @Borrowed} on the class) it is
 * {@code lexer: &'a mut Lexer}: the field holds a mutable borrow of what the constructor
 * received in a {@code @Mut} parameter.
 *
 * <pre>{@code
 * @Owned final class Vec { @Mut void push(int x) {}  @Borrowed Elem get(int i) { ... } }
 *
 * Elem first = v.get(0);   // immutable borrow of `v` occurs here
 * v.push(4);               // error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable
 * first.print();           // immutable borrow later used here
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.LOCAL_VARIABLE,
  ElementType.METHOD
})
public @interface Mut {}
