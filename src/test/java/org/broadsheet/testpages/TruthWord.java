package org.broadsheet.testpages;

import org.broadsheet.model.Box;

/** One drawn word (English) or character / Latin run (Chinese) with its box: the grain Tesseract reports. */
public record TruthWord(String text, Box box) {}
