package org.jianfu.documents.internal.export;

import java.awt.Color;
import java.io.IOException;

/**
 * Where {@link PageWriter} draws: the pages of one output format (PDF, OFD). Coordinates are points
 * from the page's top-left corner, so the layout decisions stay the same for every format.
 */
interface Surface {

    void newPage() throws IOException;

    /** Advance width of the text in points, as this format will set it. */
    float width(String text, float size) throws IOException;

    /** Text starting at {@code x} on the baseline {@code baseline}. */
    void text(String text, float x, float baseline, float size, Color color) throws IOException;

    /** A horizontal rule of {@code width} points centred on {@code y}. */
    void rule(float x, float y, float width, Color color, float thickness) throws IOException;
}
