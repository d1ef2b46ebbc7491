package dev.jborrow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Calling the method meets the obligation of its receiver's owner without ending the value's
 * life: after {@code executor.shutdown()} or {@code span.end()} the owner need not close the
 * value, and may still use it ({@code executor.awaitTermination(..)}). A type with such a method
 * must see it, {@code close()} or a {@code @Consumes} method called by its owners (J0001), unless
 * it also has an {@link Obliges} method: then only the calls of that method create the
 * obligation.
 *
 * <pre>{@code
 * @Owned final class Span { @Discharges void end() {} long id() { return 0; } }
 *
 * Span s = tracer.start("load");
 * s.end();
 * log(s.id());             // fine: end() did not consume it
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Discharges {}
