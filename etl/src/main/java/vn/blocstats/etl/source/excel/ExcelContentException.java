package vn.blocstats.etl.source.excel;

import java.io.IOException;

/** A problem with a workbook's content found by this package; the message is Vietnamese, without the file name. */
final class ExcelContentException extends IOException {

	private static final long serialVersionUID = 1L;

	ExcelContentException(String messageVi) {
		super(messageVi);
	}

	ExcelContentException(String messageVi, Throwable cause) {
		super(messageVi, cause);
	}
}
