package de.ihk.integration;

/** The council information system could not be read: unreachable, too slow, or an answer that is not OParl. */
public class OparlException extends RuntimeException {

    public OparlException(String message) {
        super(message);
    }
}
