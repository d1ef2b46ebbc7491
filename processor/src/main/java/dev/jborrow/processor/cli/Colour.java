package dev.jborrow.processor.cli;

import java.util.Locale;

/** {@code --color WHEN}, as cargo takes it. */
enum Colour {
  AUTO,
  ALWAYS,
  NEVER;

  static Colour parse(Args args, Args.Arg option) {
    String value = args.value(option);
    try {
      return valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw args.usage("invalid value `" + value + "` for `" + option.name()
          + "`: use auto, always or never");
    }
  }

  /**
   * Whether to colour. {@code auto} colours a terminal unless {@code NO_COLOR} is set to a
   * non-empty value (no-color.org: an empty one means nothing) or {@code TERM} is {@code dumb};
   * an explicit {@code --color} wins over both, as no-color.org asks.
   */
  boolean enabled(Terminal terminal) {
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> terminal.stderrIsTerminal()
          && terminal.env().getOrDefault("NO_COLOR", "").isEmpty()
          && !"dumb".equals(terminal.env().get("TERM"));
    };
  }
}
