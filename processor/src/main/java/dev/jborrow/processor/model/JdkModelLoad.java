package dev.jborrow.processor.model;

import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The JDK's model, read on a thread of its own from the moment the plugin starts, while javac
 * parses and attributes. Read on javac's thread, before the first class was checked, it cost
 * every compilation 12 to 16 ms in a cold JVM (bench/README.md), a fixed price that weighs most
 * on the small modules of a reactor. Reading it asks javac nothing (its types and methods are
 * looked up when a call first needs them), so javac's objects stay on javac's thread.
 */
public final class JdkModelLoad {

  private final LibraryModels models;
  private final Thread thread;
  private Throwable failure;

  private JdkModelLoad(Types types, Elements elements) {
    this.models = new LibraryModels(types, elements);
    this.thread = new Thread(this::read, "jborrow-jdk-model");
    thread.setDaemon(true); // a compilation that ends before its first class does not wait
  }

  /** Starts reading the JDK's model for the compilation whose types and elements these are. */
  public static JdkModelLoad start(Types types, Elements elements) {
    JdkModelLoad load = new JdkModelLoad(types, elements);
    try {
      load.thread.start();
    } catch (RuntimeException | OutOfMemoryError e) {
      // No thread to be had (a limit of the build's machine): the model is read at join.
    }
    return load;
  }

  private void read() {
    try {
      models.loadJdk(false);
    } catch (RuntimeException | Error e) {
      failure = e;
    }
  }

  /** The models, with the JDK's read, once the thread is done; its failure, thrown here. */
  public LibraryModels join() {
    if (thread.getState() == Thread.State.NEW) {
      read(); // never started
    }
    boolean interrupted = false;
    while (true) {
      try {
        thread.join(); // the thread's writes happen-before the return of join
        break;
      } catch (InterruptedException e) {
        interrupted = true; // javac's thread is not ours to give up: wait, then say so
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure instanceof RuntimeException r) {
      throw r;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return models;
  }
}
