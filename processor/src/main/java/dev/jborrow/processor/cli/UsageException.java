package dev.jborrow.processor.cli;

/**
 * A mistake in the command line, told to the user with the usage of the command it was made
 * in (exit status 2, as cargo's).
 *
 * @see Main#run
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The command whose usage to show: {@link Help.Topic#JBORROW} for jborrow's own options. */
  private final Help.Topic topic;

  UsageException(String message, Help.Topic topic) {
    super(message);
    this.topic = topic;
  }

  Help.Topic topic() {
    return topic;
  }
}
