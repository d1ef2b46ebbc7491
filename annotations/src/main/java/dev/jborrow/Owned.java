package dev.jborrow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A value with a single owner, moved rather than copied.
 *
 * <p>On a <b>type</b>, every value of the type and of its subtypes is tracked: it has one
 * owner at a time, and assigning it to another variable, passing it to an {@code @Owned}
 * parameter or returning it moves it. This is a Rust {@code struct} without {@code Copy}.
 * On a <b>parameter</b>, the method takes ownership of its argument ({@code fn f(x: T)}).
 * On a <b>local variable or field</b>, the variable owns its value even if the type is not
 * an {@code @Owned} type, which lets you track an {@code InputStream} or an {@code ArrayList}.
 * On a <b>method</b>, it documents that the result is a fresh owned value (the default).
 *
 * <pre>{@code
 * @Owned final class Buffer implements AutoCloseable { public void close() {} }
 *
 * static void sink(@Owned Buffer b) { b.close(); }   // fn sink(b: Buffer)
 * Buffer b = new Buffer();
 * sink(b);                                           // b is moved here
 * b.close();                                         // error[E0382]: use of moved value: `b`
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PARAMETER, ElementType.LOCAL_VARIABLE, ElementType.FIELD,
    ElementType.METHOD})
public @interface Owned {}
