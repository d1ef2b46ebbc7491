package dev.jborrow.processor.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import dev.jborrow.processor.check.Checks;
import dev.jborrow.processor.check.api.CheckInfo;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;

/**
 * The processor's packages form layers: the graph, the lowered body, the analyses, the
 * wording, the checks, the doors. A cycle between two of them is a layer that cannot be read
 * or changed alone, so none is allowed; each subpackage ({@code check.loans}) counts as a
 * package of its own.
 */
class PackageCyclesTest {

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    // The module's own output only: scanning the class path for the package reads every jar.
    main = new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  @Test
  void noPackageDependsOnItselfThroughAnother() {
    slices().matching("dev.jborrow.processor.(**)").should().beFreeOfCycles().check(main);
  }

  @Test
  void theRootPackageIsInNoCycleEither() {
    // `(**)` above leaves out the root package's own classes (the processor, the plugin).
    slices().matching("dev.jborrow.(**)").should().beFreeOfCycles().check(main);
  }

  @Test
  void theLoweredBodyKnowsNoCheck() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideInAnyPackage("dev.jborrow.processor.ir..",
            "dev.jborrow.processor.dataflow..", "dev.jborrow.processor.cfg..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.jborrow.processor.check..",
            "dev.jborrow.processor.errors..", "dev.jborrow.processor.lower..")
        .check(main);
  }

  /**
   * A code is created in exactly one check: its wording (an {@code errors} class the registry
   * names) is called from the package of the check that owns it and from nowhere else, so
   * "which check reports E0505" has one answer in the code as in the registry.
   */
  @Test
  void eachChecksWordingIsCalledOnlyByThatCheck() {
    for (CheckInfo c : Checks.all()) {
      List<JavaClass> checks = main.stream()
          .filter(k -> k.getSimpleName().equals(c.name())).toList();
      assertEquals(1, checks.size(), "the class of check " + c.name());
      String home = checks.get(0).getPackageName();
      for (String w : c.wording()) {
        String wording = w.replace(".java", "").replace('/', '.');
        if (!wording.startsWith("dev.jborrow.processor.errors.")) {
          continue; // the internal error is worded where it is caught
        }
        ArchRuleDefinition.noClasses()
            .that().resideOutsideOfPackages(home, "dev.jborrow.processor.errors")
            .should().accessClassesThat().haveFullyQualifiedName(wording)
            .because(wording + " words the codes of " + c.name() + " alone")
            .check(main);
      }
    }
  }
}
