package org.broadsheet.cli;

import java.io.PrintWriter;
import org.broadsheet.error.BroadsheetException;
import org.broadsheet.error.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "broadsheet", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "OCR, article segmentation and text repair for newspaper archives.",
        subcommands = {RunCommand.class, RepairCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run, repair)");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler(Main::usageError);
        return cl;
    }

    /** The one place where failures become exit codes and messages. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof BroadsheetException be) {
            err.println("broadsheet: " + be.getMessage());
            if (be.hint() != null) err.println("hint: " + be.hint());
            err.flush();
            return be.exitCode();
        }
        err.println("broadsheet: internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("broadsheet: " + e.getMessage());
        err.println("hint: see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCodes.USAGE;
    }
}
