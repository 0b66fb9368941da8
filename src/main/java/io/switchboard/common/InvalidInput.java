package io.switchboard.common;

/** Bad input: nothing was changed; each error names its field. */
public class InvalidInput extends RuntimeException {
    public final FieldErrors errors;

    public InvalidInput(FieldErrors errors) {
        super("Invalid input: " + String.join("; ", errors.details()));
        this.errors = errors;
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(FieldErrors.none().add(field, message));
    }
}
