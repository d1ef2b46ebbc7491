package dev.jborrow.processor.cfg;

/**
 * The body has a tree javac could not attribute: it has an ordinary compile error, which javac
 * reports itself. The checker then stays silent on that body.
 */
public final class UnattributedCodeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnattributedCodeException(String what) {
    super(what, null, false, false);
  }
}
