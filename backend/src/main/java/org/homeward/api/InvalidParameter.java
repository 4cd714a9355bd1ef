package org.homeward.api;

/** A request parameter whose value cannot be used (answered 400 with the parameter named). */
class InvalidParameter extends RuntimeException {

    private final String field;

    InvalidParameter(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
