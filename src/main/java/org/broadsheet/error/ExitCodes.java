package org.broadsheet.error;

/** The process exit codes, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Some input files failed; the others were processed. */
    public static final int SOME_FAILED = 1;
    /** Wrong command line. */
    public static final int USAGE = 2;
    /** The input folder cannot be read or does not exist. */
    public static final int INPUT_MISSING = 3;
    /** Tesseract or a language model is missing or does not load. */
    public static final int OCR_SETUP = 4;
    /** The output folder cannot be written. */
    public static final int OUTPUT_UNWRITABLE = 5;
    /** A bug in broadsheet. */
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}
