package dev.jborrow.samples.interop;

import java.util.List;
import lombok.Cleanup;

/**
 * Writes customers to a spool. {@code @Cleanup} closes the spool on every path, so jborrow,
 * which checks Lombok's expansion, finds every obligation met.
 */
public final class Export {

  private Export() {}

  public static int export(List<Customer> customers) {
    @Cleanup Spool spool = new Spool("customers");
    for (Customer c : customers) {
      CustomerRow row = CustomerRows.INSTANCE.toRow(c);
      spool.write(row.name() + ";" + row.city() + ";" + row.orders());
    }
    return spool.size();
  }

  public static void main(String[] args) {
    List<Customer> customers = List.of(
        Customer.builder().name("Ada").city("London").orders(3).build(),
        Customer.builder().name("Grace").city("Arlington").orders(5).build());
    System.out.println("exported " + export(customers) + " rows");
  }
}
