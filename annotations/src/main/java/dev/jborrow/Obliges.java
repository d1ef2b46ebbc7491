package dev.jborrow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Calling the method puts an obligation on its receiver, which the same method body must meet
 * on every path by calling a {@link Discharges} method of it: {@code lock()} and
 * {@code unlock()}, {@code begin()} and {@code commit()}/{@code rollback()}. The receiver is not
 * moved or owned by the caller; the obligation is (J0001 when a path leaves without it met).
 *
 * <pre>{@code
 * final class Gate { @Obliges void enter() {} @Discharges void leave() {} }
 *
 * gate.enter();
 * try { work(); } finally { gate.leave(); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Obliges {}
