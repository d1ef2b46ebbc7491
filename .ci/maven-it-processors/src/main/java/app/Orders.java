package app;

import com.google.auto.value.AutoValue;
import dev.jborrow.Mut;
import dev.jborrow.Owned;
import java.util.ArrayList;
import java.util.List;
import lombok.Builder;
import lombok.Cleanup;
import lombok.Value;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

public final class Orders {

  @Owned
  public static final class Ledger implements AutoCloseable {
    private final List<String> lines = new ArrayList<>();

    @Mut
    public void record(String line) {
      lines.add(line);
    }

    @Override
    public void close() {}
  }

  @Value
  @Builder
  public static class Order {
    String customer;
    int amount;
  }

  @AutoValue
  public abstract static class Line {
    public abstract String text();

    static Line of(String text) {
      return new AutoValue_Orders_Line(text);
    }
  }

  public static class OrderDto {
    private String customer;

    public String getCustomer() {
      return customer;
    }

    public void setCustomer(String customer) {
      this.customer = customer;
    }
  }

  @Mapper
  public interface OrderMapper {
    OrderMapper INSTANCE = Mappers.getMapper(OrderMapper.class);

    OrderDto toDto(Order order);
  }

  static void keep(@Owned Ledger ledger) {
    ledger.close();
  }

  /** Lombok closes the ledger on every path: nothing to report. */
  static int book(List<Order> orders) {
    @Cleanup Ledger ledger = new Ledger();
    for (Order o : orders) {
      ledger.record(Line.of(OrderMapper.INSTANCE.toDto(o).getCustomer()).text());
    }
    return orders.size();
  }

  /** The one mistake: the ledger is given away, then used. */
  static void lose(Order order) {
    Ledger ledger = new Ledger();
    keep(ledger);
    ledger.record(order.getCustomer());
  }

  private Orders() {}
}
