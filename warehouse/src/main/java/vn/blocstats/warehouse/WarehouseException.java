package vn.blocstats.warehouse;

/** The warehouse file cannot be opened or used as asked; the message says what to do. */
public class WarehouseException extends RuntimeException {

	public WarehouseException(String message, Throwable cause) {
		super(message, cause);
	}
}
