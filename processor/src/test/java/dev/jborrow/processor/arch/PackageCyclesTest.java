package dev.jborrow.processor.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}
