package org.broadsheet.model;

/**
 * The input file a result came from.
 *
 * @param path      path relative to the scan folder, with '/' separators
 * @param mediaType what the content was detected as (for example {@code image/tiff})
 */
public record SourceInfo(String path, long size, String sha256, String mediaType) {}
