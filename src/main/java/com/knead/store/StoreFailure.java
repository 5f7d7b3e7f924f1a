package com.knead.store;

/**
 * The database could not do what was asked. The message is for the log; screens show their own
 * plain sentence and keep what the person typed.
 */
public class StoreFailure extends RuntimeException {
    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
