package org.broadsheet.model;

/** What kind of region the source says a block is. */
public enum BlockKind { TEXT, HEADING, CAPTION, VERTICAL_TEXT, IMAGE, TABLE, SEPARATOR, OTHER }
