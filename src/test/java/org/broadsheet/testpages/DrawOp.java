package org.broadsheet.testpages;

import java.awt.Font;
import org.broadsheet.model.Box;

/** One mark on the page, collected first and drawn at the end so placement can be tried without drawing. */
sealed interface DrawOp {

    record Text(String text, Font font, float x, float baseline) implements DrawOp {}

    /** A filled rectangle: rules, frame edges, photos. */
    record Fill(Box box, int grey) implements DrawOp {}
}
