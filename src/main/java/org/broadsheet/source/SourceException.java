package org.broadsheet.source;

/** An input file cannot be read; the message names what is wrong with it, in one line. */
public class SourceException extends Exception {
    public SourceException(String message) { super(message); }
    public SourceException(String message, Throwable cause) { super(message, cause); }
}
