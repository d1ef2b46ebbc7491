package dev.jborrow.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.util.JavacTask;
import java.util.List;
import javax.lang.model.util.Elements;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** The JDK's model read on a thread of its own is the model read on javac's. */
class JdkModelLoadTest {

  private static JavacTask task() {
    return (JavacTask) ToolProvider.getSystemJavaCompiler()
        .getTask(null, null, null, List.of("-proc:none"), null, List.of());
  }

  @Test
  void theModelReadAheadKnowsWhatTheJdkModelSays() {
    JavacTask task = task();
    Elements elements = task.getElements();
    LibraryModels ahead = JdkModelLoad.start(task.getTypes(), elements).join();
    LibraryModels here = LibraryModels.withJdk(task.getTypes(), elements);
    assertEquals(List.of(), ahead.problems());
    for (String name : List.of("java.io.StringReader", "java.io.ByteArrayOutputStream",
        "java.io.FileInputStream")) {
      var type = JavaBase.type(elements, name);
      assertEquals(here.isResourceFree(type), ahead.isResourceFree(type), name);
    }
    assertTrue(ahead.isResourceFree(JavaBase.type(elements, "java.io.StringReader")));
    assertFalse(ahead.isResourceFree(JavaBase.type(elements, "java.io.FileInputStream")));
  }

  @Test
  void joiningTwiceGivesTheSameModels() {
    JavacTask task = task();
    JdkModelLoad load = JdkModelLoad.start(task.getTypes(), task.getElements());
    assertTrue(load.join() == load.join());
  }
}
