package dev.jborrow.samples.interop;

/** The bean MapStruct fills. */
public class CustomerDto {
  private String name;
  private String city;
  private int orders;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public int getOrders() {
    return orders;
  }

  public void setOrders(int orders) {
    this.orders = orders;
  }
}
