package org.broadsheet.cli;

import org.broadsheet.dictionary.EnglishLexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.broadsheet.error.ExitCodes;
import org.broadsheet.export.AtomicFiles;
import org.broadsheet.model.Hyphenation;
import org.broadsheet.repair.RepairResult;
import org.broadsheet.repair.TextRepair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code broadsheet repair FILE... [-o OUT]}: rebuilds the paragraphs of wrapped plain text. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Rebuild whole paragraphs in plain UTF-8 text whose lines were broken by extraction or OCR:",
                "joins wrapped lines, undoes hyphenation at line ends, removes doubled fake-bold headings,",
                "spaces between Chinese characters and half-width punctuation in Chinese.",
                "Writes paragraphs separated by a blank line."})
public final class RepairCommand implements Callable<Integer> {
    private static final String STDIO = "-";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 text files; '-' reads standard input.")
    List<String> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file ('-' or absent: standard output); with several inputs a folder that gets one file each.")
    String output;

    @Option(names = "--hyphens", description = "Also list every hyphen decision on standard error (file, line, head, tail, result, reason).")
    boolean listHyphens;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    public RepairCommand() {
        this(System.in, System.out, System.err);
    }

    RepairCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        boolean toFolder = files.size() > 1 && output != null && !STDIO.equals(output);
        if (toFolder && Files.exists(Path.of(output)) && !Files.isDirectory(Path.of(output))) {
            stderr.println("broadsheet repair: " + output + " is a file; with several inputs -o must name a folder");
            return ExitCodes.USAGE;
        }
        int exit = ExitCodes.OK;
        Set<Path> written = new HashSet<>();
        for (String file : files) {
            String text;
            try {
                text = read(file);
            } catch (IOException e) {
                stderr.println("broadsheet repair: cannot read " + file + ": " + describe(e));
                exit = Math.max(exit, ExitCodes.SOME_FAILED);
                continue;
            }
            RepairResult result = new TextRepair(EnglishLexicon::installed).run(text);
            if (listHyphens) printHyphens(file, result.hyphenations());
            try {
                write(file, result.render(), toFolder, written);
            } catch (IOException e) {
                stderr.println("broadsheet repair: cannot write the repair of " + file + ": " + describe(e));
                exit = Math.max(exit, ExitCodes.OUTPUT_UNWRITABLE);
            }
        }
        return exit;
    }

    private String read(String file) throws IOException {
        byte[] bytes = STDIO.equals(file) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
    }

    private void write(String file, String repaired, boolean toFolder, Set<Path> written) throws IOException {
        if (output == null || STDIO.equals(output)) {
            stdout.write(repaired.getBytes(StandardCharsets.UTF_8));
            stdout.flush();
            return;
        }
        Path target = Path.of(output);
        if (toFolder || Files.isDirectory(target)) {
            String name = STDIO.equals(file) ? "stdin.txt" : Path.of(file).getFileName().toString();
            target = target.resolve(name);
        }
        if (!STDIO.equals(file) && Files.exists(target) && Files.isSameFile(target, Path.of(file))) {
            throw new IOException("the output " + target + " is the input itself");
        }
        if (!written.add(target.toAbsolutePath().normalize())) {
            throw new IOException(target + " was already written for an earlier input of the same name");
        }
        AtomicFiles.writeString(target, repaired);
    }

    private void printHyphens(String file, List<Hyphenation> hyphenations) {
        for (Hyphenation h : hyphenations) {
            stderr.println(String.join("\t", file, h.lineId(), h.head(), h.tail(), h.result(), h.reason()));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
