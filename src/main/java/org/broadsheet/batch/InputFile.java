package org.broadsheet.batch;

import java.nio.file.Path;

/**
 * One file found under the scan folder.
 *
 * @param relative its path relative to the scan folder, '/'-separated (how reports name it)
 * @param outDir   its output folder relative to the output root, '/'-separated
 */
public record InputFile(Path path, String relative, String outDir) {}
