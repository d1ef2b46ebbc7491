package dev.jborrow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Calling the method moves its receiver: {@code fn close(self)}. After the call the variable
 * holds nothing and every later use is an error. {@link AutoCloseable#close()} on a tracked
 * value counts as {@code @Consumes} without the annotation.
 *
 * <pre>{@code
 * @Owned final class Tx { @Consumes void commit() {} }
 *
 * Tx tx = db.begin();
 * tx.commit();             // `tx` moved here
 * tx.commit();             // error[E0382]: use of moved value: `tx`
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Consumes {}
