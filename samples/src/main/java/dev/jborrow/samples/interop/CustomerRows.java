package dev.jborrow.samples.interop;

import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Customer to row, the mapping MapStruct generates. */
@Mapper
public interface CustomerRows {
  CustomerRows INSTANCE = Mappers.getMapper(CustomerRows.class);

  CustomerDto toDto(Customer customer);

  /** MapStruct maps to a bean with setters; AutoValue's row is made from it. */
  default CustomerRow toRow(Customer customer) {
    CustomerDto dto = toDto(customer);
    return CustomerRow.of(dto.getName(), dto.getCity(), dto.getOrders());
  }
}
