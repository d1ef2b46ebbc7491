package dev.jborrow.samples.interop;

import lombok.Builder;
import lombok.Value;

/** A plain value: Lombok writes its constructor, accessors, equals and builder. */
@Value
@Builder
public class Customer {
  String name;
  String city;
  int orders;
}
