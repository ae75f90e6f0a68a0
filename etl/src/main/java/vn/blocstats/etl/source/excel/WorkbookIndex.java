package vn.blocstats.etl.source.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What xl/workbook.xml says: the sheets in workbook order with their visibility, and the date
 * system. Parsed with POI's hardened SAX parser (no DTD, no external entities).
 *
 * @param sheets the sheets in workbook order
 * @param date1904 whether dates count from 1904 (old Mac workbooks) instead of 1900
 */
record WorkbookIndex(List<Sheet> sheets, boolean date1904) {

	/**
	 * A sheet.
	 *
	 * @param name its name as shown on its tab
	 * @param relationshipId the id of the relationship to its part
	 * @param hidden whether its state is hidden or veryHidden
	 */
	record Sheet(String name, String relationshipId, boolean hidden) {
	}

	WorkbookIndex {
		sheets = List.copyOf(sheets);
	}

	static WorkbookIndex read(InputStream workbookXml) throws IOException, SAXException {
		Handler handler = new Handler();
		try {
			XMLReader reader = XMLHelper.newXMLReader();
			reader.setContentHandler(handler);
			reader.parse(new InputSource(workbookXml));
		} catch (ParserConfigurationException e) {
			throw new IOException(e);
		}
		return new WorkbookIndex(handler.sheets, handler.date1904);
	}

	private static final class Handler extends DefaultHandler {

		private final List<Sheet> sheets = new ArrayList<>();
		private boolean date1904;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			String name = localName == null || localName.isEmpty() ? qName : localName;
			if (name.equals("workbookPr")) {
				String value = attributes.getValue("date1904");
				date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
			} else if (name.equals("sheet")) {
				String relationshipId = null;
				for (int i = 0; i < attributes.getLength(); i++) {
					if (attributes.getLocalName(i).equals("id") && attributes.getURI(i).contains("relationships")) {
						relationshipId = attributes.getValue(i);
					}
				}
				String state = attributes.getValue("state");
				boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
				sheets.add(new Sheet(String.valueOf(attributes.getValue("name")), relationshipId, hidden));
			}
		}
	}
}
