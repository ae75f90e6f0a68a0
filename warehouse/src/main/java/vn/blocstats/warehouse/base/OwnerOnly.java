package vn.blocstats.warehouse.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The files the product creates — the warehouse, the job repository with the accounts and the audit,
 * uploads, reports, the server's announcement, the first password — are its owner's only (0600;
 * folders 0700), whatever the umask. On a file system without POSIX permissions nothing is changed.
 */
public final class OwnerOnly {

	public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
	public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	private OwnerOnly() {
	}

	/** Makes an existing file {@code 0600} (a missing one is left alone); returns it. */
	public static Path file(Path file) {
		return set(file, FILE);
	}

	/**
	 * Creates the folder and each missing parent {@code 0700} (existing ones are left as they are);
	 * returns it.
	 */
	public static Path createFolders(Path folder) {
		Path abs = folder.toAbsolutePath().normalize();
		if (Files.isDirectory(abs)) {
			return folder;
		}
		if (abs.getParent() != null) {
			createFolders(abs.getParent());
		}
		try {
			Files.createDirectories(abs);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the folder " + abs, e);
		}
		set(abs, FOLDER);
		return folder;
	}

	private static Path set(Path p, Set<PosixFilePermission> permissions) {
		if (!Files.exists(p) || !p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return p;
		}
		try {
			Files.setPosixFilePermissions(p, permissions);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot make " + p + " readable by its owner only", e);
		}
		return p;
	}
}
