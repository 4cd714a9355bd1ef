package org.homeward.offices;

/** An office of the programme, such as JKT (Jakarta). */
public record Office(String code, String name, String country) {
}
