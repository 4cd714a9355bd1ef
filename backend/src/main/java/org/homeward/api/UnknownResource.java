package org.homeward.api;

/** A request named something that does not exist (answered 404). */
class UnknownResource extends RuntimeException {
    UnknownResource(String what) {
        super("No " + what);
    }
}
