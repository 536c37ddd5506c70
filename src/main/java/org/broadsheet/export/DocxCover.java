package org.broadsheet.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.broadsheet.model.IssueMeta;

/** The first page: the paper's name, the issue's date, number and volume, and the files the document was made from. */
final class DocxCover {
    private DocxCover() {}

    static void write(XWPFDocument doc, List<ArticlesFile> files, String title, TextScript script) {
        String paper = first(files, IssueMeta::paper);
        para(doc, DocxStyles.TITLE, paper != null ? paper : title, DocxFonts.SANS, script);
        List<String> info = new ArrayList<>();
        String date = first(files, IssueMeta::date);
        if (date != null) info.add(date(date, script));
        String number = first(files, IssueMeta::issueNumber);
        // The masthead reader gives bare numbers; a printed form (第3290期, No. 5) is shown as it came.
        boolean bareNumber = number != null && number.matches("\\d+");
        if (number != null) info.add(!bareNumber ? number : script.chinese() ? "第" + number + "期" : "No. " + number);
        String volume = first(files, IssueMeta::volume);
        boolean bareVolume = volume != null && volume.matches("\\d+");
        if (volume != null) info.add(!bareVolume ? volume : script.chinese() ? "第" + volume + "卷" : "Vol. " + volume);
        if (!info.isEmpty()) para(doc, DocxStyles.ISSUE_INFO, String.join(" · ", info), DocxFonts.SERIF, script);

        XWPFParagraph label = para(doc, DocxStyles.ISSUE_INFO, switch (script) {
            case SIMPLIFIED -> "来源文件";
            case TRADITIONAL -> "來源檔案";
            case LATIN -> "Source files";
        }, DocxFonts.SANS, script);
        label.setSpacingBefore(720);
        for (ArticlesFile f : files) {
            int pages = f.pages().size(), articles = f.articles().size();
            String counts = switch (script) {
                case SIMPLIFIED -> "（" + pages + "页，" + articles + "篇）";
                case TRADITIONAL -> "（" + pages + "頁，" + articles + "篇）";
                case LATIN -> " (" + pages + (pages == 1 ? " page, " : " pages, ") + articles
                        + (articles == 1 ? " article)" : " articles)");
            };
            para(doc, DocxStyles.SOURCE_LIST, f.source().path() + counts, DocxFonts.SERIF, script);
        }
    }

    private static String first(List<ArticlesFile> files, Function<IssueMeta, String> field) {
        return files.stream().map(ArticlesFile::meta).filter(Objects::nonNull).map(field)
                .filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    /** The masthead date is ISO (yyyy-MM-dd); shown the way the paper's readers write dates. */
    static String date(String iso, TextScript script) {
        try {
            LocalDate d = LocalDate.parse(iso);
            return script.chinese() ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
                    : d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static XWPFParagraph para(XWPFDocument doc, String style, String text, DocxFonts face, TextScript script) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        DocxRuns.text(p, text, face, script);
        return p;
    }
}
