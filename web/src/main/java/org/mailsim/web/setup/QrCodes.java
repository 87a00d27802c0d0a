package org.mailsim.web.setup;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

import io.nayuki.qrcodegen.QrCode;

/** A QR code as a PNG (Nayuki's qrcodegen makes the matrix; the JDK writes the image). */
final class QrCodes {
    /** Pixels per module: a 33-module code is 328 px wide, sharp when printed 3 cm wide. */
    static final int SCALE = 8;
    /** The quiet zone a scanner needs around the code, in modules (ISO/IEC 18004 asks for 4). */
    static final int BORDER = 4;

    private QrCodes() { }

    static byte[] png(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = (qr.size + 2 * BORDER) * SCALE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = qr.getModule(x / SCALE - BORDER, y / SCALE - BORDER); // false outside the code
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory", e);
        }
        return out.toByteArray();
    }
}
