package org.broadsheet.layout;

import java.util.regex.Pattern;

/** Text shapes that give a line's role away, for Chinese and English pages. */
public final class Patterns {
    private Patterns() {}

    private static final Pattern BYLINE = Pattern.compile(
            // The name after "by" is capitalised: "by the evening" opens a body line, not a byline.
            "^\\s*(?:[Bb][Yy]|[Ff][Rr][Oo][Mm])\\s+(?-i:\\p{Lu})[\\p{L}.'’\\- ]+(?:,.*)?$"
            + "|^\\s*(?:(?:本报|特约)*(?:记者|通讯员|实习生|摄影|撰文)[\\s：:]*\\p{IsHan}{2,4}(?:[\\s、，]*\\p{IsHan}{2,8})*\\s*$)"
            + "|^\\s*(?:文|图|文图|摄影)\\s*[／/|]"
            + "|^\\s*[（(][\\p{IsHan}\\s·、]{2,16}[）)]\\s*$"
            + "|^\\s*(?:新华社|中新社|中新网|人民网|本报)[\\p{IsHan}\\d\\s]{0,14}(?:电|讯)\\s*(?:[（(][^）)]{0,20}[）)])?\\s*$"
            + "|^\\s*\\p{Lu}[\\p{Lu}\\s.,'’-]{2,40}\\s*\\((?:AP|Reuters|AFP|UPI)\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*(?:[-–—]\\s*)?\\d{1,3}(?:\\s*[-–—])?\\s*$|^\\s*第?\\s*[0-9一二三四五六七八九十]{1,3}\\s*版\\s*$"
            + "|^\\s*(?:page|p\\.)\\s*\\d{1,3}\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern DATELINE = Pattern.compile(
            "\\d{4}\\s*年\\s*\\d{1,2}\\s*月|第\\s*\\d+\\s*期|\\b(?:VOL|NO)\\b[.,]?\\s*[\\dIVXL]"
            + "|\\b(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}"
            + "|星期[一二三四五六日天]", Pattern.CASE_INSENSITIVE);

    public static boolean byline(String text) {
        return text.length() <= 60 && BYLINE.matcher(text.strip()).find();
    }

    public static boolean pageNumber(String text) {
        return PAGE_NUMBER.matcher(text).matches();
    }

    public static boolean dateline(String text) {
        return DATELINE.matcher(text).find();
    }
}
