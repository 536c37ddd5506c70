package org.broadsheet.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/** The ALTO 4.4 schema from ../shared/schemas, with its XLink import resolved to the local copy (no network here). */
final class AltoSchema {
    static final Path DIR = Path.of("..", "shared", "schemas").toAbsolutePath().normalize();

    private static Schema schema;

    private AltoSchema() {}

    static synchronized Schema get() throws SAXException {
        Path alto = DIR.resolve("alto-4-4.xsd");
        Assumptions.assumeTrue(Files.isRegularFile(alto) && Files.isRegularFile(DIR.resolve("xlink.xsd")),
                "ALTO schema not found at " + DIR + " (../shared/schemas); skipping schema validation");
        if (schema == null) {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setResourceResolver((type, ns, publicId, systemId, baseUri) ->
                    systemId != null && systemId.endsWith("xlink.xsd") ? local(DIR.resolve("xlink.xsd"), systemId) : null);
            schema = f.newSchema(new StreamSource(alto.toFile()));
        }
        return schema;
    }

    static void validate(Path xml) throws SAXException, IOException {
        get().newValidator().validate(new StreamSource(xml.toFile()));
    }

    private static LSInput local(Path file, String systemId) {
        return new LSInput() {
            public Reader getCharacterStream() { return null; }
            public void setCharacterStream(Reader r) {}
            public InputStream getByteStream() {
                try {
                    return Files.newInputStream(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            public void setByteStream(InputStream s) {}
            public String getStringData() { return null; }
            public void setStringData(String s) {}
            public String getSystemId() { return file.toUri().toString(); }
            public void setSystemId(String s) {}
            public String getPublicId() { return null; }
            public void setPublicId(String s) {}
            public String getBaseURI() { return null; }
            public void setBaseURI(String s) {}
            public String getEncoding() { return null; }
            public void setEncoding(String s) {}
            public boolean getCertifiedText() { return false; }
            public void setCertifiedText(boolean b) {}
        };
    }
}
