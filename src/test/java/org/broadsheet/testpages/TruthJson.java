package org.broadsheet.testpages;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.model.Box;

/**
 * The truth of a page as JSON (NAME.truth.json beside NAME.png), for benchmarks and for people
 * looking at a sample. Boxes are written as [x, y, w, h], the form every broadsheet output uses.
 */
public final class TruthJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .registerModule(new SimpleModule().addSerializer(Box.class, new JsonSerializer<Box>() {
                @Override
                public void serialize(Box b, JsonGenerator gen, SerializerProvider p) throws IOException {
                    gen.writeArray(b.toArray(), 0, 4);
                }
            }).addDeserializer(Box.class, new JsonDeserializer<Box>() {
                @Override
                public Box deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                    int[] v = p.readValueAs(int[].class);
                    return new Box(v[0], v[1], v[2], v[3]);
                }
            }));

    private TruthJson() {}

    public static byte[] write(PageTruth truth) {
        try {
            return MAPPER.writeValueAsBytes(truth);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a truth file back (benchmarks that score saved pages). */
    public static PageTruth read(Path file) throws IOException {
        return MAPPER.readValue(Files.readAllBytes(file), PageTruth.class);
    }
}
