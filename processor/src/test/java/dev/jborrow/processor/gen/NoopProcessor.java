package dev.jborrow.processor.gen;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * An annotation processor that does nothing: the cost javac pays for running any processor at
 * all (it enters every class a second time after the processing round), which is the floor of
 * any checker that is added through {@code annotationProcessorPaths}. The benchmarks compare
 * jborrow with it as well as with plain javac ({@link CorpusBenchmark}, and {@code
 * bench/run.sh}, which compiles this file on its own: it needs nothing but the JDK).
 */
public final class NoopProcessor extends AbstractProcessor {

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
