package dev.jborrow.processor.gen;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskListener;

/**
 * A javac plugin that listens and does nothing: the cost javac pays for any task listener
 * (its parser then keeps every comment and the end position of every tree), which is the floor
 * of {@code -Xplugin:JBorrow} and of any checker that hears of each analysed class. {@code
 * bench/run.sh} compiles this file on its own and names it with {@code -Xplugin:Listener}.
 */
public final class ListenerPlugin implements Plugin {

  @Override
  public String getName() {
    return "Listener";
  }

  @Override
  public void init(JavacTask task, String... args) {
    task.addTaskListener(new TaskListener() {});
  }
}
