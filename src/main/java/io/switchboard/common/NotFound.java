package io.switchboard.common;

/** A row that does not exist in the caller's tenant; answered 404 whether it exists elsewhere or not. */
public class NotFound extends RuntimeException {
    public NotFound(String what) {
        super(what);
    }
}
