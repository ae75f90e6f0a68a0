package vn.blocstats.dashboard.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** Every font a PDF's pages use, also inside form XObjects (where pdfbox-graphics2d puts a chart). */
public final class PdfFontsInUse {

	private PdfFontsInUse() {
	}

	public static List<PDFont> of(PDDocument doc) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : doc.getPages()) {
			collect(page.getResources(), fonts, 0);
		}
		return fonts;
	}

	private static void collect(PDResources resources, List<PDFont> fonts, int depth) throws IOException {
		if (resources == null || depth > 10) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject x = resources.getXObject(name);
			if (x instanceof PDFormXObject form) {
				collect(form.getResources(), fonts, depth + 1);
			}
		}
	}
}
