package org.broadsheet.model;

/** What a region of text is for, on a newspaper page. */
public enum Role { MASTHEAD, HEADLINE, KICKER, SUBTITLE, SUBHEAD, BYLINE, BODY, CAPTION, FURNITURE }
