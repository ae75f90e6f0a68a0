package vn.blocstats.etl.source.excel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that fails once more than a given number of bytes have been read. Not thread-safe. */
final class LimitedInputStream extends FilterInputStream {

	private final long limit;
	private final String partName;
	private long count;

	LimitedInputStream(InputStream in, long limit, String partName) {
		super(in);
		this.limit = limit;
		this.partName = partName;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		count(skipped);
		return skipped;
	}

	private void count(long n) throws IOException {
		count += n;
		if (count > limit) {
			throw new ExcelContentException(XlsxRowSource.tooLarge(partName, limit));
		}
	}
}
