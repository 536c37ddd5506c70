package org.broadsheet.error;

/**
 * A failure the user can act on: it carries the process exit code and a hint saying what to do.
 * The CLI turns these into exit codes in one place.
 */
public class BroadsheetException extends RuntimeException {
    private final int exitCode;
    private final String hint;

    public BroadsheetException(int exitCode, String message, String hint) {
        this(exitCode, message, hint, null);
    }

    public BroadsheetException(int exitCode, String message, String hint, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.hint = hint;
    }

    public int exitCode() { return exitCode; }

    /** What the user can do about it; may be null. */
    public String hint() { return hint; }
}
