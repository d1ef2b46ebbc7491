package dev.jborrow.processor.check.api;

import dev.jborrow.processor.diag.Code;
import java.util.List;

/**
 * What a check is, for people and tools (as Error Prone's {@code @BugPattern}): its name, what
 * it finds, the codes it alone reports, and the files that word them. A code's long
 * explanation is {@link Code#explanationResource()}; its fixtures are named in CONTRIBUTING.md.
 *
 * @param name the check's class, as a newcomer searches for it
 * @param wording the source files, under {@code processor/src/main/java}, that word its codes
 */
public record CheckInfo(String name, String summary, List<Code> codes, List<String> wording) {

  public CheckInfo {
    codes = List.copyOf(codes);
    wording = List.copyOf(wording);
  }

  public boolean owns(Code code) {
    return codes.contains(code);
  }
}
