package dev.jborrow.samples.interop;

import com.google.auto.value.AutoValue;

/** A row of the export, as AutoValue writes it. */
@AutoValue
public abstract class CustomerRow {
  public abstract String name();

  public abstract String city();

  public abstract int orders();

  public static CustomerRow of(String name, String city, int orders) {
    return new AutoValue_CustomerRow(name, city, orders);
  }
}
