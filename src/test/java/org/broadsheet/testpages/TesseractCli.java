package org.broadsheet.testpages;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Runs the tesseract command-line program on an image, for tests that prove rendered pages are
 * readable independently of broadsheet's own OCR stage.
 */
public final class TesseractCli {

    public static final Path BINARY = Path.of("/usr/bin/tesseract");

    private TesseractCli() {}

    /** Null when tesseract and the language are usable, otherwise why not (for a skip message). */
    public static String unavailable(String language) {
        if (!Files.isExecutable(BINARY)) return BINARY + " is not installed";
        try {
            String langs = run(List.of(BINARY.toString(), "--list-langs"), 60);
            if (langs.lines().noneMatch(l -> l.strip().equals(language))) return "tesseract has no '" + language + "' data";
            return null;
        } catch (IOException e) {
            return "tesseract does not run: " + e.getMessage();
        }
    }

    /** The text tesseract reads from {@code image} with page segmentation mode {@code psm}. */
    public static String read(BufferedImage image, String language, int psm) throws IOException {
        Path png = Files.createTempFile("broadsheet-ocr", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            return run(List.of(BINARY.toString(), png.toString(), "stdout", "-l", language, "--psm", String.valueOf(psm)), 300);
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private static String run(List<String> command, int timeoutSeconds) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("tesseract took longer than " + timeoutSeconds + " s");
            }
            if (p.exitValue() != 0) throw new IOException("tesseract exited with " + p.exitValue());
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted", e);
        }
    }
}
