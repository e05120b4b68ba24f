package org.jianfu.reuse.engine.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.util.BytesRef;

/** Feeds a document's distinct unit signatures to Lucene as 8-byte terms (documents only, no positions). */
final class UnitTokenStream extends TokenStream {

    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final long[] signatures;
    private int next;

    UnitTokenStream(long[] signatures) {
        this.signatures = signatures;
    }

    @Override
    public boolean incrementToken() {
        if (next >= signatures.length) {
            return false;
        }
        clearAttributes();
        term.setBytesRef(termBytes(signatures[next++]));
        return true;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }

    static BytesRef termBytes(long signature) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (signature >>> (56 - 8 * i));
        }
        return new BytesRef(bytes);
    }
}
