package org.broadsheet.model;

public enum Justification { UNKNOWN, LEFT, CENTER, RIGHT }
