package dev.jborrow.processor;

import com.sun.source.util.TreePath;
import dev.jborrow.processor.diag.DiagnosticSink;

/**
 * Checks of declarations rather than bodies: contracts of methods (E0106, J0004) and of
 * overrides (J0003).
 */
final class DeclarationChecks {

  void checkClass(TreePath classPath, DiagnosticSink sink) {}

  void checkMethod(TreePath methodPath, DiagnosticSink sink) {}
}
