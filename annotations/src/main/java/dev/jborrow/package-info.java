/**
 * Ownership annotations checked at compile time by the jborrow annotation processor.
 *
 * <p>{@link dev.jborrow.Owned}, {@link dev.jborrow.Borrowed}, {@link dev.jborrow.Mut} and
 * {@link dev.jborrow.Consumes} are declaration annotations with {@code CLASS} retention, so
 * contracts written on a library are read back from its jar.
 */
package dev.jborrow;
