package org.jianfu.reuse.engine.text;

/**
 * The normalisation chain. Order matters: numbering is recognised while brackets and line breaks are
 * still there, place names while punctuation still marks their boundaries, and punctuation goes last.
 * Thread-safe: every step keeps no state between calls.
 */
public final class TextNormalizer {

    private final CodePointFolding folding = new CodePointFolding();
    private final NumberingRemoval numbering = new NumberingRemoval();
    private final AdministrativeNames administrativeNames = new AdministrativeNames();
    private final PunctuationRemoval punctuation = new PunctuationRemoval();

    public MappedText normalize(String original) {
        MappedText folded = folding.apply(original);
        return punctuation.apply(administrativeNames.apply(numbering.apply(folded)));
    }
}
