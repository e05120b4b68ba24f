package org.jianfu.documents.internal.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.jianfu.documents.internal.Document;
import org.jianfu.platform.fonts.ShippedFonts;
import org.springframework.stereotype.Component;

/**
 * A document as OFD (GB/T 33190, the format archives and 电子公文 systems expect) in the same
 * GB/T 9704-2012 layout as the PDF ({@link DocumentLayout}), set in the shipped font only.
 */
@Component
class DocumentOfd {

    byte[] render(Document d, DocumentLayout.Names names) {
        try (TrueTypeCollection collection = new TrueTypeCollection(ShippedFonts.cjkCollectionFile().toFile())) {
            OfdSurface surface = new OfdSurface(CjkFont.firstFace(collection));
            DocumentLayout.write(new PageWriter(surface), d, names);
            return surface.toOfd(d.title(), names.issuer());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
