package org.jianfu.feedback.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jianfu.platform.RuleViolationException;

/**
 * An optional picture for a report (a screenshot of a work group, a form). Only PNG and JPEG, size
 * and pixel count limited, and always re-encoded from the pixels: EXIF (camera, GPS, time) and
 * any other metadata that could point at the author are dropped. The file name is not kept.
 */
record AttachmentImage(String mediaType, byte[] content) {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final long MAX_PIXELS = 40_000_000L;

    static AttachmentImage sanitise(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw new RuleViolationException("附件不能超过 5 MB。");
        }
        boolean png = upload.length > 4 && (upload[0] & 0xff) == 0x89 && upload[1] == 'P' && upload[2] == 'N' && upload[3] == 'G';
        boolean jpeg = upload.length > 3 && (upload[0] & 0xff) == 0xFF && (upload[1] & 0xff) == 0xD8 && (upload[2] & 0xff) == 0xFF;
        if (!png && !jpeg) {
            throw new RuleViolationException("附件只能是 PNG 或 JPEG 图片（如截图）。");
        }
        BufferedImage image = read(upload);
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(rgb, png ? "png" : "jpeg", out);
        } catch (IOException e) {
            throw new RuleViolationException("附件图片无法处理，请换一张。");
        }
        return new AttachmentImage(png ? "image/png" : "image/jpeg", out.toByteArray());
    }

    private static BufferedImage read(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new RuleViolationException("附件图片无法识别。");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // check the size before decoding: a small file can unpack to gigabytes of pixels
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new RuleViolationException("附件图片像素过多，请缩小后再上传。");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new RuleViolationException("附件图片已损坏或无法识别。");
        }
    }
}
