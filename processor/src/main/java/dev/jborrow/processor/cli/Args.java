package dev.jborrow.processor.cli;

import java.util.List;

/**
 * The arguments of one command, read left to right. An option takes its value as
 * {@code --name value} or {@code --name=value}, as cargo's do; every mistake is a
 * {@link UsageException} that names the argument and the command it was given to.
 */
final class Args {

  /**
   * One argument: an option with the value written after its {@code =}, or an operand.
   *
   * @param inline the value after {@code =}, {@code null} when there was none
   */
  record Arg(String name, String inline) {
    boolean isOption() {
      return name.startsWith("-") && name.length() > 1;
    }
  }

  private final List<String> args;
  private final Help.Topic topic;
  private int next;

  Args(List<String> args, Help.Topic topic) {
    this.args = List.copyOf(args);
    this.topic = topic;
  }

  boolean hasNext() {
    return next < args.size();
  }

  Arg next() {
    String a = args.get(next++);
    int eq = a.indexOf('=');
    return a.startsWith("--") && eq > 2 ? new Arg(a.substring(0, eq), a.substring(eq + 1))
        : new Arg(a, null);
  }

  /** The arguments not read yet, as written: a command's, after its name. */
  List<String> rest() {
    List<String> rest = args.subList(next, args.size());
    next = args.size();
    return rest;
  }

  /** The value of {@code option}: after its {@code =}, or the next argument. */
  String value(Arg option) {
    String value = option.inline();
    if (value == null && hasNext() && !new Arg(args.get(next), null).isOption()) {
      value = args.get(next++);
    }
    if (value == null || value.isEmpty()) {
      throw usage("option `" + option.name() + "` needs a value");
    }
    return value;
  }

  /** {@code option} as a number of at least zero. */
  int count(Arg option) {
    String value = value(option);
    try {
      int n = Integer.parseInt(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // told below, with the option's name
    }
    throw usage("invalid value `" + value + "` for `" + option.name()
        + "`: expected a whole number, 0 or more");
  }

  /** Checks that a flag was given no value: {@code --audit=yes} is a mistake. */
  void flag(Arg option) {
    if (option.inline() != null) {
      throw usage("option `" + option.name() + "` takes no value");
    }
  }

  UsageException usage(String message) {
    return new UsageException(message, topic);
  }
}
